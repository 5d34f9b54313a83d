/**
 * The buyer-message classifier (issue 5): intent, sentiment and urgency of one buyer message, locally, with rules
 * and lexicons per language (core/intent/lexicons/<lang>.ts), no network, deterministic.
 *
 *   fold (normalise.ts) → match every lexicon phrase at once (matcher.ts, Aho–Corasick) → keep the languages that
 *   apply → resolve overlaps and negation (evidence.ts) → intents and sentiment (scorer.ts) → urgency (urgency.ts)
 *
 * Languages applied: the hinted language (or, without a hint, the one core/language.ts detects with confidence),
 * plus English (buyers everywhere write "refund", "cancel", "pls") and close relatives (Malay ↔ Indonesian). When
 * the language is unknown, unsupported or only guessed, every lexicon applies. A few microseconds per message.
 */
import { detectLanguageDetailed } from '../language';
import { evidenceOf } from './evidence';
import { LEXICONS } from './lexicons';
import { type Match, Matcher } from './matcher';
import { foldMessage } from './normalise';
import { scoreIntents, scoreSentiment } from './scorer';
import type { Classification, ClassifyHints } from './types';
import { urgencyOf } from './urgency';

export * from './types';

const matcher = new Matcher(LEXICONS);
const ALL = [...matcher.bits.values()].reduce((a, b) => a | b, 0);
const ALWAYS = (matcher.bits.get('common') ?? 0) | (matcher.bits.get('en') ?? 0);
/** Languages buyers mix with each other closely enough to share words. */
const RELATIVES: Record<string, string[]> = { id: ['ms'], ms: ['id'], tl: [], pt: [], es: [] };
const MASKS = new Map<string, number>();
for (const lang of matcher.bits.keys()) {
  let mask = ALWAYS | matcher.bits.get(lang)!;
  for (const relative of RELATIVES[lang] ?? []) mask |= matcher.bits.get(relative) ?? 0;
  MASKS.set(lang, mask);
}

/** `zh-TW` → zh (the lexicon folds Traditional into Simplified), `fil` → tl, `pt-BR` → pt, `in` → id. */
function lexiconLanguage(tag: string): string {
  const lower = tag.trim().toLowerCase().replace('_', '-');
  if (lower === 'fil') return 'tl';
  if (lower === 'in') return 'id';
  if (lower === 'zsm' || lower === 'zlm') return 'ms';
  return lower.split('-')[0] ?? lower;
}

/** Characters handed to the language detector. */
const DETECT_CHARS = 256;

interface Plan {
  language: string;
  /** Lexicons applied in full. */
  mask: number;
  /** Lexicons whose long phrases apply too (every lexicon when the language is a guess or unknown). */
  longMask: number;
}

function languageFor(text: string, hints: ClassifyHints): Plan {
  if (hints.language) {
    const mask = MASKS.get(lexiconLanguage(hints.language));
    return { language: hints.language, mask: mask ?? ALL, longMask: mask ? 0 : ALL };
  }
  // The detector's noise filter is quadratic on long unbroken runs: a few hundred characters tell the language.
  const detected = detectLanguageDetailed(text.length > DETECT_CHARS ? text.slice(0, DETECT_CHARS) : text, {
    site: hints.site,
  });
  if (!detected) return { language: 'und', mask: ALWAYS, longMask: ALL };
  const mask = MASKS.get(lexiconLanguage(detected.lang));
  if (!mask) return { language: detected.lang, mask: ALL, longMask: 0 };
  return { language: detected.lang, mask, longMask: detected.confidence === 'low' ? ALL : 0 };
}

const scratch: Match[] = [];

/** Classify one buyer message. Pure, synchronous, no network; a few microseconds per message. */
export function classifyMessage(text: string, hints: ClassifyHints = {}): Classification {
  const { language, mask, longMask } = languageFor(text, hints);
  const folded = foldMessage(text);
  let evidence = evidenceOf(folded.text, matcher.scan(folded.text, mask, longMask, scratch));
  let intents = scoreIntents(evidence, folded.questionMark);
  if (intents.best === 'other' && mask !== ALL) {
    // Nothing in the message's language: short texts are often misdetected ("kaca retak" read as Turkish), and
    // buyers borrow words. Every lexicon gets a say; kept only if it finds an intent.
    const wider = evidenceOf(folded.text, matcher.scan(folded.text, ALL, ALL, scratch));
    const widerIntents = scoreIntents(wider, folded.questionMark);
    if (widerIntents.best !== 'other') {
      evidence = wider;
      intents = widerIntents;
    }
  }
  // Urgency first reads how displeased the words are; sentiment then counts anger and threats as displeased.
  const words = scoreSentiment(evidence, intents.best, 0);
  const urgency = urgencyOf(evidence, folded, words.negative, intents.best === 'thanks-positive');
  const { sentiment } = scoreSentiment(evidence, intents.best, urgency.negativeWeight, folded.exclamationRun);
  return {
    intent: intents.best,
    intents: intents.ranked,
    sentiment,
    urgent: urgency.reasons.length > 0,
    urgentReasons: urgency.reasons,
    language,
  };
}

/** For the bench and tests: how many phrases the automaton holds. */
export const LEXICON_PHRASES = matcher.patternCount;
