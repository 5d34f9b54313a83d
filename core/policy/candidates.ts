import type { FoldedText } from './normalize';
import type { PolicyFinding, PolicyRule } from './types';

/** A detector's raw match, in offsets of the folded text (see normalize.ts). */
export interface Candidate {
  rule: PolicyRule;
  start: number;
  end: number;
}

/**
 * When two matches overlap, which one the agent sees: the more specific reason first (`微信支付` is a payment
 * outside the platform before it is a messenger; `paypal.me/shop` is an off-platform payment and `wa.me/…` a messenger before they are links;
 * `name@gmail.com` is an e-mail address, not a link to gmail.com).
 */
const PRIORITY: Record<PolicyRule, number> = {
  email: 0,
  'off-platform': 1,
  // `wa.me/49151…`, `t.me/shop`: a messenger before a link.
  'contact-details': 2,
  link: 3,
  phone: 4,
  'review-incentive': 5,
  'review-request': 6,
  marketing: 7,
};

/** Findings that are a thing (an address, a number, a link) rather than a phrase: they cut through phrases. */
const ATOMIC: ReadonlySet<PolicyRule> = new Set(['email', 'phone', 'link']);
/** Spaces and punctuation trimmed from the ends of a phrase cut by an atomic finding. */
const EDGE = /[\s.,;:!?，。、；：！？()（）"'“”‘’-]/u;

/**
 * Non-overlapping findings in original offsets, sorted by start. The longest match wins an overlap (a whole
 * "refund you if you change your review" beats the "review" inside it), then the more specific rule. One exception:
 * an address, phone number or link inside a longer phrase ("refund via WhatsApp +86 138… if you remove your
 * review") is shown on its own, and the phrase keeps its longest remaining piece, so no address goes unlisted.
 * An owner map keeps this linear in the text's length however many candidates a hostile text produces.
 */
export function resolveCandidates(
  candidates: Candidate[],
  folded: FoldedText,
  original: string,
): PolicyFinding[] {
  if (candidates.length === 0) return [];
  const sorted = candidates
    .filter((c) => c.end > c.start)
    .sort(
      (a, b) =>
        b.end - b.start - (a.end - a.start) || PRIORITY[a.rule] - PRIORITY[b.rule] || a.start - b.start,
    );
  const owner = new Int32Array(folded.text.length).fill(-1);
  const kept: (Candidate | null)[] = [];
  for (const c of sorted) {
    const overlapped = new Set<number>();
    for (let i = c.start; i < c.end; i++) if (owner[i] !== -1) overlapped.add(owner[i] as number);
    if (overlapped.size > 0) {
      const splittable =
        ATOMIC.has(c.rule) &&
        [...overlapped].every((k) => {
          const p = kept[k];
          return p && !ATOMIC.has(p.rule) && p.end - p.start > c.end - c.start;
        });
      if (!splittable) continue;
      owner.fill(kept.length, c.start, c.end);
      for (const k of overlapped) kept[k] = trimmed(kept[k] as Candidate, k, owner, folded.text);
    } else owner.fill(kept.length, c.start, c.end);
    kept.push({ ...c });
  }
  const findings: PolicyFinding[] = [];
  for (const c of kept.filter((k): k is Candidate => k !== null).sort((a, b) => a.start - b.start)) {
    const start = folded.from[c.start] as number;
    const end = folded.to[c.end - 1] as number;
    // Two folded units can come from one original code point (`ß` → `ss`): never report the same span twice.
    const last = findings[findings.length - 1];
    if (last && start < last.end) continue;
    findings.push({ rule: c.rule, start, end, match: original.slice(start, end) });
  }
  return findings;
}

/** Every match of a global regular expression as a candidate (empty matches skipped without looping). */
export function matchAll(re: RegExp, text: string, rule: PolicyRule, out: Candidate[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push({ rule, start: m.index, end: m.index + m[0].length });
  }
}

/** A phrase after an atomic finding took part of it: its longest remaining run, edges trimmed; null if too short. */
function trimmed(phrase: Candidate, index: number, owner: Int32Array, text: string): Candidate | null {
  let best: [number, number] = [0, 0];
  let runStart = -1;
  for (let i = phrase.start; i <= phrase.end; i++) {
    const mine = i < phrase.end && owner[i] === index;
    if (mine && runStart === -1) runStart = i;
    if (!mine && runStart !== -1) {
      if (i - runStart > best[1] - best[0]) best = [runStart, i];
      runStart = -1;
    }
  }
  let [start, end] = best;
  while (start < end && EDGE.test(text[start] as string)) start++;
  while (end > start && EDGE.test(text[end - 1] as string)) end--;
  for (let i = phrase.start; i < phrase.end; i++) {
    if (owner[i] === index && (i < start || i >= end)) owner[i] = -1;
  }
  if (end - start < 3) {
    for (let i = start; i < end; i++) owner[i] = -1;
    return null;
  }
  return { ...phrase, start, end };
}
