import type { ProviderId, ProviderSecrets, ProviderSettings } from '../../core/translation/types';
import type { TranslationSettings } from '../../storage/translation-settings';
import type { MessageKey } from '../i18n';
import { LOCAL_HOSTS, parseUrl } from './provider-origins';

/**
 * What the options page edits before Save. Keys are never copied into the draft's settings: a typed key waits in
 * `keyEdits` (null = delete the saved key) and goes to `providerSecretsItem` only, so `local:translation`, which
 * content scripts read, never holds one.
 */
export interface OptionsDraft {
  settings: TranslationSettings;
  keyEdits: Partial<Record<ProviderId, string | null>>;
}

/** Field ids the page marks in red: `deepl.apiKey`, `openai.baseUrl`, `glossary.2`, `cacheDays`… */
export type FieldErrors = Record<string, MessageKey>;

/** The secrets to store after Save: saved keys with the typed ones applied (trimmed; empty or null removes). */
export function secretsAfterSave(
  saved: ProviderSecrets,
  keyEdits: OptionsDraft['keyEdits'],
): ProviderSecrets {
  const next: ProviderSecrets = { ...saved };
  for (const [id, edit] of Object.entries(keyEdits) as [ProviderId, string | null | undefined][]) {
    if (edit === undefined) continue;
    const key = edit?.trim();
    if (key) next[id] = { ...next[id], apiKey: key };
    else delete next[id];
  }
  return next;
}

/** A base URL the background may call: https anywhere, plain http only to this computer; no query or fragment. */
function baseUrlError(value: string | undefined): MessageKey | undefined {
  const url = parseUrl(value);
  if (!url || url.username || url.password || url.search || url.hash) return 'optErrUrl';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:') return LOCAL_HOSTS.has(url.hostname) ? undefined : 'optErrHttpLocal';
  return 'optErrUrl';
}

/** Ollama and friends on this computer take no key. */
export function isLocalBaseUrl(value: string | undefined): boolean {
  const url = parseUrl(value);
  return url !== null && LOCAL_HOSTS.has(url.hostname);
}

/**
 * Field errors of a draft. Shapes are checked whether or not the provider is on (a wrong URL stays wrong); missing
 * fields only matter for an enabled provider, so a half-filled provider can be saved switched off.
 */
export function validateDraft(settings: TranslationSettings, secrets: ProviderSecrets): FieldErrors {
  const errors: FieldErrors = {};
  for (const provider of settings.providers) validateProvider(provider, secrets, errors);
  settings.glossary.forEach((entry, index) => {
    if (!entry.source.trim() !== !entry.target.trim()) errors[`glossary.${index}`] = 'optErrGlossaryPair';
  });
  if (!Number.isInteger(settings.cacheDays) || settings.cacheDays < 1 || settings.cacheDays > 365) {
    errors.cacheDays = 'optErrCacheDays';
  }
  return errors;
}

function validateProvider(provider: ProviderSettings, secrets: ProviderSecrets, errors: FieldErrors) {
  const key = secrets[provider.id]?.apiKey?.trim();
  const required = (field: string, value: string | undefined) => {
    if (provider.enabled && !value?.trim()) errors[`${provider.id}.${field}`] = 'optErrRequired';
  };
  switch (provider.id) {
    case 'deepl':
      required('apiKey', key);
      break;
    case 'openai': {
      if (provider.baseUrl?.trim()) {
        const error = baseUrlError(provider.baseUrl);
        if (error) errors['openai.baseUrl'] = error;
      } else required('baseUrl', provider.baseUrl);
      required('model', provider.model);
      if (!isLocalBaseUrl(provider.baseUrl)) required('apiKey', key);
      break;
    }
    case 'baidu':
      if (provider.appId?.trim() && !/^\d+$/.test(provider.appId.trim()))
        errors['baidu.appId'] = 'optErrAppId';
      else required('appId', provider.appId);
      required('apiKey', key);
      break;
  }
}

/** The settings as stored: fields trimmed, empty glossary rows and duplicate never-translate words dropped. */
export function cleanSettings(settings: TranslationSettings): TranslationSettings {
  const trim = (value: string | undefined) => {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
  };
  return {
    ...settings,
    providers: settings.providers.map((p) => {
      const next: ProviderSettings = { ...p };
      for (const field of ['baseUrl', 'model', 'appId'] as const) {
        const value = trim(next[field]);
        if (value) next[field] = value;
        else delete next[field];
      }
      if (next.baseUrl) next.baseUrl = next.baseUrl.replace(/\/+$/, '');
      return next;
    }),
    glossary: settings.glossary
      .map((g) => ({ ...g, source: g.source.trim(), target: g.target.trim() }))
      .filter((g) => g.source && g.target)
      .map((g) => (g.lang ? g : { source: g.source, target: g.target })),
    doNotTranslate: [...new Set(settings.doNotTranslate.map((w) => w.trim()).filter(Boolean))],
  };
}

/** Whether the draft differs from what is stored (the Save bar and the leave-page warning). */
export function isDirty(draft: OptionsDraft, saved: TranslationSettings): boolean {
  return (
    Object.values(draft.keyEdits).some((edit) => edit !== undefined) ||
    JSON.stringify(draft.settings) !== JSON.stringify(saved)
  );
}
