/**
 * Working hours (issue 5, away mode): weekly rules in an IANA time zone, read through Intl so daylight-saving
 * changes are the platform's problem, not ours. Pure and framework-free.
 */
import type { Platform } from '../model';

/** 0 = Sunday … 6 = Saturday, as `Date#getDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

/**
 * Working time on some weekdays, `HH:MM` local time. `end` may be `24:00`. A rule whose end is before its start
 * runs overnight: `Fri 22:00–06:00` covers Friday 22:00 to Saturday 06:00 (the morning part belongs to the rule's
 * day, so it is switched on and off with that day). A rule whose start equals its end covers nothing.
 */
export interface WorkingRule {
  days: Weekday[];
  start: string;
  end: string;
}

export interface WorkingSchedule {
  /** IANA zone, e.g. `Asia/Shanghai`. An unknown zone makes the schedule invalid (treated as always working). */
  timeZone: string;
  rules: WorkingRule[];
  /** Whole local days off (`YYYY-MM-DD` in the schedule's zone): holidays. */
  datesOff?: string[];
}

/** Which conversations a schedule is for: a platform, optionally one site (`amazon.de`) and one shop. */
export interface ScheduleScope {
  platform: Platform;
  site?: string;
  shop?: string;
}

export interface ScopedSchedule {
  scope: ScheduleScope;
  schedule: WorkingSchedule;
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

export function isValidTime(value: string): boolean {
  return HHMM.test(value);
}

/** Minutes since local midnight, or undefined for a malformed time. */
export function minutesOf(value: string): number | undefined {
  if (!HHMM.test(value)) return undefined;
  const [h, m] = value.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const WEEKDAY_INDEX: Record<string, Weekday> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

export interface LocalTime {
  /** `YYYY-MM-DD` in the zone. */
  date: string;
  weekday: Weekday;
  /** Minutes since local midnight. */
  minutes: number;
}

/** The wall-clock time of `at` (UTC ms) in `timeZone`. Throws on an unknown zone. */
export function localTime(at: number, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(at))) parts[part.type] = part.value;
  const hour = Number(parts.hour) % 24;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAY_INDEX[parts.weekday ?? ''] ?? 0,
    minutes: hour * 60 + Number(parts.minute),
  };
}

const previousDay = (day: Weekday): Weekday => ((day + 6) % 7) as Weekday;

/** The local date one day before `date` (`YYYY-MM-DD`), calendar arithmetic only. */
function previousDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/**
 * Whether `at` falls in working time. A malformed schedule (unknown zone) counts as working: away mode then stays
 * silent rather than answering at the wrong hours. A date off switches off the rules that start on that date
 * (an overnight rule from the evening before still covers the early morning of a holiday).
 */
export function isWithinWorkingHours(schedule: WorkingSchedule, at: number): boolean {
  let local: LocalTime;
  try {
    local = localTime(at, schedule.timeZone);
  } catch {
    return true;
  }
  const off = new Set(schedule.datesOff ?? []);
  const yesterday = previousDay(local.weekday);
  const todayOff = off.has(local.date);
  const yesterdayOff = off.has(previousDate(local.date));
  for (const rule of schedule.rules) {
    const start = minutesOf(rule.start);
    const end = minutesOf(rule.end);
    if (start === undefined || end === undefined || start === end) continue;
    if (start < end) {
      if (!todayOff && rule.days.includes(local.weekday) && local.minutes >= start && local.minutes < end)
        return true;
      continue;
    }
    // Overnight: the evening part today, the morning part from yesterday's rule.
    if (!todayOff && rule.days.includes(local.weekday) && local.minutes >= start) return true;
    if (!yesterdayOff && rule.days.includes(yesterday) && local.minutes < end) return true;
  }
  return false;
}

/**
 * The schedule for a conversation: the override with the most specific matching scope (platform + site + shop,
 * then platform + site, then platform), else the default.
 */
export function scheduleFor(
  thread: { platform: Platform; site: string; shop?: string },
  defaultSchedule: WorkingSchedule,
  overrides: readonly ScopedSchedule[],
): WorkingSchedule {
  let best: { rank: number; schedule: WorkingSchedule } | undefined;
  for (const { scope, schedule } of overrides) {
    if (scope.platform !== thread.platform) continue;
    if (scope.site && scope.site !== thread.site) continue;
    if (scope.shop && scope.shop !== thread.shop) continue;
    const rank = 1 + (scope.site ? 1 : 0) + (scope.shop ? 2 : 0);
    if (!best || rank > best.rank) best = { rank, schedule };
  }
  return best?.schedule ?? defaultSchedule;
}

/** Time zones the options page offers (the browser's full list when it has one). */
export function timeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const list = intl.supportedValuesOf?.('timeZone') ?? [];
  return list.length > 0 ? list : ['Asia/Shanghai', 'UTC'];
}
