import type { Classification, Intent } from '../intent/types';
import type { Platform } from '../model';
import { normaliseLanguage } from '../translation/agent-language';
import { DEFAULT_TEMPLATES } from './default-pack';
import type { RankedTemplate, TemplateCategory, TemplateRecord } from './types';

export interface RankQuery {
  /** What the agent typed (keyword, words of the name or body, pinyin-free Chinese substrings); '' = all. */
  query: string;
  /** Templates scoped to other platforms are left out. */
  platform?: Platform;
  /** Templates with a body in this language rank a little higher. */
  language?: string;
  /** With an empty query: templates answering this intent first. */
  classification?: Pick<Classification, 'intent' | 'intents' | 'sentiment' | 'urgent'>;
}

type SuggestInput = Pick<Classification, 'intent' | 'intents' | 'sentiment' | 'urgent'>;

/**
 * Which categories answer an intent, best first. A template without explicit intents answers the intents whose
 * list holds its category; the position orders templates of one intent (a tracking answer before a delay apology).
 */
export const INTENT_CATEGORIES: Readonly<Record<Intent, readonly TemplateCategory[]>> = {
  'where-is-order': ['tracking', 'logistics-delay'],
  'return-refund': ['return-process', 'refund'],
  'cancel-order': ['cancellation', 'refund'],
  'change-order': ['order-change'],
  'damaged-defective': ['damaged-item', 'refund', 'return-process'],
  'wrong-item': ['wrong-item', 'return-process', 'refund'],
  'product-question': ['product-guide'],
  invoice: ['invoice'],
  'thanks-positive': ['thanks'],
  other: [],
};

/** How much the classification's main intent counts above an equally scored second one. */
const PRIMARY_BONUS = 1.08;

/** At most this many suggestions of one category, so an unhappy "where is it?" still gets a tracking answer. */
const PER_CATEGORY = 2;

/** Categories whose text apologises: an unhappy buyer gets those a little before the matter-of-fact ones. */
const APOLOGETIC = new Set<TemplateCategory>([
  'logistics-delay',
  'damaged-item',
  'wrong-item',
  'negative-review',
]);

/** Templates offered on a platform: unscoped ones, and those that list it. No platform = every template. */
export function inScope(template: TemplateRecord, platform: Platform | undefined): boolean {
  return !platform || template.platforms.length === 0 || template.platforms.includes(platform);
}

/** The intents a template answers: its own list, or the intents whose categories include its category. */
export function intentsOf(template: TemplateRecord): Intent[] {
  if (template.intents.length > 0) return template.intents;
  return (Object.keys(INTENT_CATEGORIES) as Intent[]).filter((intent) =>
    INTENT_CATEGORIES[intent].includes(template.category),
  );
}

// — text normalisation and matching —

/** Lower case, full-width folded (NFKC), accents dropped: "Rückgabe" is found by "ruckgabe" and "RÜCKGABE". */
export function foldText(text: string): string {
  // Most names, keywords and English bodies are plain ASCII: nothing to fold but the case.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, control characters included
const ASCII = /^[\u0000-\u007f]*$/;

/** Scripts written without spaces between words: a query in them matches anywhere in a name or body. */
const UNSPACED =
  /[\u0e00-\u0eff\u1000-\u109f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

function wordsOf(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

const UNSPACED_RUNS =
  /[\u0e00-\u0eff\u1000-\u109f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+|[^\u0e00-\u0eff\u1000-\u109f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+/g;

/** Query words, also split where the script changes: "退货return" is a Chinese and an English word. */
function queryWordsOf(folded: string): string[] {
  return wordsOf(folded).flatMap((word) =>
    UNSPACED.test(word) ? (word.match(UNSPACED_RUNS) ?? []) : [word],
  );
}

/**
 * At most one edit apart (substitution, insertion, deletion or two neighbours swapped). Linear, so the picker can
 * afford it against every word of every body on each keystroke.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  let la = a.length;
  let lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  // Strip the common prefix and suffix; what is left must be one substitution, insertion, deletion or swap.
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  while (la > i && lb > i && a.charCodeAt(la - 1) === b.charCodeAt(lb - 1)) {
    la--;
    lb--;
  }
  const restA = la - i;
  const restB = lb - i;
  if (restA <= 1 && restB <= 1) return true;
  return (
    restA === 2 &&
    restB === 2 &&
    a.charCodeAt(i) === b.charCodeAt(i + 1) &&
    a.charCodeAt(i + 1) === b.charCodeAt(i)
  );
}

/** `query` is one edit away from some prefix of `word` ("retrn" → "return-label"). */
function prefixWithinOneEdit(query: string, word: string): boolean {
  const n = query.length;
  return (
    withinOneEdit(query, word.slice(0, n)) ||
    withinOneEdit(query, word.slice(0, n + 1)) ||
    (n > 1 && withinOneEdit(query, word.slice(0, n - 1)))
  );
}

/** Every character of `query` appears in `text` in order ("rtnlbl" → "return label"). */
function isSubsequence(query: string, text: string): boolean {
  let at = 0;
  for (const ch of query) {
    at = text.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

/** A keyword as compared: folded, trigger character and separators dropped (`/Return-Label` = `returnlabel`). */
export function keywordKey(keyword: string): string {
  return wordsOf(foldText(keyword)).join('');
}

/** Typos are forgiven from this many characters on: shorter queries have too many one-edit neighbours. */
const TYPO_MIN = 4;

interface Index {
  keyword: string;
  name: string;
  nameWords: string[];
  categoryWords: string[];
  body: string;
  bodyWords: Set<string>;
  languages: Set<string>;
}

/** Records are replaced, never mutated, when a template changes, so the index can be cached on the object. */
const indexes = new WeakMap<TemplateRecord, Index>();

function indexOf(template: TemplateRecord): Index {
  let index = indexes.get(template);
  if (index) return index;
  const name = foldText(template.name);
  const bodies = Object.values(template.bodies).filter((b): b is string => typeof b === 'string');
  const body = foldText(bodies.join('\n'));
  index = {
    keyword: keywordKey(template.keyword),
    name,
    nameWords: wordsOf(name),
    categoryWords: template.category.split('-'),
    body,
    bodyWords: new Set(wordsOf(body)),
    languages: new Set(
      Object.keys(template.bodies)
        .map((l) => normaliseLanguage(l))
        .filter((l): l is string => !!l),
    ),
  };
  indexes.set(template, index);
  return index;
}

interface Hit {
  score: number;
  reason: string;
}

const NONE: Hit = { score: 0, reason: '' };
const better = (a: Hit, b: Hit): Hit => (b.score > a.score ? b : a);

/** The whole query against the keyword: exact, prefix, or (4+ characters) one edit away. */
function keywordHit(query: string, keyword: string): Hit {
  if (!keyword || !query) return NONE;
  if (query === keyword) return { score: 100, reason: 'keyword' };
  if (keyword.startsWith(query))
    return { score: 80 + (10 * query.length) / keyword.length, reason: 'keyword-prefix' };
  if (query.length >= TYPO_MIN && (withinOneEdit(query, keyword) || prefixWithinOneEdit(query, keyword)))
    return { score: 60, reason: 'keyword-typo' };
  return NONE;
}

/**
 * One query word, prepared once per search: which words of the bodies it reaches by prefix or by one typo. The
 * bodies' vocabulary is shared by all templates (they say "order" and "parcel" over and over), so checking it
 * once instead of every template's words keeps a keystroke cheap at the 1,000-template cap.
 */
interface TokenPlan {
  token: string;
  unspaced: boolean;
  typo: boolean;
  /** Body words (other than the token itself) the token is a prefix of, or one edit away from; built lazily. */
  bodyWords?: { prefix: string[]; typo: string[] };
}

/** The body words of a template list, cached on the array: a picker ranks the same list on every keystroke. */
const vocabularies = new WeakMap<readonly TemplateRecord[], Set<string>>();

function vocabularyOf(templates: readonly TemplateRecord[]): Set<string> {
  let vocabulary = vocabularies.get(templates);
  if (vocabulary) return vocabulary;
  vocabulary = new Set<string>();
  for (const template of templates) for (const word of indexOf(template).bodyWords) vocabulary.add(word);
  vocabularies.set(templates, vocabulary);
  return vocabulary;
}

function bodyWordsFor(plan: TokenPlan, vocabulary: () => Set<string>): { prefix: string[]; typo: string[] } {
  if (plan.bodyWords) return plan.bodyWords;
  const prefix: string[] = [];
  const typo: string[] = [];
  const { token } = plan;
  if (token.length >= 3 || plan.typo) {
    for (const word of vocabulary()) {
      if (word === token) continue;
      if (token.length >= 3 && word.startsWith(token)) prefix.push(word);
      else if (plan.typo && withinOneEdit(token, word)) typo.push(word);
    }
  }
  plan.bodyWords = { prefix, typo };
  return plan.bodyWords;
}

/** One query word against the name, the category and the bodies; the best field wins. */
function tokenHit(plan: TokenPlan, index: Index, vocabulary: () => Set<string>): Hit {
  const { token } = plan;
  let hit = NONE;
  if (plan.unspaced) {
    // Chinese, Japanese, Thai…: no word boundaries to rely on, so a substring is the match.
    if (index.name.startsWith(token)) hit = better(hit, { score: 45, reason: 'name' });
    else if (index.name.includes(token)) hit = better(hit, { score: 40, reason: 'name' });
    if (index.body.includes(token)) hit = better(hit, { score: 12, reason: 'body' });
    return hit;
  }
  for (const word of index.nameWords) {
    if (word === token) return { score: 50, reason: 'name' };
    if (word.startsWith(token)) hit = better(hit, { score: 40, reason: 'name-prefix' });
    else if (plan.typo && (withinOneEdit(token, word) || prefixWithinOneEdit(token, word)))
      hit = better(hit, { score: 30, reason: 'name-typo' });
  }
  if (token.length >= 3 && index.name.includes(token))
    hit = better(hit, { score: 25, reason: 'name-substring' });
  for (const word of index.categoryWords) {
    if (word === token || (token.length >= 3 && word.startsWith(token)))
      hit = better(hit, { score: 25, reason: 'category' });
  }
  if (hit.score >= 25) return hit;
  if (index.bodyWords.has(token)) return { score: 15, reason: 'body' };
  const reach = bodyWordsFor(plan, vocabulary);
  if (reach.prefix.some((w) => index.bodyWords.has(w))) return better(hit, { score: 10, reason: 'body' });
  if (reach.typo.some((w) => index.bodyWords.has(w))) return better(hit, { score: 6, reason: 'body-typo' });
  return hit;
}

/** How well a template answers the classification, 0..1 (0 = not at all). */
function suggestionHit(template: TemplateRecord, c: SuggestInput): { score: number; reasons: string[] } {
  const listed = c.intents?.length ? c.intents : [{ intent: c.intent, score: 1 }];
  const answers = template.intents.length > 0 ? new Set(template.intents) : undefined;
  let best = 0;
  let extra = 0;
  const reasons: string[] = [];
  const top = Math.max(0, ...listed.filter((i) => i.intent !== 'other').map((i) => i.score));
  for (const { intent, score } of listed) {
    const categories = INTENT_CATEGORIES[intent] ?? [];
    const position = categories.indexOf(template.category);
    const answered = answers ? answers.has(intent) : position >= 0;
    if (!answered || intent === 'other') continue;
    const weight = position >= 0 ? 1 - 0.15 * position : 0.7;
    // The classifier's chosen intent leads when it scored two intents alike ("arrived broken, I want a refund").
    const lead = intent === c.intent ? PRIMARY_BONUS : 1;
    const value = Math.max(0, Math.min(1, score)) * weight * lead;
    if (value > best) {
      extra += best * 0.1;
      best = value;
    } else extra += value * 0.1;
    reasons.push(`intent:${intent}`);
  }
  if (c.sentiment === 'negative') {
    if (template.category === 'negative-review') {
      const value = 0.45 * (top || 1);
      if (value > best) best = value;
      reasons.push('negative');
    } else if (best > 0 && APOLOGETIC.has(template.category)) {
      // Enough to put the apology before the next category of the same intent, not before another intent.
      best += 0.2 * (top || 1);
      reasons.push('apology');
    }
  }
  return { score: best > 0 ? best + extra : 0, reasons };
}

/** One collator for every comparison: `localeCompare` builds one per call, which dominated sorting 1,000 names. */
export const byName = new Intl.Collator(undefined, { numeric: true });

/** The default pack lists the usual answer before the special cases (a delay before a lost parcel). */
const PACK_ORDER = new Map(DEFAULT_TEMPLATES.map((t, i) => [t.id, i]));

function byTieBreak(a: RankedTemplate, b: RankedTemplate): number {
  const packA = PACK_ORDER.get(a.template.id);
  const packB = PACK_ORDER.get(b.template.id);
  return (
    b.score - a.score ||
    b.template.usageCount - a.template.usageCount ||
    b.template.lastUsedAt - a.template.lastUsedAt ||
    (packA !== undefined && packB !== undefined ? packA - packB : 0) ||
    byName.compare(a.template.name, b.template.name)
  );
}

/**
 * Fuzzy search: exact keyword > keyword prefix > name words/prefix > subsequence of name > body words; ties by
 * usage count then name. Typo-tolerant for queries of 4+ characters (one edit). Works for Chinese (substring).
 */
export function rankTemplates(templates: readonly TemplateRecord[], query: RankQuery): RankedTemplate[] {
  // The trigger character may come along when a UI passes what was typed ("/wismo").
  const folded = foldText(query.query)
    .trim()
    .replace(/^[/#]+/, '')
    .trim();
  const tokens = queryWordsOf(folded);
  const compact = tokens.join('');
  const plans: TokenPlan[] = tokens.map((token) => ({
    token,
    unspaced: UNSPACED.test(token),
    typo: token.length >= TYPO_MIN,
  }));
  const vocabulary = () => vocabularyOf(templates);
  const language = normaliseLanguage(query.language);
  const out: RankedTemplate[] = [];
  for (const template of templates) {
    if (!inScope(template, query.platform)) continue;
    const index = indexOf(template);
    const reasons: string[] = [];
    let score = 0;
    if (tokens.length > 0) {
      const keyword = keywordHit(compact, index.keyword);
      const hits = plans.map((plan) => tokenHit(plan, index, vocabulary));
      const words: Hit = hits.every((h) => h.score > 0)
        ? { score: hits.reduce((sum, h) => sum + h.score, 0) / hits.length, reason: hits[0]!.reason }
        : NONE;
      const subsequence: Hit =
        compact.length >= 2 && !UNSPACED.test(compact) && isSubsequence(compact, index.name)
          ? { score: 20, reason: 'name-subsequence' }
          : NONE;
      const hit = better(better(keyword, words), subsequence);
      if (hit.score === 0) continue;
      score = hit.score;
      reasons.push(hit.reason);
      for (const h of hits) if (h.score > 0 && !reasons.includes(h.reason)) reasons.push(h.reason);
    }
    if (query.classification) {
      const suggestion = suggestionHit(template, query.classification);
      if (suggestion.score > 0) {
        // Decides the order of an empty query; only nudges a typed one.
        score += tokens.length > 0 ? 5 * suggestion.score : 100 * suggestion.score;
        reasons.push(...suggestion.reasons);
      }
    }
    if (language && index.languages.has(language)) {
      score += 3;
      reasons.push('language');
    }
    out.push({ template, score, reasons });
  }
  return out.sort(byTieBreak);
}

/**
 * The best templates for the last buyer message: by the classification's intents (and category fallbacks such as
 * negative → negative-review, urgent damaged → damaged-item), within the platform, at most `limit`. Empty for
 * 'other' with nothing better.
 */
export function suggestTemplates(
  templates: readonly TemplateRecord[],
  classification: Pick<Classification, 'intent' | 'intents' | 'sentiment' | 'urgent'>,
  platform: Platform | undefined,
  limit = 3,
): RankedTemplate[] {
  const out: RankedTemplate[] = [];
  for (const template of templates) {
    if (!inScope(template, platform)) continue;
    const { score, reasons } = suggestionHit(template, classification);
    if (score > 0) out.push({ template, score, reasons });
  }
  out.sort(byTieBreak);
  const picked: RankedTemplate[] = [];
  const held: RankedTemplate[] = [];
  const perCategory = new Map<TemplateCategory, number>();
  for (const ranked of out) {
    const count = perCategory.get(ranked.template.category) ?? 0;
    if (count >= PER_CATEGORY) {
      held.push(ranked);
      continue;
    }
    perCategory.set(ranked.template.category, count + 1);
    picked.push(ranked);
  }
  // Better a third of one category than fewer suggestions than asked for.
  return [...picked, ...held].slice(0, Math.max(0, limit));
}

/** The template whose keyword is exactly `keyword` (case-insensitive) on this platform, if any. */
export function templateByKeyword(
  templates: readonly TemplateRecord[],
  keyword: string,
  platform: Platform | undefined,
): TemplateRecord | undefined {
  const wanted = keywordKey(keyword);
  if (!wanted) return undefined;
  // When two templates share a keyword: the one made for this platform, then the seller's own over a default
  // (a seller who writes their own "/refund" means theirs), then the most used, then the latest edited.
  const rank = (t: TemplateRecord) => [
    platform && t.platforms.includes(platform) ? 1 : 0,
    t.builtIn ? 0 : 1,
    t.usageCount,
    t.updatedAt,
  ];
  let best: TemplateRecord | undefined;
  let bestRank: number[] = [];
  for (const template of templates) {
    if (!inScope(template, platform) || indexOf(template).keyword !== wanted) continue;
    const r = rank(template);
    const i = r.findIndex((v, k) => v !== bestRank[k]);
    if (!best || (i >= 0 && r[i]! > bestRank[i]!)) {
      best = template;
      bestRank = r;
    }
  }
  return best;
}
