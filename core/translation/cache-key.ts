import { hash53 } from '../hash';
import { normaliseForIdentity } from '../text';
import { normaliseLanguage } from './agent-language';
import type { GlossaryEntry, ProviderId } from './types';

export interface CacheKeyParts {
  text: string;
  /** undefined = the provider detected the source ("auto"). */
  source?: string;
  target: string;
  provider: ProviderId;
  /** `provider.variant(config)`: model and prompt version, whatever else changes the output. */
  variant: string;
  /** `rulesFingerprint(...)` of the glossary and do-not-translate words in force: changing them changes the output. */
  rules?: string;
}

/**
 * The translation cache key: a hash of the normalised text, the languages, the provider and its variant. Two 53-bit
 * hashes with different seeds (106 bits) so a collision, which would show one buyer another buyer's sentence, is out
 * of reach for any cache size. The text itself never appears in the key.
 */
export function translationCacheKey(parts: CacheKeyParts): string {
  const canonical = [
    normaliseForIdentity(parts.text),
    normaliseLanguage(parts.source) ?? 'auto',
    normaliseLanguage(parts.target) ?? parts.target,
    parts.provider,
    parts.variant,
    parts.rules ?? '',
  ].join('\u0000');
  return `${parts.provider}:${hash53(canonical, 1)}${hash53(canonical, 2)}`;
}

/** The in-flight identity of a text: the same text, languages and rules whichever provider ends up answering. */
export function inFlightKey(text: string, source: string | undefined, target: string, rules: string): string {
  return [
    normaliseForIdentity(text),
    normaliseLanguage(source) ?? 'auto',
    normaliseLanguage(target),
    rules,
  ].join('\u0000');
}

/** A short fingerprint of the protection rules that apply to `target` ('' when there are none). */
export function rulesFingerprint(
  glossary: readonly GlossaryEntry[],
  doNotTranslate: readonly string[],
  target: string,
): string {
  const applicable = glossary
    .filter((g) => !g.lang || normaliseLanguage(g.lang) === normaliseLanguage(target))
    .map((g) => `${g.source}\u0001${g.target}`)
    .sort();
  const words = [...doNotTranslate].sort();
  if (applicable.length === 0 && words.length === 0) return '';
  return hash53(`${applicable.join('\u0002')}\u0003${words.join('\u0002')}`);
}
