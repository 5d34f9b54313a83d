import { hash53 } from './hash';
import type { MessageSnapshot, TimePrecision } from './model';
import { normaliseForIdentity } from './text';

/**
 * Stable message identity across re-reads.
 *
 * Portal pages give no message ids (Amazon, eBay bubbles) and their times drift ("7h" → "8h" → "Mar 5") or are
 * re-formatted, the DOM may be newest-first, and a buyer may legitimately send the same text twice. So identity
 * is not derived from a single read: an incoming snapshot is *aligned* with the messages already stored for the
 * thread. A message matches a stored one with the same fingerprint (direction + normalised text + attachment
 * names), taken in thread order, when their times are compatible. Whatever does not match is new, and gets a
 * deterministic id (thread, fingerprint, occurrence) so that a retried ingest of the same snapshot (after the
 * service worker died before acknowledging) lands on the same ids.
 */

export function fingerprintOf(m: Pick<MessageSnapshot, 'direction' | 'text' | 'attachments'>): string {
  const files = m.attachments
    .map((a) => a.name.trim())
    .sort()
    .join('\u0002');
  return hash53(`${m.direction}\u0001${normaliseForIdentity(m.text)}\u0001${files}`);
}

export interface StoredMessageKey {
  id: string;
  nativeId?: string;
  fingerprint: string;
  seq: number;
  sentAt: number;
  sentAtPrecision: TimePrecision;
}

export type Alignment =
  | { kind: 'existing'; id: string; seq: number }
  | { kind: 'new'; id: string; seq: number; fingerprint: string };

const MINUTE_TOLERANCE_MS = 5 * 60_000;
const DAY_TOLERANCE_MS = 36 * 3_600_000;

/** Could two readings of a time be the same instant, given how precise each was? */
export function timesCompatible(
  a: { sentAt: number | null; sentAtPrecision: TimePrecision },
  b: { sentAt: number | null; sentAtPrecision: TimePrecision },
): boolean {
  if (a.sentAt === null || b.sentAt === null) return true;
  const vague = (p: TimePrecision) => p === 'relative' || p === 'unknown';
  if (vague(a.sentAtPrecision) || vague(b.sentAtPrecision)) return true;
  const tolerance =
    a.sentAtPrecision === 'minute' && b.sentAtPrecision === 'minute' ? MINUTE_TOLERANCE_MS : DAY_TOLERANCE_MS;
  return Math.abs(a.sentAt - b.sentAt) <= tolerance;
}

export function messageIdFor(threadId: string, fingerprint: string, occurrence: number): string {
  return `${hash53(threadId)}-${fingerprint}-${occurrence}`;
}

/**
 * Align `incoming` (oldest first) with `stored` messages of the same thread. Returns one alignment per
 * incoming message, in order. Pure: no I/O.
 */
export function alignMessages(
  threadId: string,
  stored: readonly StoredMessageKey[],
  incoming: readonly MessageSnapshot[],
): Alignment[] {
  const ordered = [...stored].sort((a, b) => a.seq - b.seq);
  const byNative = new Map<string, StoredMessageKey>();
  const byFingerprint = new Map<string, StoredMessageKey[]>();
  const takenIds = new Set<string>();
  let maxSeq = -1;
  for (const s of ordered) {
    if (s.nativeId) byNative.set(s.nativeId, s);
    const list = byFingerprint.get(s.fingerprint) ?? [];
    list.push(s);
    byFingerprint.set(s.fingerprint, list);
    takenIds.add(s.id);
    maxSeq = Math.max(maxSeq, s.seq);
  }

  const used = new Set<string>();
  const occurrences = new Map<string, number>();
  const result: (Alignment | { kind: 'pending'; fingerprint: string; id: string })[] = [];
  let lastMatchedSeq = Number.NEGATIVE_INFINITY;

  for (const m of incoming) {
    const fp = fingerprintOf(m);
    let match: StoredMessageKey | undefined;
    if (m.nativeId) {
      const s = byNative.get(m.nativeId);
      if (s && !used.has(s.id)) match = s;
    }
    if (!match) {
      const candidates = (byFingerprint.get(fp) ?? []).filter(
        (s) => !used.has(s.id) && (!m.nativeId || !s.nativeId) && timesCompatible(s, m),
      );
      match = candidates.find((s) => s.seq > lastMatchedSeq) ?? candidates[0];
    }
    if (match) {
      used.add(match.id);
      lastMatchedSeq = Math.max(lastMatchedSeq, match.seq);
      result.push({ kind: 'existing', id: match.id, seq: match.seq });
      continue;
    }
    // New: the occurrence counts stored messages with this fingerprint, so the n-th repeat of "Hello?" gets n.
    let occurrence = occurrences.get(fp) ?? byFingerprint.get(fp)?.length ?? 0;
    let id = messageIdFor(threadId, fp, occurrence);
    while (takenIds.has(id)) id = messageIdFor(threadId, fp, ++occurrence);
    occurrences.set(fp, occurrence + 1);
    takenIds.add(id);
    result.push({ kind: 'pending', fingerprint: fp, id });
  }

  return assignSequence(result, maxSeq);
}

/**
 * New messages take a position between the matched messages around them, so a message that appears in the
 * middle of a thread (a virtualised list scrolled up) sorts where the page showed it; new messages after the
 * last known one append.
 */
function assignSequence(
  items: (Alignment | { kind: 'pending'; fingerprint: string; id: string })[],
  maxSeq: number,
): Alignment[] {
  const out: Alignment[] = [];
  let i = 0;
  let appendSeq = maxSeq;
  while (i < items.length) {
    const item = items[i]!;
    if (item.kind !== 'pending') {
      out.push(item);
      i++;
      continue;
    }
    let j = i;
    while (j < items.length && items[j]!.kind === 'pending') j++;
    const prev = out.length > 0 ? out[out.length - 1]!.seq : undefined;
    const nextItem = items[j];
    const next = nextItem && nextItem.kind === 'existing' ? nextItem.seq : undefined;
    const run = j - i;
    for (let k = 0; k < run; k++) {
      const p = items[i + k] as { kind: 'pending'; fingerprint: string; id: string };
      let seq: number;
      if (next === undefined) seq = Math.max(appendSeq, prev ?? appendSeq) + 1;
      else if (prev === undefined) seq = next - (run - k);
      else seq = prev + ((next - prev) * (k + 1)) / (run + 1);
      appendSeq = Math.max(appendSeq, seq);
      out.push({ kind: 'new', id: p.id, seq, fingerprint: p.fingerprint });
    }
    i = j;
  }
  return out;
}

export const PRECISION_RANK: Record<TimePrecision, number> = { unknown: 0, relative: 1, day: 2, minute: 3 };
