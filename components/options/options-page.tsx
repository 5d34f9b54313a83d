import { useEffect, useMemo } from 'react';
import { sendMessage } from '../../core/protocol';
import { resolveAgentLanguage } from '../../core/translation/agent-language';
import type { ProviderId, ProviderSettings } from '../../core/translation/types';
import type { TranslationSettings } from '../../storage/translation-settings';
import { useI18n } from '../i18n-context';
import { LanguageSwitcher } from '../language-switcher';
import { AgentLanguageSection } from './agent-language-section';
import { CacheSection } from './cache-section';
import { GlossarySection } from './glossary-section';
import { PrivacyNote } from './privacy-note';
import { enabledProviderOrigins, KEYED_PROVIDERS, providerOrigins } from './provider-origins';
import { ProvidersSection } from './providers-section';
import { RepliesSection } from './replies-section';
import { SaveBar } from './save-bar';
import type { TestOutcome } from './test-connection';
import { useHostPermissions } from './use-host-permissions';
import { type SaveState, useOptionsState } from './use-options-state';
import { type RepliesSaveState, useRepliesSettings } from './use-replies-settings';

/** The options page: agent language, provider chain with keys, glossary, cache and what is sent where. */
export function OptionsPage() {
  const { t } = useI18n();
  const state = useOptionsState();
  const replies = useRepliesSettings();
  const savedProviders = state?.saved.providers;
  const watched = useMemo(
    () => (savedProviders ? enabledProviderOrigins(savedProviders) : []),
    [savedProviders],
  );
  const permissions = useHostPermissions(watched);

  // Keyboard focus scrolls fields clear of the sticky Save bar instead of under it.
  useEffect(() => {
    document.documentElement.style.scrollPaddingBottom = '72px';
  }, []);

  if (!state) return null;
  const { draft, saved, errors } = state;
  const settings = draft.settings;
  const agentLanguage = resolveAgentLanguage(settings.agentLanguage, navigator.language);

  const setSettings = (change: Partial<TranslationSettings>) =>
    state.update((d) => ({ ...d, settings: { ...d.settings, ...change } }));

  /** Save; the host-permission prompt is raised here, inside the click, before anything is awaited. */
  const save = () => {
    const result = state.save();
    if (result) permissions.request(enabledProviderOrigins(result.settings.providers));
    return result;
  };

  const savedProvider = (id: ProviderId): ProviderSettings | undefined =>
    saved.providers.find((p) => p.id === id);

  const missingOrigins = (id: ProviderId) => {
    const provider = savedProvider(id);
    if (!provider?.enabled || !KEYED_PROVIDERS.has(id)) return [];
    return providerOrigins(provider).filter((origin) => permissions.granted[origin] === false);
  };

  const test = (id: ProviderId): Promise<TestOutcome | null> | null => {
    // Test what is on screen: pending edits are saved first (and must be valid).
    const result = state.dirty ? save() : { settings: saved, written: Promise.resolve(true) };
    if (!result) return null;
    const provider = result.settings.providers.find((p) => p.id === id);
    if (provider && KEYED_PROVIDERS.has(id)) permissions.request(providerOrigins(provider));
    return result.written.then((ok) => (ok ? sendMessage('testProvider', { id }) : null));
  };

  const grant = (id: ProviderId) => {
    const provider = savedProvider(id);
    if (provider) permissions.request(providerOrigins(provider));
  };

  const hasErrors = Object.keys(errors).length > 0;

  return (
    <div className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-3xl items-center gap-3 px-6 py-4">
          <span
            className="flex size-8 shrink-0 items-center justify-center rounded-lg bg-teal-700 text-[12px] font-bold tracking-tight text-white"
            aria-hidden="true"
          >
            HW
          </span>
          <div className="min-w-0">
            <h1 className="text-[16px] leading-tight font-semibold">{t('optTitle')}</h1>
            <p className="text-[12px] text-slate-500">{t('optIntro')}</p>
          </div>
          <div className="ml-auto">
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-3xl space-y-4 px-6 py-5">
        <AgentLanguageSection
          agentLanguage={settings.agentLanguage}
          inlineTranslation={settings.inlineTranslation}
          onAgentLanguage={(agentLanguage) => setSettings({ agentLanguage })}
          onInlineTranslation={(inlineTranslation) => setSettings({ inlineTranslation })}
        />
        <ProvidersSection
          providers={settings.providers}
          agentLanguage={agentLanguage}
          secrets={state.secrets}
          keyEdits={draft.keyEdits}
          errors={errors}
          missingOrigins={missingOrigins}
          onProviders={(providers) => setSettings({ providers })}
          onKeyEdit={(id, edit) => state.update((d) => ({ ...d, keyEdits: { ...d.keyEdits, [id]: edit } }))}
          onTest={test}
          onGrant={grant}
          permissionsChecked={watched.every((origin) => origin in permissions.granted)}
        />
        <GlossarySection
          glossary={settings.glossary}
          doNotTranslate={settings.doNotTranslate}
          errors={errors}
          onGlossary={(glossary) => setSettings({ glossary })}
          onDoNotTranslate={(doNotTranslate) => setSettings({ doNotTranslate })}
        />
        <CacheSection
          cacheDays={settings.cacheDays}
          error={errors.cacheDays && t(errors.cacheDays)}
          onCacheDays={(cacheDays) => setSettings({ cacheDays })}
        />
        <RepliesSection settings={replies} />
        <PrivacyNote />
      </main>
      {/* One Save for the whole page: the translation settings and the Replies section's. */}
      <SaveBar
        dirty={state.dirty || replies.dirty}
        hasErrors={hasErrors || replies.invalid}
        saveState={combinedSaveState(state.saveState, replies.saveState)}
        onSave={() => {
          if (state.dirty) save();
          if (replies.dirty) void replies.save();
        }}
        onDiscard={() => {
          state.discard();
          replies.discard();
        }}
      />
    </div>
  );
}

/** What the Save bar says when the page saves two things: a failure of either, else the translation side's state. */
function combinedSaveState(settings: SaveState, replies: RepliesSaveState): SaveState {
  if (settings.kind === 'failed' || settings.kind === 'saving') return settings;
  if (replies.kind === 'error') return { kind: 'failed', error: replies.error };
  if (settings.kind === 'saved' || replies.kind === 'saved') return { kind: 'saved' };
  return settings;
}
