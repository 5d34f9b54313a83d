/**
 * Parses timestamps as seller portals print them ("Sep 4, 2026 4:04 PM", "Gestern, 09:12", "3時間前", "7h").
 *
 * Portals show the seller's wall clock in the page's UI language, and pages mix languages (a German inbox
 * can still say "Sep"), so month names and day words of every supported language are accepted whatever the
 * locale; the locale only decides whether numeric dates are month-first (en-US) or day-first (everyone else).
 */
import type { TimePrecision } from './model';

export interface ParsedTime {
  /** UTC epoch milliseconds, or null when the text could not be read. */
  at: number | null;
  precision: TimePrecision;
}

/**
 * Like `Date.prototype.getTimezoneOffset`: minutes to add to the seller's wall clock to get UTC at instant
 * `at`. Lets callers (and tests) pin a time zone instead of relying on the process's local one.
 */
export type TimeZoneOffsetMinutes = (at: number) => number;

/**
 * Parse a timestamp as a seller portal prints it. `locale` is the page's UI locale (BCP 47), `now` is epoch
 * ms. Wall-clock texts are read in the local time zone unless `timeZoneOffsetMinutes` is given. Returns UTC
 * ms; never throws.
 */
export function parsePortalTime(
  text: string,
  locale: string,
  now: number,
  timeZoneOffsetMinutes?: TimeZoneOffsetMinutes,
): ParsedTime {
  // Adapters feed whatever text the page holds; a bad timestamp must never take a snapshot down with it.
  try {
    if (typeof text !== 'string' || text.length > MAX_INPUT_LENGTH || !Number.isFinite(now)) return unknown();
    const clock = timeZoneOffsetMinutes ? offsetClock(timeZoneOffsetMinutes) : LOCAL_CLOCK;
    const result = parse(normalize(text), isMonthFirst(locale), now, clock);
    return result.at === null || Number.isFinite(result.at) ? result : unknown();
  } catch {
    return unknown();
  }
}

// -----------------------------------------------------------------------------------------------------------
// Calendar helpers

/** Timestamp texts are short; anything longer is not one, and capping keeps every call cheap. */
const MAX_INPUT_LENGTH = 200;
const MIN_YEAR = 1970;
const MAX_YEAR = 2999;
/** Year-less dates may lie this many days ahead of `now` (time zones, clock skew) before last year's wins. */
const MAX_DAYS_AHEAD = 1;

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const WEEK_MS = 7 * DAY_MS;
// Relative texts are approximate by nature; calendar-exact months and years would fake a precision we lack.
const MONTH_MS = 30 * DAY_MS;
const YEAR_MS = 365 * DAY_MS;

interface CalendarDate {
  year: number;
  /** 0-based, as in `Date`. */
  month: number;
  day: number;
}

interface ClockTime {
  hour: number;
  minute: number;
}

const MIDNIGHT: ClockTime = { hour: 0, minute: 0 };

/** Text that looks like a date or time but cannot be one ("Feb 30", "25:00"): stop, don't guess further. */
const INVALID = 'invalid';
type Invalid = typeof INVALID;
/** `undefined`: the pattern is absent; `INVALID`: present but impossible. */
type Found<T> = T | Invalid | undefined;

function unknown(): ParsedTime {
  return { at: null, precision: 'unknown' };
}

/** Maps the seller's wall clock to instants and back. */
interface WallClock {
  dateOf(at: number): CalendarDate;
  toEpoch(date: CalendarDate, time: ClockTime): number;
}

const LOCAL_CLOCK: WallClock = {
  dateOf(at) {
    const d = new Date(at);
    return { year: d.getFullYear(), month: d.getMonth(), day: d.getDate() };
  },
  toEpoch(date, time) {
    return new Date(date.year, date.month, date.day, time.hour, time.minute).getTime();
  },
};

function offsetClock(offsetMinutes: TimeZoneOffsetMinutes): WallClock {
  return {
    dateOf(at) {
      return utcCalendarDate(at - offsetMinutes(at) * MINUTE_MS);
    },
    toEpoch(date, time) {
      const wall = Date.UTC(date.year, date.month, date.day, time.hour, time.minute);
      // The offset depends on the instant being computed; one refinement settles it across DST changes.
      const guess = wall + offsetMinutes(wall) * MINUTE_MS;
      return wall + offsetMinutes(guess) * MINUTE_MS;
    },
  };
}

function utcCalendarDate(at: number): CalendarDate {
  const d = new Date(at);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate() };
}

/** Pure calendar arithmetic in UTC, so it is independent of the process time zone and DST. */
function addDays(date: CalendarDate, days: number): CalendarDate {
  return utcCalendarDate(Date.UTC(date.year, date.month, date.day + days));
}

function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round(
    (Date.UTC(to.year, to.month, to.day) - Date.UTC(from.year, from.month, from.day)) / DAY_MS,
  );
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 0 || month > 11 || day < 1 || day > 31) return false;
  return utcCalendarDate(Date.UTC(year, month, day)).day === day;
}

/** `month1` is 1-based as printed. Two-digit years are this century's: portals only show recent messages. */
function calendarDate(year: number, month1: number, day: number): CalendarDate | Invalid {
  const fullYear = year < 100 ? 2000 + year : year;
  return isValidDate(fullYear, month1 - 1, day) ? { year: fullYear, month: month1 - 1, day } : INVALID;
}

/** A date printed without a year is its most recent occurrence that is not (meaningfully) in the future. */
function withoutYear(month1: number, day: number, today: CalendarDate): CalendarDate | Invalid {
  // 2000 is a leap year, so only impossible dates ("Feb 30") fail here.
  if (!isValidDate(2000, month1 - 1, day)) return INVALID;
  // Feb 29 may lie up to eight years back (across non-leap centuries); everything else takes one step.
  for (let year = today.year; year >= today.year - 8; year--) {
    const date = { year, month: month1 - 1, day };
    if (isValidDate(year, date.month, day) && daysBetween(today, date) <= MAX_DAYS_AHEAD) return date;
  }
  return INVALID;
}

// -----------------------------------------------------------------------------------------------------------
// Text normalisation and vocabulary

/** Invisible characters portals sprinkle into dates (bidi marks, zero-width spaces, soft hyphens). */
const INVISIBLE_RE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Lower-casing a Turkish dotted capital İ leaves a combining dot that would break word matching. */
const COMBINING_DOT_RE = /\u0307/g;
const APOSTROPHE_RE = /[\u2018\u2019\u02bc\u00b4`]/g;
const WHITESPACE_RE = /\s+/g;
const DIGIT_RE = /\d/;

/** NFKC folds full-width digits and colons (CJK pages) and NBSP / narrow NBSP into plain characters. */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(INVISIBLE_RE, '')
    .replace(COMBINING_DOT_RE, '')
    .replace(APOSTROPHE_RE, "'")
    .replace(WHITESPACE_RE, ' ')
    .trim();
}

/** Numeric dates are month-first only on US English pages. */
function isMonthFirst(locale: string): boolean {
  return typeof locale === 'string' && /^en[-_]us(?![a-z0-9])/i.test(locale);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest first, so a word never loses to its own prefix ("minutes" before "min" before "m"). */
function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** Vocabulary is written as space-separated words (or `|`-separated phrases) to keep the tables scannable. */
function words(list: string): string[] {
  return list.trim().split(/\s+/);
}

function phrases(list: string): string[] {
  return list.split('|');
}

/**
 * Maps every unambiguous prefix of three or more letters of a name to its index, which covers the many
 * abbreviations ("Sep", "Sept", "sept.", "wrz", "set", "mié") without listing them. Prefixes shared by two
 * indexes ("jui": juin/juillet) are dropped; full names and `extra` abbreviations always win.
 */
function prefixIndex(
  groups: readonly string[][],
  extra: Readonly<Record<string, number>>,
): Map<string, number> {
  const map = new Map<string, number>();
  const ambiguous = new Set<string>();
  groups.forEach((names, index) => {
    for (const name of names) {
      for (let length = 3; length <= name.length; length++) {
        const prefix = name.slice(0, length);
        const existing = map.get(prefix);
        if (existing !== undefined && existing !== index) ambiguous.add(prefix);
        map.set(prefix, index);
      }
    }
  });
  for (const prefix of ambiguous) map.delete(prefix);
  groups.forEach((names, index) => {
    for (const name of names) map.set(name, index);
  });
  for (const [abbreviation, index] of Object.entries(extra)) map.set(abbreviation, index);
  return map;
}

/** Month names (nominative and genitive) in en, de, fr, es, it, pt, nl, sv, pl and tr; 0 = January. */
const MONTHS = prefixIndex(
  [
    words('january januar jänner janvier enero gennaio janeiro januari styczeń stycznia ocak'),
    words('february februar février fevrier febrero febbraio fevereiro februari luty lutego şubat subat'),
    words('march märz marz mars marzo março marco maart marzec marca mart'),
    words('april avril abril aprile kwiecień kwietnia nisan'),
    words('may mai mayo maggio maio mei maj maja mayıs mayis'),
    words('june juni juin junio giugno junho czerwiec czerwca haziran'),
    words('july juli juillet julio luglio julho lipiec lipca temmuz'),
    words('august août aout agosto augustus augusti sierpień sierpnia ağustos agustos'),
    words('september septembre septiembre setiembre settembre setembro wrzesień września eylül eylul'),
    words('october oktober octobre octubre ottobre outubro październik października ekim'),
    words('november novembre noviembre novembro listopad listopada kasım kasim'),
    words('december dezember décembre decembre diciembre dicembre dezembro grudzień grudnia aralık aralik'),
  ],
  { mrz: 2, mrt: 2 },
);

/** Weekday names in the same languages; 0 = Monday. Two-letter German/Dutch abbreviations are listed. */
const WEEKDAYS = prefixIndex(
  [
    words('monday montag lundi lunes lunedì lunedi segunda maandag måndag poniedziałek pazartesi'),
    words('tuesday dienstag mardi martes martedì martedi terça terca dinsdag tisdag wtorek salı sali'),
    words('wednesday mittwoch mercredi miércoles miercoles mercoledì mercoledi quarta woensdag onsdag środa'),
    words('thursday donnerstag jeudi jueves giovedì giovedi quinta donderdag torsdag czwartek perşembe'),
    words('friday freitag vendredi viernes venerdì venerdi sexta vrijdag fredag piątek piatek cuma'),
    words('saturday samstag sonnabend samedi sábado sabado sabato zaterdag lördag sobota cumartesi'),
    words('sunday sonntag dimanche domingo domenica zondag söndag niedziela pazar'),
  ],
  {
    mo: 0,
    ma: 0,
    pzt: 0,
    di: 1,
    mi: 2,
    wo: 2,
    do: 3,
    fr: 4,
    vr: 4,
    cum: 4,
    sa: 5,
    za: 5,
    cmt: 5,
    so: 6,
    zo: 6,
    paz: 6,
  },
);

const UNIT_MS: ReadonlyMap<string, number> = new Map(
  (
    [
      [SECOND_MS, 's sec secs second seconds sek sekunde sekunden seconde secondes segundo segundos secondo'],
      [SECOND_MS, 'secondi seconden sekund sekundy sekundę sekunder saniye 秒 초'],
      [
        MINUTE_MS,
        'm min mins minute minutes minuten minuto minutos minuti minuut minut minuty minutę minuter',
      ],
      [MINUTE_MS, 'dakika dk 分 分钟 分鐘 분'],
      [HOUR_MS, 'h hr hrs hour hours std stunde stunden heure heures hora horas ora ore uur godz godzina'],
      [HOUR_MS, 'godziny godzinę godzin timme timmar tim saat sa 時間 小时 小時 个小时 個小時 시간'],
      [
        DAY_MS,
        'd day days tag tage tagen j jour jours día días dia dias giorno giorni dag dagen dagar dzień dni',
      ],
      [DAY_MS, 'gün 日 天 일'],
      [WEEK_MS, 'w wk wks week weeks woche wochen semaine semaines semana semanas settimana settimane weken'],
      [WEEK_MS, 'tydzień tygodnie tygodni vecka veckor hafta 週 週間 周 星期 个星期 個星期 주'],
      [MONTH_MS, 'mo mos month months monat monate monaten mois mes meses mês mese mesi maand maanden'],
      [MONTH_MS, 'miesiąc miesiące miesięcy månad månader ay か月 ヶ月 ヵ月 カ月 ケ月 个月 個月 月 개월'],
      [YEAR_MS, 'y yr yrs year years jahr jahre jahren an ans année années año años ano anos anno anni'],
      [YEAR_MS, 'jaar jaren rok lata lat år yıl 年 년'],
      // eBay's compact list times on its European sites: "7 Std.", "3 Tg.", "2 Wo.", "2 gg", "2 u", "2 sem."
      [HOUR_MS, 'u'],
      [DAY_MS, 'tg gg'],
      [WEEK_MS, 'wo sem'],
      // Indonesian/Malay, Vietnamese and Thai (Shopee). Malay "saat" (second) is left out: it is Turkish "hour".
      [SECOND_MS, 'detik giây วินาที'],
      [MINUTE_MS, 'menit minit phút นาที'],
      [HOUR_MS, 'jam giờ ชั่วโมง'],
      [DAY_MS, 'hari ngày วัน'],
      [WEEK_MS, 'minggu tuần สัปดาห์ อาทิตย์'],
      [MONTH_MS, 'bulan tháng เดือน'],
      [YEAR_MS, 'tahun năm ปี'],
    ] as const
  ).flatMap(([ms, list]) => words(list).map((word) => [word, ms] as const)),
);
/**
 * eBay's compact "7h" / "2d" / "30m" / "1w" and their localised forms ("7 Std.", "3 Tg.", "3 j", "2 gg", "2 u",
 * "2 godz.", "3 dni"): only these abbreviations may appear without "ago".
 */
const COMPACT_UNITS = [
  ...words('s sec secs m min mins h hr hrs d w wk wks mo y'),
  ...words('sek std tg wo j gg u uur godz dni sem'),
];

/** "an hour ago", "vor einer Stunde", "il y a une heure", "un'ora fa", "há um dia". */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  words('a an one ein eine einem einer un une uno una um uma een één ett en bir jeden jedna jedną').map(
    (word) => [word, 1] as const,
  ),
);

/** Words for today (0), yesterday (-1) and the day before (-2) in Latin scripts, matched as whole words… */
const DAY_WORDS_LATIN: ReadonlyMap<string, number> = new Map([
  ...phrases(
    "today|heute|aujourd'hui|hoy|oggi|vandaag|hoje|dzisiaj|dziś|idag|i dag|bugün|hari ini|hôm nay",
  ).map((w) => [w, 0] as const),
  ...phrases(
    'yesterday|gestern|hier|ayer|ieri|gisteren|ontem|wczoraj|igår|i går|dün|kemarin|semalam|hôm qua',
  ).map((w) => [w, -1] as const),
  ...phrases(
    "day before yesterday|vorgestern|avant-hier|anteayer|l'altro ieri|altroieri|eergisteren|anteontem|" +
      'przedwczoraj|förrgår|i förrgår|kemarin lusa|kelmarin|hôm kia',
  ).map((w) => [w, -2] as const),
]);
/** …and in CJK scripts and Thai, which have no spaces and so cannot be word-bounded. */
const DAY_WORDS_CJK: ReadonlyMap<string, number> = new Map([
  ...words('今日 今天 本日 오늘 วันนี้').map((w) => [w, 0] as const),
  ...words('昨日 昨天 어제 เมื่อวาน เมื่อวานนี้').map((w) => [w, -1] as const),
  ...words('一昨日 おととい 前天 그저께 เมื่อวานซืน').map((w) => [w, -2] as const),
]);
/** Chinese 星期一…星期日 / 周一 count from Monday; Japanese 月曜…日曜 name the weekday by its element. */
const CJK_WEEKDAY_DIGITS = '一二三四五六日';
const JA_WEEKDAY_KANJI = '月火水木金土日';

/** Texts meaning "a moment ago"; CJK ones cannot be word-bounded, and a lone 今 must be the whole text. */
const JUST_NOW_LATIN = phrases(
  [
    'just now|right now|now|a moment ago|moments ago|a few seconds ago|few seconds ago|seconds ago',
    'gerade eben|soeben|jetzt|vor wenigen sekunden|vor ein paar sekunden',
    "à l'instant|a l'instant|maintenant|il y a quelques secondes",
    'ahora mismo|justo ahora|ahora|hace un momento|hace unos segundos',
    'adesso|proprio ora|poco fa|agora mesmo|agora|há pouco|zojuist|nu',
    'przed chwilą|teraz|nyss|just nu|şimdi|az önce',
    'baru saja|baru sahaja|vừa xong|vừa mới|vừa nãy',
  ].join('|'),
);
const JUST_NOW_CJK = words('刚刚 剛剛 刚才 剛才 たった今 방금 เมื่อสักครู่ เมื่อครู่');

/** Words before a clock time saying which half of the day it is (Japanese, Chinese, Korean). */
type Daypart = 'am' | 'pm' | 'noon';
const DAYPART_WORDS: ReadonlyMap<string, Daypart> = new Map([
  ...words('午前 上午 早上 早晨 凌晨 오전').map((w) => [w, 'am'] as const),
  ...words('午後 下午 晚上 傍晚 夜里 夜間 오후').map((w) => [w, 'pm'] as const),
  ['中午', 'noon'] as const,
]);

// -----------------------------------------------------------------------------------------------------------
// Patterns, compiled once. Text is normalised (lower case, NFKC) before any of them runs.

const ISO_INSTANT_RE =
  /(?<!\d)(\d{4})-(\d{2})-(\d{2})[t ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)? ?(z|[+-]\d{2}(?::?\d{2})?)(?![\p{L}\d])/u;
const ZONE_RE = /^([+-])(\d{2}):?(\d{2})?$/;

const NUMBER = `(?:(?<!\\p{N})(\\d{1,4})|(?<!\\p{L})(${alternation(NUMBER_WORDS.keys())})(?!\\p{L}))`;
const UNIT = `(${alternation(UNIT_MS.keys())})`;
/** "vor 2 Stunden", "il y a 2 heures", "hace 2 horas", "há 2 horas", "för 2 timmar sedan", "cách đây 2 giờ". */
const AGO_PREFIX_RE = new RegExp(
  `(?<!\\p{L})(?:vor|il y a|hace|há|för|cách đây) ${NUMBER}\\s*'?\\s*${UNIT}(?!\\p{L})`,
  'u',
);
/**
 * "5 minutes ago", "2 ore fa", "2 uur geleden", "3 dni temu", "2 saat önce", "3時間前", "3小时前",
 * "2 jam yang lalu", "2 giờ trước", "2 ชั่วโมงที่แล้ว".
 */
const AGO_SUFFIX_RE = new RegExp(
  `${NUMBER}\\s*'?\\s*${UNIT}\\.?\\s*(?:前|전|ที่แล้ว|ที่ผ่านมา|ก่อน|(?:ago|fa|geleden|temu|sedan|önce|atrás|yang lalu|lalu|yang lepas|lepas|trước)(?!\\p{L}))`,
  'u',
);
const COMPACT_AGO_RE = new RegExp(
  `(?<![\\p{L}\\p{N}:./-])(\\d{1,4}) ?(${alternation(COMPACT_UNITS)})(?![\\p{L}\\p{N}])`,
  'u',
);
const JUST_NOW_RE = new RegExp(
  `(?<!\\p{L})(?:${alternation(JUST_NOW_LATIN)})(?!\\p{L})|${alternation(JUST_NOW_CJK)}|^今$`,
  'u',
);

/**
 * A clock time: "16:04", "16:04:55", "4:04 PM", "4:04pm", "4 p.m.", "9.12 Uhr", "16 Uhr", "16h04", "16 h 04",
 * "下午4:04", "午前9:12", "16時04分", "下午4点5分". Groups: 1 daypart word, 2 hour, 3 minute, 4 second,
 * 5 minute (dot form), 6 minute (h form), 7 minute (CJK form), 8 a/p. A number before 時間/时间/시간 is a
 * duration, not a clock.
 */
const TIME_RE = new RegExp(
  `(?:(${alternation(DAYPART_WORDS.keys())})\\s*)?(?<![\\d:./-])(\\d{1,2})(?:` +
    [
      ':(\\d{2})(?::(\\d{2}))?',
      '\\.(\\d{2})(?=\\s*uhr)',
      ' ?h ?(\\d{2})',
      '\\s*[時时点點시](?![間间간])\\s*(?:(\\d{1,2})\\s*[分분]?)?',
      '(?=\\s*(?:[ap]\\.?\\s?m\\.?|uhr)(?!\\p{L}))',
    ].join('|') +
    ')(?!\\d)(?:\\s*([ap])\\.?\\s?m\\.?(?!\\p{L}))?',
  'u',
);

/** "2026-09-04", "2026/09/04", "2026.09.04", "2026. 9. 4." */
const YEAR_FIRST_RE = /(?<!\d)(\d{4})([-/.])\s?(\d{1,2})\2\s?(\d{1,2})(?!\d)/;
/** "2026年9月4日", "9月4日", "9月4号", "2026년 9월 4일" */
const CJK_DATE_RE = /(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号號일]/;
/** "04/09/2026", "04.09.2026", "4-9-26": the locale decides which number is the month. */
const NUMERIC_DATE_RE = /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/;
/** Shopee's "04/09" and German "04.09." without a year. */
const NUMERIC_SHORT_DATE_RE = /(?<![\d./-])(\d{1,2})(?:\/(\d{1,2})(?![\d/])|\.(\d{1,2})\.(?!\d))/;
/** "4 Sep 2026", "4. Sept. 2026", "4 de septiembre de 2026", "1er mars". Month checked in code. */
const DAY_FIRST_RE =
  /(?<![\p{L}\p{N}.:/-])(\d{1,2})(?!\d)(?:st|nd|rd|th|er|o)?\.?\s*(?:del?\s+)?(\p{L}+)\.?(?:\s*,?\s*(?:del?\s+)?(\d{4})(?!\d))?/gu;
/** "Sep 4, 2026", "September 4th 2026", "Mar 5". Month checked in code. */
const MONTH_FIRST_RE = /(?<!\p{L})(\p{L}+)\.?\s*(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:\s*,?\s*(\d{4})(?!\d))?/gu;
const DAY_WORD_RE = new RegExp(
  `(?<!\\p{L})(${alternation(DAY_WORDS_LATIN.keys())})(?!\\p{L})|(${alternation(DAY_WORDS_CJK.keys())})`,
  'u',
);
const LETTERS_RE = /\p{L}+/gu;
const LETTER_RE = /\p{L}/u;
/** Portuguese weekdays are written "segunda-feira", "sexta-feira". */
const FEIRA_RE = /-?feira/g;
/** "星期五", "周五", "週五", "礼拜五" (Chinese) and "金曜日", "金曜" (Japanese). */
const CJK_WEEKDAY_RE = new RegExp(
  `(?:星期|周|週|礼拜|禮拜)([${CJK_WEEKDAY_DIGITS}天])|([${JA_WEEKDAY_KANJI}])曜日?`,
  'u',
);

// -----------------------------------------------------------------------------------------------------------
// Parsing

/** Strategies from the most to the least specific, so a weaker reading never shadows a stronger one. */
function parse(text: string, monthFirst: boolean, now: number, clock: WallClock): ParsedTime {
  if (text === '') return unknown();
  const instant = parseIsoInstant(text);
  if (instant !== undefined) return instant === INVALID ? unknown() : { at: instant, precision: 'minute' };
  const ago = parseAgo(text);
  if (ago !== undefined) return { at: now - ago, precision: 'relative' };
  if (JUST_NOW_RE.test(text)) return { at: now, precision: 'relative' };
  const absolute = parseWallClock(text, monthFirst, now, clock);
  if (absolute !== undefined) return absolute;
  const compact = parseCompactAgo(text);
  if (compact !== undefined) return { at: now - compact, precision: 'relative' };
  return unknown();
}

/** ISO 8601 with Z or an offset names an exact instant, whatever the seller's zone. */
function parseIsoInstant(text: string): Found<number> {
  const m = ISO_INSTANT_RE.exec(text);
  if (!m) return undefined;
  const [, year, month, day, hour, minute, second, zone] = m;
  const date = calendarDate(Number(year), Number(month), Number(day));
  const offset = zoneOffsetMinutes(zone ?? 'z');
  if (
    date === INVALID ||
    offset === undefined ||
    Number(hour) > 23 ||
    Number(minute) > 59 ||
    Number(second) > 59
  ) {
    return INVALID;
  }
  // Seconds are dropped like everywhere else, so an ISO reading equals the "4:04 PM" reading of a message.
  return Date.UTC(date.year, date.month, date.day, Number(hour), Number(minute)) - offset * MINUTE_MS;
}

/** Minutes east of UTC for "z", "+02", "+0200", "-05:30"; undefined for impossible offsets. */
function zoneOffsetMinutes(zone: string): number | undefined {
  if (zone === 'z') return 0;
  const m = ZONE_RE.exec(zone);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Duration in ms of an explicit relative text ("vor 2 Stunden", "3時間前"), or undefined. */
function parseAgo(text: string): number | undefined {
  const m = AGO_PREFIX_RE.exec(text) ?? AGO_SUFFIX_RE.exec(text);
  if (!m) return undefined;
  const [, digits, word, unit] = m;
  const amount = digits !== undefined ? Number(digits) : NUMBER_WORDS.get(word ?? '');
  const unitMs = UNIT_MS.get(unit ?? '');
  return amount === undefined || unitMs === undefined ? undefined : amount * unitMs;
}

/** eBay's "7h": accepted only when nothing else in the text is numeric; the bare form is easily mistaken. */
function parseCompactAgo(text: string): number | undefined {
  const m = COMPACT_AGO_RE.exec(text);
  if (!m) return undefined;
  const rest = text.slice(0, m.index) + text.slice(m.index + m[0].length);
  const unitMs = UNIT_MS.get(m[2] ?? '');
  return DIGIT_RE.test(rest) || unitMs === undefined ? undefined : Number(m[1]) * unitMs;
}

/** Dates and clock times on the seller's wall clock; undefined when the text holds neither. */
function parseWallClock(
  text: string,
  monthFirst: boolean,
  now: number,
  clock: WallClock,
): ParsedTime | undefined {
  const today = clock.dateOf(now);
  const time = extractTime(text);
  if (time === INVALID) return unknown();
  const rest = time ? time.rest : text;
  const date = findDate(rest, monthFirst, today, time !== undefined);
  if (date === INVALID) return unknown();
  if (date !== undefined) {
    return time
      ? { at: clock.toEpoch(date, time.time), precision: 'minute' }
      : { at: clock.toEpoch(date, MIDNIGHT), precision: 'day' };
  }
  if (!time) return undefined;
  // Portals print a bare clock time for today's messages; leftover digits mean a date we could not read.
  return DIGIT_RE.test(rest) ? unknown() : { at: clock.toEpoch(today, time.time), precision: 'minute' };
}

/** The first clock time in the text, and the text without it (so its digits cannot be misread as a date). */
function extractTime(text: string): Found<{ time: ClockTime; rest: string }> {
  const m = TIME_RE.exec(text);
  if (!m) return undefined;
  const [, daypartWord, hourText, colonMinute, second, dotMinute, hMinute, cjkMinute, meridiem] = m;
  const daypart = meridiem === 'a' ? 'am' : meridiem === 'p' ? 'pm' : DAYPART_WORDS.get(daypartWord ?? '');
  const hour = applyDaypart(Number(hourText), daypart);
  const minute = Number(colonMinute ?? dotMinute ?? hMinute ?? cjkMinute ?? 0);
  if (hour > 23 || minute > 59 || Number(second ?? 0) > 59) return INVALID;
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`;
  return { time: { hour, minute }, rest };
}

/** 12-hour clocks: 12 AM is midnight, 12 PM is noon; 中午 (midday) spans 11:00–13:59. Hours above 12 stay. */
function applyDaypart(hour: number, daypart: Daypart | undefined): number {
  if (daypart === undefined || hour > 12) return hour;
  if (daypart === 'am') return hour === 12 ? 0 : hour;
  if (daypart === 'pm') return hour === 12 ? 12 : hour + 12;
  return hour < 11 ? hour + 12 : hour;
}

function findDate(
  text: string,
  monthFirst: boolean,
  today: CalendarDate,
  hasTime: boolean,
): Found<CalendarDate> {
  return (
    matchYearFirst(text) ??
    matchCjkDate(text, today) ??
    matchNumericDate(text, monthFirst) ??
    matchNamedDate(DAY_FIRST_RE, text, today, 1, 2) ??
    matchNamedDate(MONTH_FIRST_RE, text, today, 2, 1) ??
    matchNumericShortDate(text, monthFirst, today) ??
    matchDayWord(text, today) ??
    matchWeekday(text, today, hasTime)
  );
}

function matchYearFirst(text: string): Found<CalendarDate> {
  const m = YEAR_FIRST_RE.exec(text);
  return m ? calendarDate(Number(m[1]), Number(m[3]), Number(m[4])) : undefined;
}

function matchCjkDate(text: string, today: CalendarDate): Found<CalendarDate> {
  const m = CJK_DATE_RE.exec(text);
  if (!m) return undefined;
  const [, year, month, day] = m;
  return year
    ? calendarDate(Number(year), Number(month), Number(day))
    : withoutYear(Number(month), Number(day), today);
}

function matchNumericDate(text: string, monthFirst: boolean): Found<CalendarDate> {
  const m = NUMERIC_DATE_RE.exec(text);
  if (!m) return undefined;
  const [first, second] = [Number(m[1]), Number(m[3])];
  return monthFirst ? calendarDate(Number(m[4]), first, second) : calendarDate(Number(m[4]), second, first);
}

function matchNumericShortDate(text: string, monthFirst: boolean, today: CalendarDate): Found<CalendarDate> {
  const m = NUMERIC_SHORT_DATE_RE.exec(text);
  if (!m) return undefined;
  const [first, second] = [Number(m[1]), Number(m[2] ?? m[3])];
  return monthFirst ? withoutYear(first, second, today) : withoutYear(second, first, today);
}

/**
 * Day-first or month-first dates with a month name. The regex accepts any word where the month goes, so
 * matches whose word is no month ("um 4", "4 replies") are skipped and the scan resumes one character later.
 */
function matchNamedDate(
  re: RegExp,
  text: string,
  today: CalendarDate,
  dayGroup: number,
  monthGroup: number,
): Found<CalendarDate> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const month = MONTHS.get(m[monthGroup] ?? '');
    if (month !== undefined) {
      const day = Number(m[dayGroup]);
      const year = m[3];
      return year ? calendarDate(Number(year), month + 1, day) : withoutYear(month + 1, day, today);
    }
    re.lastIndex = m.index + 1;
  }
  return undefined;
}

function matchDayWord(text: string, today: CalendarDate): Found<CalendarDate> {
  const m = DAY_WORD_RE.exec(text);
  if (!m) return undefined;
  const offset = m[1] !== undefined ? DAY_WORDS_LATIN.get(m[1]) : DAY_WORDS_CJK.get(m[2] ?? '');
  return offset === undefined ? undefined : addDays(today, offset);
}

/**
 * Inboxes print "Mon 16:04" / "Freitag" / "周五" for messages of the past week: the most recent such
 * weekday, today included. Weekday abbreviations are also common words ("die", "per", "qui") and units
 * ("1 mo"), so the text may hold no other number, and without a clock time no other word.
 */
function matchWeekday(text: string, today: CalendarDate, hasTime: boolean): Found<CalendarDate> {
  const found = cjkWeekday(text) ?? latinWeekday(text);
  if (found === undefined) return undefined;
  const rest = found.rest.replace(FEIRA_RE, '');
  if (DIGIT_RE.test(rest) || (!hasTime && LETTER_RE.test(rest))) return undefined;
  const todayWeekday = (new Date(Date.UTC(today.year, today.month, today.day)).getUTCDay() + 6) % 7;
  return addDays(today, -((todayWeekday - found.weekday + 7) % 7));
}

interface WeekdayMatch {
  /** 0 = Monday. */
  weekday: number;
  /** The text without the weekday. */
  rest: string;
}

function cjkWeekday(text: string): WeekdayMatch | undefined {
  const m = CJK_WEEKDAY_RE.exec(text);
  if (!m) return undefined;
  // 星期天 is a colloquial 星期日.
  const weekday =
    m[1] === undefined
      ? JA_WEEKDAY_KANJI.indexOf(m[2] ?? '')
      : CJK_WEEKDAY_DIGITS.indexOf(m[1] === '天' ? '日' : m[1]);
  return { weekday, rest: text.slice(0, m.index) + text.slice(m.index + m[0].length) };
}

/** The first word of the text that names a weekday. */
function latinWeekday(text: string): WeekdayMatch | undefined {
  for (const m of text.matchAll(LETTERS_RE)) {
    const weekday = WEEKDAYS.get(m[0]);
    if (weekday !== undefined) {
      return { weekday, rest: text.slice(0, m.index) + text.slice(m.index + m[0].length) };
    }
  }
  return undefined;
}
