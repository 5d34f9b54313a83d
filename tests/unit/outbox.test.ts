import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createOutbox, type OutboxItem } from '../../content-scripts/shared/outbox';
import { onMessage } from '../../core/protocol';
import { msg, thread } from './support/builders';

const item = (key: string): OutboxItem => ({
  kind: 'thread',
  snapshot: thread([msg(key)]),
  key,
  attempts: 0,
});

function recorder() {
  const stored: string[] = [];
  const rejected: string[] = [];
  return {
    stored,
    rejected,
    events: {
      onStored: (i: OutboxItem) => stored.push(i.key),
      onRejected: (i: OutboxItem, error: string) => rejected.push(`${i.key}: ${error}`),
      onPendingChange: () => undefined,
    },
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('outbox', () => {
  it('keeps a snapshot while the background is unreachable and delivers it once it answers', async () => {
    let calls = 0;
    const off = onMessage('ingestThread', () => {
      calls++;
      if (calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true, threadId: 't', added: 1, updated: 0, total: 1 };
    });
    const r = recorder();
    const outbox = createOutbox(() => false, r.events);

    outbox.push(item('a'));
    await vi.waitFor(() => expect(r.stored).toEqual(['a']), { timeout: 5_000 });

    expect(calls).toBe(3);
    expect(outbox.pending()).toBe(0);
    off();
  });

  it('drops a snapshot the background rejects as invalid, with the reason, and goes on with the next', async () => {
    const off = onMessage('ingestThread', ({ data }) =>
      data.messages[0]?.text === 'bad'
        ? { ok: false, error: 'messages.0.text: too long' }
        : { ok: true, threadId: 't', added: 1, updated: 0, total: 1 },
    );
    const r = recorder();
    const outbox = createOutbox(() => false, r.events);

    outbox.push(item('bad'));
    outbox.push(item('good'));
    await vi.waitFor(() => expect(r.stored).toEqual(['good']));

    expect(r.rejected).toEqual(['bad: messages.0.text: too long']);
    off();
  });

  it('retries a snapshot the background could not store, then gives up with the reason', async () => {
    let calls = 0;
    const off = onMessage('ingestThread', () => {
      calls++;
      return { ok: false, error: 'QuotaExceededError', retryable: true };
    });
    const r = recorder();
    const outbox = createOutbox(() => false, r.events);

    outbox.push(item('a'));
    await vi.waitFor(() => expect(r.rejected).toHaveLength(1), { timeout: 20_000 });

    expect(calls).toBe(6);
    off();
  });

  it('sends a snapshot with the same content key only once while queued', async () => {
    let calls = 0;
    const off = onMessage('ingestThread', () => {
      calls++;
      return { ok: true, threadId: 't', added: 0, updated: 0, total: 1 };
    });
    const r = recorder();
    const outbox = createOutbox(() => false, r.events);

    outbox.push(item('a'));
    outbox.push(item('a'));
    await vi.waitFor(() => expect(r.stored).toEqual(['a']));

    expect(calls).toBe(1);
    off();
  });
});
