/**
 * From raw lexicon matches to evidence: a longer phrase hides the shorter ones inside it, the same phrase listed
 * by two applied languages counts once, and negation cues mark what they negate ("not damaged", "nicht kaputt",
 * "没有坏", "壊れていない", "hasarlı değil").
 */
import { IS_SEMANTIC, Kind } from './lexicon';
import type { Match } from './matcher';
import { INTENTS } from './types';

export interface Evidence extends Match {
  negated: boolean;
}

/** Characters that end a clause: a negation does not reach across them. */
const CLAUSE_BREAKS = new Set([...'.,;!?:()[]\n。，、；！？：…'].map((c) => c.charCodeAt(0)));

/** How far a negation reaches, in folded characters, by the script of what it negates. */
function reachBefore(c: number): number {
  if (c < 0x80) return 14; // "not really damaged", "ist noch nicht angekommen"
  if (c >= 0x600 && c <= 0x6ff) return 10; // Arabic: لم + one word
  return 3; // CJK, kana, Hangul, Thai: the cue sits right before (没有坏, ไม่ได้รับ, 안 왔어요)
}
function reachAfter(c: number): number {
  if (c < 0x80) return 14; // hasarlı değil, lädt überhaupt nicht, laddar inte alls
  return 4; // 壊れていない, 작동하지 않아요
}

function clauseBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_BREAKS.has(text.charCodeAt(i))) return true;
  return false;
}

/** Intents whose phrases a negation does not cancel. */
const NOT_NEGATED = new Uint8Array(INTENTS.length);
for (const intent of ['return-refund', 'where-is-order', 'invoice'] as const)
  NOT_NEGATED[INTENTS.indexOf(intent)] = 1;

const byPosition = (a: Match, b: Match) => a.start - b.start || b.end - a.end;

/** Resolve matches (in scan order) into evidence, in text order. */
export function evidenceOf(text: string, matches: Match[]): Evidence[] {
  matches.sort(byPosition);
  const visible: Evidence[] = [];
  // Negation cues inside a longer phrase ("pas reçu", "not received"): that phrase carries its own negation, and
  // an outer cue does not turn it back ("je n'ai pas reçu" is one negation, written twice).
  const selfNegated: Match[] = [];
  // Sorted by start, longest first: a semantic match is hidden when an earlier span (starting at or before it,
  // longer when it starts at the same place) reaches as far as it does.
  // Sentiment words (thanks, please, "not happy") hide only other sentiment words and cues: polite "obrigado"
  // must not hide the thanks intent "obrigad*" inside it.
  let maxEnd = -1;
  let maxCoreEnd = -1;
  let groupStart = -1;
  let groupEnd = -1;
  let groupCore = false;
  for (const m of matches) {
    const kind = m.payload.kind;
    if (IS_SEMANTIC[kind]) {
      if (m.start !== groupStart || m.end !== groupEnd) {
        if (groupEnd > maxEnd) maxEnd = groupEnd;
        if (groupCore && groupEnd > maxCoreEnd) maxCoreEnd = groupEnd;
        groupStart = m.start;
        groupEnd = m.end;
        groupCore = false;
      }
      const sentimentWord = kind === Kind.Positive || kind === Kind.Negative || kind === Kind.Polite;
      if (!sentimentWord) groupCore = true;
      const cue = kind === Kind.NegBefore || kind === Kind.NegAfter;
      // A negation cue inside a sentiment word ("不" in "不满") still negates what follows ("很不满意").
      if (m.end <= (sentimentWord ? maxEnd : maxCoreEnd)) {
        if (cue) selfNegated.push(m);
        continue;
      }
    }
    // Same span, same meaning, listed by two applied languages: once.
    let duplicate = false;
    for (let k = visible.length - 1; k >= 0 && visible[k]!.start === m.start; k--) {
      const v = visible[k]!;
      if (v.end === m.end && v.payload.kind === m.payload.kind && v.payload.intent === m.payload.intent)
        duplicate = true;
    }
    if (!duplicate) {
      // Matches are fresh objects from this scan: mark them in place rather than copy.
      const e = m as Evidence;
      e.negated = false;
      visible.push(e);
    }
  }
  const cuesBefore = visible.filter((e) => e.payload.kind === Kind.NegBefore);
  const cuesAfter = visible.filter((e) => e.payload.kind === Kind.NegAfter);
  if (cuesBefore.length + cuesAfter.length > 0) {
    for (const e of visible) {
      const kind = e.payload.kind;
      if (
        kind !== Kind.Intent &&
        kind !== Kind.Negated &&
        kind !== Kind.Positive &&
        kind !== Kind.Negative &&
        kind !== Kind.Got &&
        kind !== Kind.Arrive &&
        kind !== Kind.Fake
      )
        continue;
      // "Not refunded", "没给我退款", "返金されない" are still about the refund; "not shipped" about the order.
      if (kind === Kind.Intent && NOT_NEGATED[e.payload.intent]) continue;
      // What a question asks about is not negated by it ("não serve no Galaxy?", "isn't it waterproof?").
      if (e.payload.questionOnly) continue;
      if (selfNegated.some((cue) => cue.start >= e.start && cue.end <= e.end)) continue;
      const first = text.charCodeAt(e.start);
      const before = reachBefore(first);
      e.negated =
        cuesBefore.some(
          (cue) =>
            cue.end <= e.start && e.start - cue.end <= before && !clauseBetween(text, cue.end, e.start),
        ) ||
        cuesAfter.some(
          (cue) =>
            cue.start >= e.end &&
            cue.start - e.end <= reachAfter(text.charCodeAt(e.end - 1)) &&
            !clauseBetween(text, e.end, cue.start),
        );
    }
  }
  return visible;
}
