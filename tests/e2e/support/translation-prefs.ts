import type { Session } from './session';

/** The translation preferences the E2E tests start from: a Chinese-speaking agent, the free web providers first. */
export const ZH_AGENT_SETTINGS = {
  agentLanguage: 'zh',
  providers: [
    { id: 'edge', enabled: true },
    { id: 'google', enabled: true },
    { id: 'chrome', enabled: false },
    { id: 'deepl', enabled: false, deeplPlan: 'free' },
    { id: 'openai', enabled: false, baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini' },
    { id: 'baidu', enabled: false },
  ],
  inlineTranslation: true,
  glossary: [],
  doNotTranslate: [],
  cacheDays: 30,
};

/**
 * Write the translation settings (and keys) the way the options page does: `local:translation` and
 * `local:providerSecrets` in extension storage, with WXT's version meta, from an extension page.
 */
export async function setTranslationSettings(
  session: Session,
  settings: Record<string, unknown>,
  secrets: Record<string, { apiKey?: string }> = {},
): Promise<void> {
  await session.dbPage.evaluate(
    async (value, keys) => {
      await chrome.storage.local.set({
        translation: value,
        translation$: { v: 1 },
        providerSecrets: keys,
        providerSecrets$: { v: 1 },
      });
    },
    settings,
    secrets,
  );
}
