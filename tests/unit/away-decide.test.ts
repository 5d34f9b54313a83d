import { describe, expect, it } from 'vitest';
import {
  type AutoReplyDeps,
  type AutoReplyText,
  type AwayMessage,
  type AwayThread,
  decideAutoReply,
  isAutoReplyText,
  precheckAutoReply,
} from '../../core/away/decide';
import { type AwaySettings, DEFAULT_AWAY_SETTINGS } from '../../core/away/settings';
import type { Classification } from '../../core/intent/types';
import type { PolicyFinding } from '../../core/policy/types';

// Sunday 2026-11-29 03:00 in Shanghai: outside the default working hours.
const NOW = Date.parse('2026-11-28T19:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;
const settings: AwaySettings = { ...DEFAULT_AWAY_SETTINGS, enabled: true };
const thread: AwayThread = { id: 't1', platform: 'amazon', site: 'amazon.de' };

/** A classifier and policy check driven by markers in the text, so each rule of the decision is tested alone. */
const deps: AutoReplyDeps = {
  classify: (text) =>
    ({
      intent: 'other',
      intents: [],
      sentiment: /NEG/.test(text) ? 'negative' : 'neutral',
      urgent: /URGENT/.test(text),
      urgentReasons: /URGENT/.test(text) ? ['review-threat'] : [],
      language: 'de',
    }) satisfies Classification,
  checkPolicy: (text) =>
    /www\./.test(text) ? ([{ rule: 'link', start: 0, end: 3, match: 'www' }] satisfies PolicyFinding[]) : [],
};

let seq = 0;
function msg(over: Partial<AwayMessage> & Pick<AwayMessage, 'direction' | 'text'>): AwayMessage {
  seq++;
  return {
    id: `m${seq}`,
    sentAt: NOW - 3 * HOUR + seq * MIN,
    sentAtPrecision: 'minute',
    seq,
    firstSeenAt: NOW - 3 * HOUR,
    language: over.direction === 'in' ? 'de' : undefined,
    ...over,
  };
}

/** A thread read three hours ago, and a buyer message that just arrived (seen 30 s ago, portal time now). */
function liveThread(text = 'Wo ist meine Bestellung?', extra: Partial<AwayMessage> = {}) {
  const history = [msg({ direction: 'in', text: 'Hallo' }), msg({ direction: 'out', text: 'Guten Tag!' })];
  const live = msg({ direction: 'in', text, sentAt: NOW - MIN, firstSeenAt: NOW - 30_000, ...extra });
  return { messages: [...history, live], live };
}

const reply: AutoReplyText = {
  templateId: 'default:off-hours',
  language: 'de',
  text: 'Danke für Ihre Nachricht. Wir antworten ab 9 Uhr.',
  missing: [],
};

describe('away mode: the decision', () => {
  it('sends to a live buyer message outside working hours', () => {
    const { messages, live } = liveThread();
    const d = decideAutoReply({ settings, thread, messages, now: NOW, reply }, deps);
    expect(d).toEqual({ action: 'send', message: live, reply });
  });

  it('does nothing while away mode is off (the default)', () => {
    const { messages } = liveThread();
    const d = decideAutoReply({ settings: DEFAULT_AWAY_SETTINGS, thread, messages, now: NOW, reply }, deps);
    expect(d).toMatchObject({ action: 'skip', reason: 'away-off' });
  });

  it('does nothing inside working hours (Monday 10:00 in Shanghai)', () => {
    const monday = Date.parse('2026-11-30T02:00:00Z');
    const { messages } = liveThread('Wo?', { sentAt: monday - MIN, firstSeenAt: monday - 30_000 });
    const d = decideAutoReply({ settings, thread, messages, now: monday, reply }, deps);
    expect(d).toMatchObject({ action: 'skip', reason: 'working-hours' });
  });

  it('uses the override of the thread’s site (Berlin office until 20:00)', () => {
    const berlin = {
      ...settings,
      overrides: [
        {
          scope: { platform: 'amazon' as const, site: 'amazon.de' },
          schedule: {
            timeZone: 'Europe/Berlin',
            rules: [{ days: [6 as const], start: '08:00', end: '21:00' }],
          },
        },
      ],
    };
    const saturdayEvening = Date.parse('2026-11-28T18:30:00Z'); // Sat 19:30 in Berlin, Sun 02:30 in Shanghai
    const { messages } = liveThread('Wo?', {
      sentAt: saturdayEvening - MIN,
      firstSeenAt: saturdayEvening - 1000,
    });
    expect(
      decideAutoReply({ settings: berlin, thread, messages, now: saturdayEvening, reply }, deps),
    ).toMatchObject({
      reason: 'working-hours',
    });
    expect(
      decideAutoReply(
        { settings: berlin, thread: { ...thread, site: 'amazon.fr' }, messages, now: saturdayEvening, reply },
        deps,
      ),
    ).toMatchObject({ action: 'send' });
  });

  it('never answers history read for the first time (every message first seen in the same capture)', () => {
    const old = [
      msg({ direction: 'in', text: 'Hallo', sentAt: NOW - 5 * HOUR, firstSeenAt: NOW - 1000 }),
      msg({ direction: 'in', text: 'Noch da?', sentAt: NOW - 4 * HOUR, firstSeenAt: NOW - 1000 }),
    ];
    expect(decideAutoReply({ settings, thread, messages: old, now: NOW, reply }, deps)).toMatchObject({
      reason: 'not-new',
    });
  });

  it('answers a first capture whose last message the portal stamped minutes ago, not one from an hour ago', () => {
    const fresh = [msg({ direction: 'in', text: 'Hallo?', sentAt: NOW - 10 * MIN, firstSeenAt: NOW - 1000 })];
    expect(decideAutoReply({ settings, thread, messages: fresh, now: NOW, reply }, deps).action).toBe('send');
    const hourOld = [
      msg({ direction: 'in', text: 'Hallo?', sentAt: NOW - 60 * MIN, firstSeenAt: NOW - 1000 }),
    ];
    expect(decideAutoReply({ settings, thread, messages: hourOld, now: NOW, reply }, deps)).toMatchObject({
      reason: 'not-new',
    });
    // A day-precision date says nothing about the last quarter hour.
    const dayOnly = [
      msg({
        direction: 'in',
        text: 'Hallo?',
        sentAt: NOW - MIN,
        sentAtPrecision: 'day',
        firstSeenAt: NOW - 1000,
      }),
    ];
    expect(decideAutoReply({ settings, thread, messages: dayOnly, now: NOW, reply }, deps)).toMatchObject({
      reason: 'not-new',
    });
  });

  it('a message first seen more than a few minutes ago is no longer live (a worker asleep for an hour)', () => {
    const { messages } = liveThread('Wo?', { sentAtPrecision: 'relative', firstSeenAt: NOW - 20 * MIN });
    expect(decideAutoReply({ settings, thread, messages, now: NOW, reply }, deps)).toMatchObject({
      reason: 'not-new',
    });
  });

  it('an old message scrolled into view without a time (sorted by capture time, above others on the page) is not live', () => {
    const { messages } = liveThread();
    const history = messages.slice(0, 2);
    const scrolledIn = msg({
      direction: 'in',
      text: 'Hallo?',
      sentAt: NOW - 10_000,
      sentAtPrecision: 'unknown',
      firstSeenAt: NOW - 10_000,
      seq: -1,
    });
    expect(
      decideAutoReply({ settings, thread, messages: [...history, scrolledIn], now: NOW, reply }, deps),
    ).toMatchObject({ reason: 'not-new' });
    // Below a reply of the agent on the page: answered already, whatever its time says.
    const below = msg({
      direction: 'in',
      text: 'Und?',
      sentAt: NOW - 10_000,
      firstSeenAt: NOW - 10_000,
      seq: 1.5,
    });
    const out = msg({ direction: 'out', text: 'Gern!', sentAt: NOW - 2 * HOUR, seq: 2 });
    const first = { ...history[0]!, seq: 1 };
    expect(
      decideAutoReply({ settings, thread, messages: [first, below, out], now: NOW, reply }, deps),
    ).toMatchObject({ reason: 'agent-replied' });
  });

  it('never twice to the same message, and once per window', () => {
    const { messages, live } = liveThread();
    const answered = { ...thread, autoReplyMessageId: live.id, autoReplyAt: NOW - 20 * HOUR };
    expect(decideAutoReply({ settings, thread: answered, messages, now: NOW, reply }, deps)).toMatchObject({
      reason: 'already-answered',
    });
    const recent = { ...thread, autoReplyMessageId: 'older', autoReplyAt: NOW - 11 * HOUR };
    expect(decideAutoReply({ settings, thread: recent, messages, now: NOW, reply }, deps)).toMatchObject({
      reason: 'window',
    });
    const expired = { ...thread, autoReplyMessageId: 'older', autoReplyAt: NOW - 13 * HOUR };
    expect(decideAutoReply({ settings, thread: expired, messages, now: NOW, reply }, deps).action).toBe(
      'send',
    );
    const shortWindow = { ...settings, windowHours: 2 };
    expect(
      decideAutoReply({ settings: shortWindow, thread: recent, messages, now: NOW, reply }, deps).action,
    ).toBe('send');
  });

  it('holds back once the agent replied after the message; its own earlier auto-reply does not count', () => {
    const { messages } = liveThread();
    const agent = msg({
      direction: 'out',
      text: 'Ich schaue nach.',
      sentAt: NOW - 10_000,
      firstSeenAt: NOW - 5000,
    });
    expect(
      decideAutoReply({ settings, thread, messages: [...messages, agent], now: NOW, reply }, deps),
    ).toMatchObject({ reason: 'agent-replied' });
    const auto = msg({
      direction: 'out',
      text: ` ${reply.text}\n`,
      sentAt: NOW - 10_000,
      firstSeenAt: NOW - 5000,
    });
    const withAuto = {
      ...thread,
      autoReplyText: reply.text,
      autoReplyMessageId: 'x',
      autoReplyAt: NOW - 30 * HOUR,
    };
    expect(
      decideAutoReply({ settings, thread: withAuto, messages: [...messages, auto], now: NOW, reply }, deps)
        .action,
    ).toBe('send');
  });

  it('never answers an urgent message, nor a thread with an unanswered urgent one', () => {
    const { messages } = liveThread('URGENT: ich schreibe eine schlechte Bewertung');
    expect(decideAutoReply({ settings, thread, messages, now: NOW, reply }, deps)).toMatchObject({
      reason: 'urgent',
      detail: { urgentReasons: ['review-threat'] },
    });
    const base = liveThread().messages.slice(0, 2);
    const earlier = [
      msg({ direction: 'in', text: 'URGENT: Anwalt!', sentAt: NOW - 2 * HOUR }),
      msg({ direction: 'in', text: 'Hallo?', sentAt: NOW - MIN, firstSeenAt: NOW - 1000 }),
    ];
    expect(
      decideAutoReply({ settings, thread, messages: [...base, ...earlier], now: NOW, reply }, deps),
    ).toMatchObject({ reason: 'urgent' });
  });

  it('takes the urgent flag and sentiment stored at ingest into account too', () => {
    const urgent = liveThread('Hallo', { urgent: 1, urgentReasons: ['deadline'] });
    expect(
      decideAutoReply({ settings, thread, messages: urgent.messages, now: NOW, reply }, deps),
    ).toMatchObject({
      reason: 'urgent',
      detail: { urgentReasons: ['deadline'] },
    });
    const negative = liveThread('Hallo', { sentiment: 'negative' });
    expect(
      decideAutoReply({ settings, thread, messages: negative.messages, now: NOW, reply }, deps),
    ).toMatchObject({
      reason: 'negative',
    });
  });

  it('never answers a thread the agent flagged urgent by hand', () => {
    const { messages } = liveThread();
    expect(
      decideAutoReply({ settings, thread: { ...thread, urgent: 1 }, messages, now: NOW, reply }, deps),
    ).toMatchObject({ reason: 'urgent' });
  });

  it('never answers a negative message', () => {
    const { messages } = liveThread('NEG Das ist enttäuschend.');
    expect(decideAutoReply({ settings, thread, messages, now: NOW, reply }, deps)).toMatchObject({
      reason: 'negative',
    });
  });

  it('skips without a template, with an empty body, with variables left, or when the policy check flags the text', () => {
    const { messages } = liveThread();
    const input = { settings, thread, messages, now: NOW };
    expect(decideAutoReply({ ...input, reply: 'no-template' }, deps)).toMatchObject({
      reason: 'no-template',
    });
    expect(decideAutoReply({ ...input, reply: 'empty-template' }, deps)).toMatchObject({
      reason: 'empty-template',
    });
    expect(decideAutoReply({ ...input, reply: { ...reply, text: '  ' } }, deps)).toMatchObject({
      reason: 'empty-template',
    });
    expect(
      decideAutoReply(
        { ...input, reply: { ...reply, text: 'Hallo {{buyer_name}}', missing: ['buyer_name'] } },
        deps,
      ),
    ).toMatchObject({ reason: 'missing-variables', detail: { missing: ['buyer_name'] } });
    // A translation that mangled a placeholder still never goes out with braces in it.
    expect(
      decideAutoReply({ ...input, reply: { ...reply, text: 'Hallo {{ Käufer }}' } }, deps),
    ).toMatchObject({
      reason: 'missing-variables',
    });
    expect(
      decideAutoReply({ ...input, reply: { ...reply, text: 'Besuchen Sie www.shop.de' } }, deps),
    ).toMatchObject({ reason: 'policy', detail: { rules: ['link'] } });
  });

  it('prechecks everything that needs no text, so no template is filled or translated for nothing', () => {
    const { messages, live } = liveThread();
    expect(precheckAutoReply({ settings, thread, messages, now: NOW }, deps)).toEqual({
      action: 'compose',
      message: live,
    });
    expect(precheckAutoReply({ settings, thread, messages: [], now: NOW }, deps)).toMatchObject({
      reason: 'no-buyer-message',
    });
  });

  it('recognises its own auto-reply in the thread despite re-flowed whitespace', () => {
    expect(isAutoReplyText('Danke!\n Wir  melden uns.', 'Danke! Wir melden uns.')).toBe(true);
    expect(isAutoReplyText('Danke!', undefined)).toBe(false);
    expect(isAutoReplyText('Danke, bis morgen', 'Danke!')).toBe(false);
  });
});
