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

/**
 * Non-overlapping findings in original offsets, sorted by start. The longest match wins an overlap (a whole
 * "refund you if you change your review" beats the "review" inside it), then the more specific rule; an occupancy
 * map keeps this linear in the text's length however many candidates a hostile text produces.
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
  const taken = new Uint8Array(folded.text.length);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  const findings: PolicyFinding[] = [];
  for (const c of kept) {
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
export function matchAll(re: RegExp, text: string, rule: PolicyRule, out: Candidate[], group?: string): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (group && m.indices?.groups?.[group]) {
      const [start, end] = m.indices.groups[group];
      out.push({ rule, start, end });
    } else out.push({ rule, start: m.index, end: m.index + m[0].length });
  }
}
