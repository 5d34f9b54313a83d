import type { Platform } from '../model';
import { type Candidate, resolveCandidates } from './candidates';
import { detectEmails, detectLinks } from './detect-address';
import { detectLexicon, lexiconLanguages } from './detect-lexicon';
import { detectPhones } from './detect-phone';
import type { LexiconRule } from './lexicon';
import { foldText } from './normalize';
import { ownHostsOf, PLATFORM_RULES } from './rules';
import type { PolicyFinding, PolicyOptions, PolicyRule } from './types';

export { POLICY_LANGUAGES, type PolicyLanguage } from './lexicon';
export * from './types';

/** The rules checked with phrase lexicons; links, e-mails and phones have their own detectors. */
const LEXICON_RULES: readonly LexiconRule[] = [
  'contact-details',
  'off-platform',
  'review-request',
  'review-incentive',
  'marketing',
];

/** Which rules apply on a platform (Amazon: all; eBay: off-platform + contact details; Shopee: the same). */
export function rulesFor(platform: Platform): readonly PolicyRule[] {
  return PLATFORM_RULES[platform] ?? [];
}

/** Every finding in `text` for the platform's rules, sorted by start, non-overlapping. Pure; no network. */
export function checkPolicy(text: string, platform: Platform, options: PolicyOptions = {}): PolicyFinding[] {
  const rules = new Set(rulesFor(platform));
  if (!text || rules.size === 0) return [];
  const folded = foldText(text);
  const languages = lexiconLanguages(options.language, folded.text);
  const candidates: Candidate[] = [];
  if (rules.has('email')) detectEmails(folded, candidates);
  if (rules.has('link')) detectLinks(folded, text, ownHostsOf(platform), candidates);
  if (rules.has('phone')) detectPhones(folded, candidates);
  for (const rule of LEXICON_RULES) if (rules.has(rule)) detectLexicon(folded, rule, languages, candidates);
  return resolveCandidates(candidates, folded, text);
}
