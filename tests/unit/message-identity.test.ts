import { describe, expect, it } from 'vitest';
import {
  alignMessages,
  fingerprintOf,
  type StoredMessageKey,
  timesCompatible,
} from '../../core/message-identity';
import { msg, T0 } from './support/builders';

const THREAD = 'amazon:amazon.com:case-1';

function storeAll(messages: ReturnType<typeof msg>[]): StoredMessageKey[] {
  return alignMessages(THREAD, [], messages).map((a, i) => ({
    id: a.id,
    fingerprint: fingerprintOf(messages[i]!),
    seq: a.seq,
    sentAt: messages[i]!.sentAt ?? 0,
    sentAtPrecision: messages[i]!.sentAtPrecision,
  }));
}

describe('message identity', () => {
  it('gives the same ids to the same thread read twice', () => {
    const messages = [
      msg('Where is my parcel?'),
      msg('It ships today', { direction: 'out', sentAt: T0 + 60_000 }),
    ];

    const first = alignMessages(THREAD, [], messages);
    const second = alignMessages(THREAD, [], messages);

    expect(second.map((a) => a.id)).toEqual(first.map((a) => a.id));
  });

  it('matches stored messages when the portal re-formats or re-words the times', () => {
    const stored = storeAll([msg('Hello'), msg('Thanks', { direction: 'out', sentAt: T0 + 120_000 })]);
    const reread = [
      msg('Hello', { sentAtText: '9/4/2026, 4:00 PM' }),
      msg('Thanks', { direction: 'out', sentAt: null, sentAtText: '2d', sentAtPrecision: 'relative' }),
    ];

    const aligned = alignMessages(THREAD, stored, reread);

    expect(aligned.map((a) => a.kind)).toEqual(['existing', 'existing']);
    expect(aligned.map((a) => a.id)).toEqual(stored.map((s) => s.id));
  });

  it('keeps a buyer repeating the same text as two messages', () => {
    const messages = [msg('Hello?'), msg('Hello?', { sentAt: T0 + 3_600_000 })];

    const aligned = alignMessages(THREAD, [], messages);

    expect(new Set(aligned.map((a) => a.id)).size).toBe(2);
  });

  it('adds a repeated text that arrives later as a new message, not a match of the first', () => {
    const stored = storeAll([msg('Hello?')]);
    const later = [msg('Hello?'), msg('Hello?', { sentAt: T0 + 7_200_000 })];

    const aligned = alignMessages(THREAD, stored, later);

    expect(aligned[0]).toMatchObject({ kind: 'existing', id: stored[0]!.id });
    expect(aligned[1]!.kind).toBe('new');
    expect(aligned[1]!.id).not.toBe(stored[0]!.id);
  });

  it('does not match a repeat from another day in a partial window', () => {
    const stored = storeAll([msg('Any update?')]);
    const window = [msg('Any update?', { sentAt: T0 + 3 * 86_400_000 })];

    const aligned = alignMessages(THREAD, stored, window);

    expect(aligned[0]!.kind).toBe('new');
  });

  it('ignores whitespace and zero-width differences between reads', () => {
    expect(fingerprintOf(msg('Where is\n my  parcel?'))).toBe(
      fingerprintOf(msg('Where is my parcel?\u200b')),
    );
  });

  it('tells directions apart even for the same text', () => {
    expect(fingerprintOf(msg('OK'))).not.toBe(fingerprintOf(msg('OK', { direction: 'out' })));
  });

  it('places a message found between known ones between them', () => {
    const stored = storeAll([msg('one'), msg('three', { sentAt: T0 + 2 })]);
    const aligned = alignMessages(THREAD, stored, [
      msg('one'),
      msg('two', { sentAt: T0 + 1 }),
      msg('three', { sentAt: T0 + 2 }),
    ]);

    expect(aligned[1]!.seq).toBeGreaterThan(aligned[0]!.seq);
    expect(aligned[1]!.seq).toBeLessThan(aligned[2]!.seq);
  });

  it.each([
    ['minute vs minute, 1 min apart', 'minute', 'minute', 60_000, true],
    ['minute vs minute, 1 h apart', 'minute', 'minute', 3_600_000, false],
    ['day vs minute, 20 h apart', 'day', 'minute', 20 * 3_600_000, true],
    ['relative vs minute, days apart', 'relative', 'minute', 5 * 86_400_000, true],
  ] as const)('times compatible: %s', (_name, pa, pb, delta, expected) => {
    expect(
      timesCompatible({ sentAt: T0, sentAtPrecision: pa }, { sentAt: T0 + delta, sentAtPrecision: pb }),
    ).toBe(expected);
  });
});
