import { describe, expect, it } from 'vitest';
import type { TimePrecision } from '../../core/model';
import { parsePortalTime } from '../../core/portal-time';

/**
 * Expectations are built with the same local-time constructor the parser uses, so the suite passes in any
 * process time zone (setting process.env.TZ after vitest starts is not reliable). Months here are 1-based.
 */
function local(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return new Date(year, month - 1, day, hour, minute).getTime();
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** Thursday, 10 September 2026, 12:00 local. */
const NOW = local(2026, 9, 10, 12, 0);

type Row = [text: string, locale: string, at: number | null, precision: TimePrecision];

const minute = (y: number, m: number, d: number, h: number, mi: number) => local(y, m, d, h, mi);
const today = (h: number, mi: number) => local(2026, 9, 10, h, mi);
const yesterday = (h: number, mi: number) => local(2026, 9, 9, h, mi);
const SEP_4 = local(2026, 9, 4);
const SEP_4_1604 = minute(2026, 9, 4, 16, 4);

const ROWS: Row[] = [
  // en-US (Amazon.com, eBay.com)
  ['Sep 4, 2026', 'en-US', SEP_4, 'day'],
  ['Sep 4, 2026 4:04 PM', 'en-US', SEP_4_1604, 'minute'],
  ['September 4, 2026 at 4:04 PM', 'en-US', SEP_4_1604, 'minute'],
  ['May 9, 2018 4:04:55 PM', 'en-US', minute(2018, 5, 9, 16, 4), 'minute'],
  ['9/4/2026', 'en-US', SEP_4, 'day'],
  ['9/4/2026', 'en-CA', local(2026, 4, 9), 'day'],
  ['Mar 5', 'en-US', local(2026, 3, 5), 'day'],
  ['Today 4:04 PM', 'en-US', today(16, 4), 'minute'],
  ['Yesterday 16:04', 'en-US', yesterday(16, 4), 'minute'],
  ['Today', 'en-US', local(2026, 9, 10), 'day'],
  ['Yesterday', 'en-US', local(2026, 9, 9), 'day'],
  ['  Sent Sep 4, 2026 · 4:04 PM  ', 'en-US', SEP_4_1604, 'minute'],
  ['\u200eSep\u00a04,\u00a02026\u202f4:04\u202fPM\u200b', 'en-US', SEP_4_1604, 'minute'],
  ['September 4th, 2026', 'en-US', SEP_4, 'day'],
  // en-GB and other day-first English
  ['4 Sep 2026', 'en-GB', SEP_4, 'day'],
  ['4 Sept 2026, 16:04', 'en-GB', SEP_4_1604, 'minute'],
  ['04/09/2026 16:04', 'en-GB', SEP_4_1604, 'minute'],
  ['4 September 2026', 'en-GB', SEP_4, 'day'],
  // ISO
  ['2026-09-04', 'en-US', SEP_4, 'day'],
  ['2026-09-04 16:04', 'en-US', SEP_4_1604, 'minute'],
  ['2026-09-04T16:04', 'en-US', SEP_4_1604, 'minute'],
  ['2026-09-04T16:04:00Z', 'en-US', Date.UTC(2026, 8, 4, 16, 4), 'minute'],
  ['2026-09-04T16:04:00+02:00', 'de-DE', Date.UTC(2026, 8, 4, 14, 4), 'minute'],
  ['2026-09-04T16:04:55.123-05:30', 'en-US', Date.UTC(2026, 8, 4, 21, 34), 'minute'],
  // de
  ['4. Sept. 2026', 'de-DE', SEP_4, 'day'],
  ['4. Sep. 2026, 16:04', 'de-DE', SEP_4_1604, 'minute'],
  ['04.09.2026 16:04', 'de-DE', SEP_4_1604, 'minute'],
  ['4. September 2026 um 16:04 Uhr', 'de-DE', SEP_4_1604, 'minute'],
  ['Heute 16:04', 'de-DE', today(16, 4), 'minute'],
  ['Gestern, 09:12', 'de-DE', yesterday(9, 12), 'minute'],
  ['vor 5 Minuten', 'de-DE', NOW - 5 * MINUTE, 'relative'],
  ['vor 2 Stunden', 'de-DE', NOW - 2 * HOUR, 'relative'],
  ['vor 3 Tagen', 'de-DE', NOW - 3 * DAY, 'relative'],
  ['vor einer Stunde', 'de-DE', NOW - HOUR, 'relative'],
  ['12. März 2026', 'de-DE', local(2026, 3, 12), 'day'],
  ['3. Mär. 2026', 'de-DE', local(2026, 3, 3), 'day'],
  ['15. Jan. 2026', 'de-DE', local(2026, 1, 15), 'day'],
  ['1. Okt. 2025', 'de-DE', local(2025, 10, 1), 'day'],
  ['24. Dez. 2025', 'de-DE', local(2025, 12, 24), 'day'],
  ['7. Mai 2026', 'de-DE', local(2026, 5, 7), 'day'],
  ['2. Juni 2026', 'de-DE', local(2026, 6, 2), 'day'],
  ['Gesendet: 9.12 Uhr', 'de-DE', today(9, 12), 'minute'],
  ['04.09.', 'de-DE', SEP_4, 'day'],
  // ja
  ['2026年9月4日', 'ja-JP', SEP_4, 'day'],
  ['2026年9月4日 16:04', 'ja-JP', SEP_4_1604, 'minute'],
  ['2026/09/04 16:04', 'ja-JP', SEP_4_1604, 'minute'],
  ['9月4日 16:04', 'ja-JP', SEP_4_1604, 'minute'],
  ['今日 16:04', 'ja-JP', today(16, 4), 'minute'],
  ['昨日 9:12', 'ja-JP', yesterday(9, 12), 'minute'],
  ['5分前', 'ja-JP', NOW - 5 * MINUTE, 'relative'],
  ['3時間前', 'ja-JP', NOW - 3 * HOUR, 'relative'],
  ['2日前', 'ja-JP', NOW - 2 * DAY, 'relative'],
  ['午後4:04', 'ja-JP', today(16, 4), 'minute'],
  ['午前9:12', 'ja-JP', today(9, 12), 'minute'],
  ['２０２６年９月４日　１６：０４', 'ja-JP', SEP_4_1604, 'minute'],
  // zh-CN
  ['2026年9月4日', 'zh-CN', SEP_4, 'day'],
  ['2026年9月4日 下午4:04', 'zh-CN', SEP_4_1604, 'minute'],
  ['2026-09-04 16:04', 'zh-CN', SEP_4_1604, 'minute'],
  ['今天 16:04', 'zh-CN', today(16, 4), 'minute'],
  ['昨天 09:12', 'zh-CN', yesterday(9, 12), 'minute'],
  ['5分钟前', 'zh-CN', NOW - 5 * MINUTE, 'relative'],
  ['3小时前', 'zh-CN', NOW - 3 * HOUR, 'relative'],
  ['2天前', 'zh-CN', NOW - 2 * DAY, 'relative'],
  ['刚刚', 'zh-CN', NOW, 'relative'],
  ['上午9:12', 'zh-CN', today(9, 12), 'minute'],
  ['晚上8:30', 'zh-CN', today(20, 30), 'minute'],
  ['凌晨1:10', 'zh-CN', today(1, 10), 'minute'],
  ['中午12:30', 'zh-CN', today(12, 30), 'minute'],
  // fr
  ['4 sept. 2026', 'fr-FR', SEP_4, 'day'],
  ['4 septembre 2026 à 16:04', 'fr-FR', SEP_4_1604, 'minute'],
  ["aujourd'hui 16:04", 'fr-FR', today(16, 4), 'minute'],
  ['Aujourd\u2019hui à 16:04', 'fr-FR', today(16, 4), 'minute'],
  ['hier 09:12', 'fr-FR', yesterday(9, 12), 'minute'],
  ['il y a 2 heures', 'fr-FR', NOW - 2 * HOUR, 'relative'],
  ['1er févr. 2026', 'fr-FR', local(2026, 2, 1), 'day'],
  // es
  ['4 sept 2026', 'es-ES', SEP_4, 'day'],
  ['4 de septiembre de 2026', 'es-ES', SEP_4, 'day'],
  ['hoy 16:04', 'es-ES', today(16, 4), 'minute'],
  ['ayer', 'es-ES', local(2026, 9, 9), 'day'],
  ['hace 2 horas', 'es-ES', NOW - 2 * HOUR, 'relative'],
  ['4 sept 2026, 4:04 p. m.', 'es-ES', SEP_4_1604, 'minute'],
  // it
  ['4 set 2026', 'it-IT', SEP_4, 'day'],
  ['4 settembre 2026', 'it-IT', SEP_4, 'day'],
  ['oggi 16:04', 'it-IT', today(16, 4), 'minute'],
  ['ieri', 'it-IT', local(2026, 9, 9), 'day'],
  ['2 ore fa', 'it-IT', NOW - 2 * HOUR, 'relative'],
  ["un'ora fa", 'it-IT', NOW - HOUR, 'relative'],
  // nl
  ['4 sep. 2026', 'nl-NL', SEP_4, 'day'],
  ['vandaag', 'nl-NL', local(2026, 9, 10), 'day'],
  ['gisteren', 'nl-NL', local(2026, 9, 9), 'day'],
  ['4 mrt. 2026', 'nl-NL', local(2026, 3, 4), 'day'],
  ['2 uur geleden', 'nl-NL', NOW - 2 * HOUR, 'relative'],
  // pt-BR
  ['4 de set. de 2026', 'pt-BR', SEP_4, 'day'],
  ['hoje', 'pt-BR', local(2026, 9, 10), 'day'],
  ['ontem', 'pt-BR', local(2026, 9, 9), 'day'],
  ['há 2 horas', 'pt-BR', NOW - 2 * HOUR, 'relative'],
  ['4 de out. de 2025 16:04', 'pt-BR', minute(2025, 10, 4, 16, 4), 'minute'],
  // pl
  ['4 wrz 2026', 'pl-PL', SEP_4, 'day'],
  ['4 września 2026', 'pl-PL', SEP_4, 'day'],
  ['dzisiaj', 'pl-PL', local(2026, 9, 10), 'day'],
  ['wczoraj', 'pl-PL', local(2026, 9, 9), 'day'],
  ['3 dni temu', 'pl-PL', NOW - 3 * DAY, 'relative'],
  // sv
  ['4 sep. 2026', 'sv-SE', SEP_4, 'day'],
  ['idag', 'sv-SE', local(2026, 9, 10), 'day'],
  ['igår', 'sv-SE', local(2026, 9, 9), 'day'],
  ['för 2 timmar sedan', 'sv-SE', NOW - 2 * HOUR, 'relative'],
  // tr
  ['4 Eyl 2026', 'tr-TR', SEP_4, 'day'],
  ['4 EYLÜL 2026', 'tr-TR', SEP_4, 'day'],
  ['bugün', 'tr-TR', local(2026, 9, 10), 'day'],
  ['dün', 'tr-TR', local(2026, 9, 9), 'day'],
  ['2 saat önce', 'tr-TR', NOW - 2 * HOUR, 'relative'],
  // Month names are read whatever the page locale
  ['Sep 4, 2026', 'de-DE', SEP_4, 'day'],
  ['4 Sep 2026', 'ja-JP', SEP_4, 'day'],
  // eBay / Shopee short forms
  ['7h', 'en-US', NOW - 7 * HOUR, 'relative'],
  ['2d', 'en-US', NOW - 2 * DAY, 'relative'],
  ['30m', 'en-US', NOW - 30 * MINUTE, 'relative'],
  ['1w', 'en-US', NOW - WEEK, 'relative'],
  ['5 minutes ago', 'en-US', NOW - 5 * MINUTE, 'relative'],
  // eBay's compact list times on its European sites
  ['7 Std.', 'de-DE', NOW - 7 * HOUR, 'relative'],
  ['vor 3 Tg.', 'de-DE', NOW - 3 * DAY, 'relative'],
  ['2 Wo.', 'de-DE', NOW - 2 * WEEK, 'relative'],
  ['3 j', 'fr-FR', NOW - 3 * DAY, 'relative'],
  ['2 sem.', 'fr-FR', NOW - 2 * WEEK, 'relative'],
  ['2 gg fa', 'it-IT', NOW - 2 * DAY, 'relative'],
  ['5 gg', 'it-IT', NOW - 5 * DAY, 'relative'],
  ['2 u', 'nl-NL', NOW - 2 * HOUR, 'relative'],
  ['2 godz.', 'pl-PL', NOW - 2 * HOUR, 'relative'],
  ['3 dni', 'pl-PL', NOW - 3 * DAY, 'relative'],
  ['an hour ago', 'en-US', NOW - HOUR, 'relative'],
  ['Just now', 'en-US', NOW, 'relative'],
  ['now', 'en-GB', NOW, 'relative'],
  ['Mar 5, 2024', 'en-US', local(2024, 3, 5), 'day'],
  ['16:04', 'en-SG', today(16, 4), 'minute'],
  ['04/09', 'en-SG', SEP_4, 'day'],
  ['04/09', 'en-US', local(2026, 4, 9), 'day'],
  ['04/09 16:04', 'en-MY', SEP_4_1604, 'minute'],
  ['04/09/2026', 'en-PH', SEP_4, 'day'],
  // Shopee Southeast Asia and Taiwan: day words, relative times, date separators
  ['Hari ini', 'id-ID', local(2026, 9, 10), 'day'],
  ['Kemarin 14:03', 'id-ID', yesterday(14, 3), 'minute'],
  ['Kemarin lusa', 'id-ID', local(2026, 9, 8), 'day'],
  ['5 menit yang lalu', 'id-ID', NOW - 5 * MINUTE, 'relative'],
  ['2 jam yang lalu', 'id-ID', NOW - 2 * HOUR, 'relative'],
  ['3 hari lalu', 'id-ID', NOW - 3 * DAY, 'relative'],
  ['Baru saja', 'id-ID', NOW, 'relative'],
  ['Hari ini', 'ms-MY', local(2026, 9, 10), 'day'],
  ['Semalam', 'ms-MY', local(2026, 9, 9), 'day'],
  ['2 jam lepas', 'ms-MY', NOW - 2 * HOUR, 'relative'],
  ['10 minit yang lalu', 'ms-MY', NOW - 10 * MINUTE, 'relative'],
  ['Hôm nay', 'vi-VN', local(2026, 9, 10), 'day'],
  ['Hôm qua 09:12', 'vi-VN', yesterday(9, 12), 'minute'],
  ['2 giờ trước', 'vi-VN', NOW - 2 * HOUR, 'relative'],
  ['5 phút trước', 'vi-VN', NOW - 5 * MINUTE, 'relative'],
  ['cách đây 3 ngày', 'vi-VN', NOW - 3 * DAY, 'relative'],
  ['Vừa xong', 'vi-VN', NOW, 'relative'],
  ['04/09/2026', 'vi-VN', SEP_4, 'day'],
  ['วันนี้', 'th-TH', local(2026, 9, 10), 'day'],
  ['เมื่อวาน 16:04', 'th-TH', yesterday(16, 4), 'minute'],
  ['เมื่อวานนี้', 'th-TH', local(2026, 9, 9), 'day'],
  ['2 ชั่วโมงที่แล้ว', 'th-TH', NOW - 2 * HOUR, 'relative'],
  ['5 นาทีที่แล้ว', 'th-TH', NOW - 5 * MINUTE, 'relative'],
  ['3 วันที่แล้ว', 'th-TH', NOW - 3 * DAY, 'relative'],
  ['04/09 16:04', 'th-TH', SEP_4_1604, 'minute'],
  ['今天 16:04', 'zh-TW', today(16, 4), 'minute'],
  ['昨天', 'zh-TW', local(2026, 9, 9), 'day'],
  ['3小時前', 'zh-TW', NOW - 3 * HOUR, 'relative'],
  // Clocks
  ['4:04 PM', 'en-US', today(16, 4), 'minute'],
  ['4:04 pm', 'en-US', today(16, 4), 'minute'],
  ['4:04PM', 'en-US', today(16, 4), 'minute'],
  ['12:05 AM', 'en-US', today(0, 5), 'minute'],
  ['12:30 PM', 'en-US', today(12, 30), 'minute'],
  ['16:04:55', 'de-DE', today(16, 4), 'minute'],
  ['4 p.m.', 'en-US', today(16, 0), 'minute'],
  ['16h04', 'fr-FR', today(16, 4), 'minute'],
  ['16 Uhr', 'de-DE', today(16, 0), 'minute'],
  ['4 sept. 2026 à 16 h 04', 'fr-FR', SEP_4_1604, 'minute'],
  ['2026年9月4日 16時04分', 'ja-JP', SEP_4_1604, 'minute'],
  ['下午4点04分', 'zh-CN', today(16, 4), 'minute'],
  // More relative units
  ['3 weeks ago', 'en-US', NOW - 3 * WEEK, 'relative'],
  ['1 mo', 'en-US', NOW - 30 * DAY, 'relative'],
  ['vor 1 Std.', 'de-DE', NOW - HOUR, 'relative'],
  ['il y a 3 j', 'fr-FR', NOW - 3 * DAY, 'relative'],
  ['1ヶ月前', 'ja-JP', NOW - 30 * DAY, 'relative'],
  ['a moment ago', 'en-US', NOW, 'relative'],
  // Weekdays mean the most recent such day (NOW is a Thursday)
  ['Mon 16:04', 'en-US', minute(2026, 9, 7, 16, 4), 'minute'],
  ['Thu 9:00', 'en-US', today(9, 0), 'minute'],
  ['Mo., 16:04', 'de-DE', minute(2026, 9, 7, 16, 4), 'minute'],
  ['Freitag', 'de-DE', SEP_4, 'day'],
  ['周五 16:04', 'zh-CN', SEP_4_1604, 'minute'],
  ['金曜日 16:04', 'ja-JP', SEP_4_1604, 'minute'],
  ['segunda-feira', 'pt-BR', local(2026, 9, 7), 'day'],
  ['Fri, Sep 4, 2026', 'en-US', SEP_4, 'day'],
  // Nothing to read, or impossible dates and times
  ['', 'en-US', null, 'unknown'],
  ['   ', 'en-US', null, 'unknown'],
  ['foo', 'en-US', null, 'unknown'],
  ['99/99/2026', 'en-US', null, 'unknown'],
  ['99/99/2026', 'en-GB', null, 'unknown'],
  ['Feb 30, 2026', 'en-US', null, 'unknown'],
  ['31/04/2026', 'en-GB', null, 'unknown'],
  ['2026-13-01', 'en-US', null, 'unknown'],
  ['2026-09-04T25:00:00Z', 'en-US', null, 'unknown'],
  ['25:00', 'de-DE', null, 'unknown'],
  ['16:04 12345', 'en-US', null, 'unknown'],
  ['99/99/2026 16:04', 'en-US', null, 'unknown'],
  ['Sep 2026', 'en-US', null, 'unknown'],
  ['Sep 31', 'en-US', null, 'unknown'],
  ['1/13', 'en-GB', null, 'unknown'],
  ['11:60', 'en-US', null, 'unknown'],
  ['Order #12345', 'en-US', null, 'unknown'],
  ['die Nachricht', 'de-DE', null, 'unknown'],
];

describe('parsePortalTime', () => {
  it('covers every format with a table of at least 60 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(ROWS)('%j (%s)', (text, locale, at, precision) => {
    expect(parsePortalTime(text, locale, NOW)).toEqual({ at, precision });
  });
});

describe('dates without a year take their most recent past occurrence', () => {
  /** Friday, 2 January 2026, 10:00 local. */
  const NEW_YEAR = local(2026, 1, 2, 10, 0);

  it.each<Row>([
    ['Dec 30', 'en-US', local(2025, 12, 30), 'day'],
    ['30 Dec', 'en-GB', local(2025, 12, 30), 'day'],
    ['30/12', 'en-GB', local(2025, 12, 30), 'day'],
    ['12/30', 'en-US', local(2025, 12, 30), 'day'],
    ['12月30日 16:04', 'ja-JP', minute(2025, 12, 30, 16, 4), 'minute'],
    ['Jan 1', 'en-US', local(2026, 1, 1), 'day'],
    ['Jan 3', 'en-US', local(2026, 1, 3), 'day'], // one day ahead: clock skew, still this year
    ['Jan 4', 'en-US', local(2025, 1, 4), 'day'],
    ['Yesterday', 'en-US', local(2026, 1, 1), 'day'],
    ['gestern 23:59', 'de-DE', minute(2026, 1, 1, 23, 59), 'minute'],
    ['Feb 29', 'en-US', local(2024, 2, 29), 'day'],
  ])('%j (%s)', (text, locale, at, precision) => {
    expect(parsePortalTime(text, locale, NEW_YEAR)).toEqual({ at, precision });
  });
});

describe('explicit time zone', () => {
  const utcPlus2 = () => -120;

  it('reads wall-clock texts in the given zone', () => {
    const now = Date.UTC(2026, 8, 10, 10, 0);
    expect(parsePortalTime('2026-09-04 16:04', 'de-DE', now, utcPlus2)).toEqual({
      at: Date.UTC(2026, 8, 4, 14, 4),
      precision: 'minute',
    });
  });

  it("takes 'today' from the zone's calendar, not UTC's", () => {
    const now = Date.UTC(2026, 8, 10, 23, 30); // 11 September, 01:30 at UTC+2
    expect(parsePortalTime('Heute 00:15', 'de-DE', now, utcPlus2)).toEqual({
      at: Date.UTC(2026, 8, 10, 22, 15),
      precision: 'minute',
    });
    expect(parsePortalTime('Yesterday', 'en-GB', now, utcPlus2)).toEqual({
      at: Date.UTC(2026, 8, 9, 22, 0),
      precision: 'day',
    });
  });

  it('follows an offset that changes with the date (DST)', () => {
    const berlin = (at: number) => (at < Date.UTC(2026, 9, 25, 1, 0) ? -120 : -60);
    const now = Date.UTC(2026, 10, 10, 12, 0);
    expect(parsePortalTime('24.10.2026 12:00', 'de-DE', now, berlin).at).toBe(Date.UTC(2026, 9, 24, 10, 0));
    expect(parsePortalTime('26.10.2026 12:00', 'de-DE', now, berlin).at).toBe(Date.UTC(2026, 9, 26, 11, 0));
  });
});

describe('robustness', () => {
  /** Deterministic PRNG (mulberry32) so a failure reproduces. */
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const ALPHABET = [
    ...'0123456789:/.-, T+Z',
    ...'apmAPMsepSeptdecMarhdwago',
    ...'年月日時間分前午後下上今昨天刚',
    '\u00a0',
    '\u202f',
    '\u200b',
    'İ',
    '\ud800',
    'vor ',
    'hace ',
    ' ago',
    'Yesterday',
    '12:',
    '2026',
  ];

  it('never throws and always returns a well-formed result', () => {
    const next = random(20260904);
    for (let i = 0; i < 3000; i++) {
      const length = Math.floor(next() * 40);
      let text = '';
      for (let j = 0; j < length; j++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      const locale = ['en-US', 'en-GB', 'de-DE', 'ja-JP', 'zh-CN', '', 'xx'][i % 7] ?? 'en-US';
      const result = parsePortalTime(text, locale, NOW);
      if (result.at === null) expect(result.precision).toBe('unknown');
      else expect(Number.isFinite(result.at) && result.precision !== 'unknown').toBe(true);
    }
  });

  it('survives hostile inputs', () => {
    const hostile: unknown[] = [
      undefined,
      null,
      42,
      {},
      'x'.repeat(100_000),
      '1'.repeat(5000),
      '\u0000',
      '🕓',
    ];
    for (const text of hostile) {
      expect(() => parsePortalTime(text as string, 'en-US', NOW)).not.toThrow();
    }
    expect(parsePortalTime('Sep 4, 2026', 'en-US', Number.NaN)).toEqual({ at: null, precision: 'unknown' });
    expect(parsePortalTime('Sep 4, 2026', undefined as unknown as string, NOW).precision).toBe('day');
  });
});
