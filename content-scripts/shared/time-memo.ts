import { type ParsedTime, parsePortalTime } from '../../core/portal-time';

/**
 * parsePortalTime for the timestamps a scan reads, memoised across scans: a 200-message thread prints mostly the
 * same few hundred texts every scan, and parsing each costs microseconds of regexes.
 *
 * Exact for the local clock (the adapters never pass a time zone): `now` enters a parse only as the local calendar
 * date it falls on (dates without a year, "Today", weekdays, bare clocks) or as `now - age` for a 'relative' result
 * ("5 minutes ago", "just now"). So a result is kept per text and locale for the day it was computed on, a
 * relative one re-anchored on the new `now` (tests/unit/time-memo.test.ts holds parsePortalTime to this).
 */

interface Memo {
  day: number;
  at: number | null;
  precision: ParsedTime['precision'];
  /** `now - at` of a relative result; null otherwise. */
  age: number | null;
}

const MAX_ENTRIES = 4_000;
const memo = new Map<string, Memo>();
let lastNow = Number.NaN;
let lastDay = 0;

/** The local calendar day of an instant, as one number. */
export function localDay(now: number): number {
  if (now === lastNow) return lastDay;
  const d = new Date(now);
  lastNow = now;
  lastDay = d.getFullYear() * 10_000 + d.getMonth() * 100 + d.getDate();
  return lastDay;
}

export function parseTimeMemo(text: string, locale: string, now: number): ParsedTime {
  if (!Number.isFinite(now)) return parsePortalTime(text, locale, now);
  const key = `${locale}\u0000${text}`;
  const day = localDay(now);
  const hit = memo.get(key);
  if (hit !== undefined && hit.day === day) {
    return { at: hit.age === null ? hit.at : now - hit.age, precision: hit.precision };
  }
  const parsed = parsePortalTime(text, locale, now);
  if (memo.size >= MAX_ENTRIES) memo.clear();
  memo.set(key, {
    day,
    at: parsed.at,
    precision: parsed.precision,
    age: parsed.precision === 'relative' && parsed.at !== null ? now - parsed.at : null,
  });
  return parsed;
}
