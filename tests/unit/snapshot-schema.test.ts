import { describe, expect, it } from 'vitest';
import { LIMITS, validateInboxSnapshot, validateThreadSnapshot } from '../../core/snapshot-schema';
import { msg, thread } from './support/builders';

describe('snapshot validation', () => {
  it('accepts a well-formed thread snapshot', () => {
    expect(validateThreadSnapshot(thread([msg('Hello')])).ok).toBe(true);
  });

  it.each([
    ['an unknown platform', { platform: 'etsy' }, 'platform'],
    [
      'a direction that does not exist',
      { messages: [{ ...msg('x'), direction: 'sideways' }] },
      'messages.0.direction',
    ],
    [
      'a message text over the limit',
      { messages: [msg('x'.repeat(LIMITS.messageText + 1))] },
      'messages.0.text',
    ],
    [
      'too many messages',
      { messages: Array.from({ length: LIMITS.messagesPerThread + 1 }, () => msg('x')) },
      'messages',
    ],
    ['a site that is not a hostname', { site: '<script>' }, 'site'],
    ['an empty thread id', { nativeThreadId: '' }, 'nativeThreadId'],
    ['a time that is not a number', { capturedAt: 'yesterday' }, 'capturedAt'],
  ])('rejects %s with a clear error', (_name, override, path) => {
    const result = validateThreadSnapshot({ ...thread([msg('Hello')]), ...override });

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(path);
  });

  it('rejects data that is not an object at all', () => {
    expect(validateThreadSnapshot('just text')).toMatchObject({ ok: false });
    expect(validateThreadSnapshot(null)).toMatchObject({ ok: false });
  });

  it('rejects an oversize snapshot before parsing it', () => {
    const big = thread(Array.from({ length: 300 }, () => msg('y'.repeat(LIMITS.messageText))));

    const result = validateThreadSnapshot(big);

    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toMatch(/too large/);
  });

  it('rejects an inbox row without the fields the inbox needs', () => {
    const result = validateInboxSnapshot({
      platform: 'amazon',
      site: 'amazon.com',
      host: 'sellercentral.amazon.com',
      url: 'https://sellercentral.amazon.com/messaging/inbox-v3',
      locale: 'en-US',
      capturedAt: 1,
      rows: [{ buyer: 'Kim' }],
    });

    expect(result.ok).toBe(false);
  });
});
