import { type Session, startSession } from './session';

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
 * The reply a Chinese-speaking agent writes in the translate-my-reply tests, and what the provider mocks translate it
 * into (their phrase table, tests/harness/provider-mocks.mjs).
 */
export const SHIPPED_REPLY = {
  zh: '您好，您的包裹已经发出，预计三天内送达。',
  de: 'Hallo, Ihr Paket wurde versandt und wird voraussichtlich innerhalb von drei Tagen zugestellt.',
  th: 'สวัสดีค่ะ พัสดุของคุณถูกส่งออกแล้ว คาดว่าจะถึงภายในสามวัน',
} as const;

/** A browser session with the extension, set up as a Chinese-speaking agent (ZH_AGENT_SETTINGS). */
export async function startZhAgentSession(): Promise<Session> {
  const session = await startSession();
  await setTranslationSettings(session, ZH_AGENT_SETTINGS);
  return session;
}

/** Only DeepL in the chain, with a key the DeepL mock rejects: every translation fails as `auth`. */
export function setRejectedDeeplKey(session: Session): Promise<void> {
  return setTranslationSettings(
    session,
    {
      ...ZH_AGENT_SETTINGS,
      providers: [
        { id: 'deepl', enabled: true, deeplPlan: 'free' },
        ...ZH_AGENT_SETTINGS.providers.filter((p) => p.id !== 'deepl').map((p) => ({ ...p, enabled: false })),
      ],
    },
    { deepl: { apiKey: 'wrong-key:fx' } },
  );
}

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
