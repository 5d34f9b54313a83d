/**
 * The agent's language as an ISO 639-1 code (plus `zh-TW` for Traditional Chinese): the setting when it names
 * one, else the browser UI language (`zh-CN` → `zh`, `zh-HK`/`zh-TW`/`zh-Hant` → `zh-TW`, `en-GB` → `en`).
 */
export function resolveAgentLanguage(setting: string, browserLanguage: string): string {
  return normaliseLanguage(setting === 'auto' || !setting ? browserLanguage : setting) ?? 'en';
}

/** A BCP 47 tag reduced to the codes the detector and the providers use; undefined when empty. */
export function normaliseLanguage(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase().replace('_', '-');
  if (!lower) return undefined;
  if (lower.startsWith('zh')) return /^zh-(tw|hk|mo|hant)/.test(lower) ? 'zh-TW' : 'zh';
  if (lower === 'fil') return 'tl';
  if (lower === 'iw') return 'he';
  if (lower === 'in') return 'id';
  if (lower === 'nb' || lower === 'nn' || lower === 'no') return 'no';
  return lower.split('-')[0];
}

/** Two language codes name the same language for translation purposes (`zh` vs `zh-TW` do not). */
export function sameLanguage(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && normaliseLanguage(a) === normaliseLanguage(b);
}
