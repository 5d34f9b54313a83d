import type { Platform } from '../model';
import { type Candidate, resolveCandidates } from './candidates';
import { detectEmails, detectLinks } from './detect-address';
import { detectLexicon, lexiconLanguages } from './detect-lexicon';
import { detectPhones } from './detect-phone';
import { CONTACT_LEXICON } from './lexicon/contact';
import { MARKETING_LEXICON } from './lexicon/marketing';
import { OFF_PLATFORM_LEXICON } from './lexicon/off-platform';
import { REVIEW_INCENTIVE_LEXICON, REVIEW_REQUEST_LEXICON } from './lexicon/review';
import { foldText } from './normalize';
import { ownHostsOf, PLATFORM_RULES } from './rules';
import type { PolicyFinding, PolicyOptions, PolicyRule } from './types';

export { POLICY_LANGUAGES } from './lexicon/types';
export * from './types';

/** Which rules apply on a platform (Amazon: all; eBay: off-platform + contact details; Shopee: the same). */
export function rulesFor(platform: Platform): readonly PolicyRule[] {
  return PLATFORM_RULES[platform] ?? [];
}

/** Every finding in `text` for the platform's rules, sorted by start, non-overlapping. Pure; no network. */
export function checkPolicy(text: string, platform: Platform, options: PolicyOptions = {}): PolicyFinding[] {
  const rules = new Set(rulesFor(platform));
  if (!text || rules.size === 0) return [];
  const folded = foldText(text);
  const languages = lexiconLanguages(options.language);
  const candidates: Candidate[] = [];
  if (rules.has('email')) detectEmails(folded, candidates);
  if (rules.has('link')) detectLinks(folded, text, ownHostsOf(platform), candidates);
  if (rules.has('phone')) detectPhones(folded, candidates);
  if (rules.has('contact-details'))
    detectLexicon(folded, 'contact-details', CONTACT_LEXICON, languages, candidates);
  if (rules.has('off-platform'))
    detectLexicon(folded, 'off-platform', OFF_PLATFORM_LEXICON, languages, candidates);
  if (rules.has('review-request')) {
    detectLexicon(folded, 'review-request', REVIEW_REQUEST_LEXICON, languages, candidates);
  }
  if (rules.has('review-incentive')) {
    detectLexicon(folded, 'review-incentive', REVIEW_INCENTIVE_LEXICON, languages, candidates);
  }
  if (rules.has('marketing')) detectLexicon(folded, 'marketing', MARKETING_LEXICON, languages, candidates);
  return resolveCandidates(candidates, folded, text);
}
