import { storage } from 'wxt/utils/storage';
import type { GlossaryEntry, ProviderSettings } from '../core/translation/types';

/**
 * Translation preferences (local extension storage; readable by every extension context, including content
 * scripts, so NO secrets here — keys live in storage/provider-secrets.ts, which only the background and the
 * options page import).
 */
export interface TranslationSettings {
  /** The agent's language, the target of buyer-message translation and the source of translate-my-reply. 'auto' = browser UI language. */
  agentLanguage: string;
  /** Ordered provider chain: first configured and enabled wins, the rest are fallbacks. */
  providers: ProviderSettings[];
  /** Global switch for the translation shown under buyer messages in the portals and the side panel. */
  inlineTranslation: boolean;
  glossary: GlossaryEntry[];
  /** Words and names never translated (brand, product names). */
  doNotTranslate: string[];
  /** Days a cached translation is kept. */
  cacheDays: number;
}

export const DEFAULT_TRANSLATION_SETTINGS: TranslationSettings = {
  agentLanguage: 'auto',
  providers: [
    { id: 'chrome', enabled: true },
    { id: 'edge', enabled: true },
    { id: 'google', enabled: true },
    { id: 'deepl', enabled: false, deeplPlan: 'free' },
    { id: 'openai', enabled: false, baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini' },
    { id: 'baidu', enabled: false },
  ],
  inlineTranslation: true,
  glossary: [],
  doNotTranslate: [],
  cacheDays: 30,
};

export const translationSettingsItem = storage.defineItem<TranslationSettings>('local:translation', {
  fallback: DEFAULT_TRANSLATION_SETTINGS,
  version: 1,
});

/** Threads where the agent switched the inline translation off (thread id → true). */
export const threadTranslationOffItem = storage.defineItem<Record<string, true>>(
  'local:translationOffThreads',
  {
    fallback: {},
    version: 1,
  },
);
