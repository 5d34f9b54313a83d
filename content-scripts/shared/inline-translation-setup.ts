import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { resolveLanguage, translator } from '../../components/i18n';
import { sendMessage } from '../../core/protocol';
import { resolveAgentLanguage } from '../../core/translation/agent-language';
import { settingsItem } from '../../storage/settings';
import {
  type TranslationSettings,
  threadTranslationOffItem,
  translationSettingsItem,
} from '../../storage/translation-settings';
import type { PlatformAdapter } from '../adapter-contract';
import { createInlineTranslation, type InlineTranslation, type ThreadRead } from './inline-translation';

/**
 * Wires the inline translation into a portal tab: settings from extension storage (watched, so the options page
 * switch and the overlay's per-thread toggle apply at once), requests through the background. Until the settings
 * have loaded, reads are only remembered. Failures are swallowed here: nothing is thrown into the portal.
 */
export function startInlineTranslation(
  ctx: ContentScriptContext,
  adapter: PlatformAdapter,
  isStored: (threadId: string) => boolean,
) {
  let inline: InlineTranslation | null = null;
  let pending: ThreadRead | null = null;

  void (async () => {
    const [settings, translation, offThreads] = await Promise.all([
      settingsItem.getValue(),
      translationSettingsItem.getValue(),
      threadTranslationOffItem.getValue(),
    ]);
    if (ctx.isInvalid) return;
    const uiLanguage = resolveLanguage(settings.uiLanguage, navigator.language);
    const controller = createInlineTranslation({
      send: (texts, threadId, priority) => sendMessage('translateTexts', { texts, threadId, priority }),
      slot: adapter.translationSlot ? (el) => adapter.translationSlot!(el) : undefined,
      isStored,
      isInvalid: () => ctx.isInvalid,
      t: translator(uiLanguage),
      uiLanguage,
    });
    let current = { translation, offThreads };
    // Also runs from storage watchers: an exception there would surface in the portal's console as ours.
    const apply = () =>
      guard(() => controller.setPreferences(preferencesOf(current.translation, current.offThreads)));
    apply();
    controller.update(pending);
    inline = controller;
    const unwatchSettings = translationSettingsItem.watch((next) => {
      current = { ...current, translation: next ?? translation };
      apply();
    });
    const unwatchThreads = threadTranslationOffItem.watch((next) => {
      current = { ...current, offThreads: next ?? {} };
      apply();
    });
    ctx.onInvalidated(() => {
      unwatchSettings();
      unwatchThreads();
      controller.dispose();
    });
  })().catch((error) => console.warn('[HelloWorld] inline translation not started:', error));

  return {
    update(read: ThreadRead | null): void {
      pending = read;
      guard(() => inline?.update(read));
    },
    threadStored(): void {
      guard(() => inline?.threadStored());
    },
  };
}

function guard(run: () => void): void {
  try {
    run();
  } catch (error) {
    console.warn('[HelloWorld] inline translation failed:', error);
  }
}

function preferencesOf(settings: TranslationSettings, offThreads: Record<string, true>) {
  return {
    target: resolveAgentLanguage(settings.agentLanguage, navigator.language),
    enabled: settings.inlineTranslation !== false,
    offThreads,
    // A changed chain may now succeed where it failed. Keys are never read by a content script, so a corrected key
    // alone is picked up by the message's Retry button.
    providersKey: JSON.stringify(settings.providers),
  };
}
