import { describe, expect, it } from 'vitest';
import { isWithinWorkingHours, localTime, scheduleFor, type WorkingSchedule } from '../../core/away/schedule';
import { DEFAULT_AWAY_SCHEDULE, normaliseAwaySettings } from '../../core/away/settings';

const at = (iso: string) => Date.parse(iso);

describe('working hours in a time zone', () => {
  const shanghai = DEFAULT_AWAY_SCHEDULE; // Mon–Fri 09:00–18:00, Sat 10:00–16:00, Asia/Shanghai (UTC+8, no DST)

  it('reads weekday, date and minutes in the zone, not in UTC', () => {
    // 2026-11-23 is a Monday; 17:30 UTC is Tuesday 01:30 in Shanghai.
    expect(localTime(at('2026-11-23T17:30:00Z'), 'Asia/Shanghai')).toEqual({
      date: '2026-11-24',
      weekday: 2,
      minutes: 90,
    });
  });

  it('Asia/Shanghai: weekdays 09:00–18:00, Saturday 10:00–16:00, Sunday off', () => {
    expect(isWithinWorkingHours(shanghai, at('2026-11-23T01:00:00Z'))).toBe(true); // Mon 09:00
    expect(isWithinWorkingHours(shanghai, at('2026-11-23T00:59:00Z'))).toBe(false); // Mon 08:59
    expect(isWithinWorkingHours(shanghai, at('2026-11-23T09:59:00Z'))).toBe(true); // Mon 17:59
    expect(isWithinWorkingHours(shanghai, at('2026-11-23T10:00:00Z'))).toBe(false); // Mon 18:00 (end exclusive)
    expect(isWithinWorkingHours(shanghai, at('2026-11-28T03:00:00Z'))).toBe(true); // Sat 11:00
    expect(isWithinWorkingHours(shanghai, at('2026-11-28T08:00:00Z'))).toBe(false); // Sat 16:00
    expect(isWithinWorkingHours(shanghai, at('2026-11-29T04:00:00Z'))).toBe(false); // Sun 12:00
  });

  it('America/Los_Angeles follows daylight saving time (PDT UTC-7 in summer, PST UTC-8 in winter)', () => {
    const la: WorkingSchedule = {
      timeZone: 'America/Los_Angeles',
      rules: [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }],
    };
    // Monday 2026-07-13, 16:30 UTC = 09:30 PDT; in winter the same UTC time is 08:30 PST.
    expect(isWithinWorkingHours(la, at('2026-07-13T16:30:00Z'))).toBe(true);
    expect(isWithinWorkingHours(la, at('2026-01-12T16:30:00Z'))).toBe(false);
    expect(isWithinWorkingHours(la, at('2026-01-12T17:30:00Z'))).toBe(true); // 09:30 PST
    // Around the spring change (Sunday 2026-03-08): Monday 09:00 PDT is 16:00 UTC, the Friday before 09:00 PST 17:00 UTC.
    expect(isWithinWorkingHours(la, at('2026-03-09T16:00:00Z'))).toBe(true);
    expect(isWithinWorkingHours(la, at('2026-03-06T16:00:00Z'))).toBe(false);
    expect(isWithinWorkingHours(la, at('2026-03-06T17:00:00Z'))).toBe(true);
    // After the autumn change (Sunday 2026-11-01): Monday 2026-11-02 08:59 PST = 16:59 UTC.
    expect(isWithinWorkingHours(la, at('2026-11-02T16:59:00Z'))).toBe(false);
    expect(isWithinWorkingHours(la, at('2026-11-02T17:00:00Z'))).toBe(true);
  });

  it('Europe/Berlin: CET in winter, CEST in summer', () => {
    const berlin: WorkingSchedule = {
      timeZone: 'Europe/Berlin',
      rules: [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '16:30' }],
    };
    expect(isWithinWorkingHours(berlin, at('2026-06-15T06:00:00Z'))).toBe(true); // Mon 08:00 CEST
    expect(isWithinWorkingHours(berlin, at('2026-12-14T06:00:00Z'))).toBe(false); // Mon 07:00 CET
    expect(isWithinWorkingHours(berlin, at('2026-12-14T07:00:00Z'))).toBe(true);
    expect(isWithinWorkingHours(berlin, at('2026-12-14T15:29:00Z'))).toBe(true); // 16:29 CET
    expect(isWithinWorkingHours(berlin, at('2026-12-14T15:30:00Z'))).toBe(false);
  });

  it('overnight ranges: Friday 22:00–06:00 covers Friday night and Saturday morning, not Friday morning', () => {
    const night: WorkingSchedule = { timeZone: 'UTC', rules: [{ days: [5], start: '22:00', end: '06:00' }] };
    expect(isWithinWorkingHours(night, at('2026-11-27T23:00:00Z'))).toBe(true); // Fri 23:00
    expect(isWithinWorkingHours(night, at('2026-11-28T05:59:00Z'))).toBe(true); // Sat 05:59
    expect(isWithinWorkingHours(night, at('2026-11-28T06:00:00Z'))).toBe(false); // Sat 06:00
    expect(isWithinWorkingHours(night, at('2026-11-27T03:00:00Z'))).toBe(false); // Fri 03:00 (Thursday is off)
    expect(isWithinWorkingHours(night, at('2026-11-27T21:59:00Z'))).toBe(false);
  });

  it('overnight across a week end: Sunday 20:00–02:00 reaches Monday morning', () => {
    const night: WorkingSchedule = { timeZone: 'UTC', rules: [{ days: [0], start: '20:00', end: '02:00' }] };
    expect(isWithinWorkingHours(night, at('2026-11-30T01:00:00Z'))).toBe(true); // Mon 01:00
    expect(isWithinWorkingHours(night, at('2026-11-30T02:00:00Z'))).toBe(false);
  });

  it('00:00–24:00 is the whole day; equal start and end cover nothing; malformed times are ignored', () => {
    const s: WorkingSchedule = {
      timeZone: 'UTC',
      rules: [
        { days: [1], start: '00:00', end: '24:00' },
        { days: [2], start: '10:00', end: '10:00' },
        { days: [3], start: '9:00', end: '25:00' },
      ],
    };
    expect(isWithinWorkingHours(s, at('2026-11-23T23:59:00Z'))).toBe(true);
    expect(isWithinWorkingHours(s, at('2026-11-24T10:00:00Z'))).toBe(false);
    expect(isWithinWorkingHours(s, at('2026-11-25T12:00:00Z'))).toBe(false);
  });

  it('dates off are whole local days off; an overnight shift from the evening before still covers its morning', () => {
    const s: WorkingSchedule = {
      timeZone: 'Asia/Shanghai',
      rules: [
        { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
        { days: [2], start: '22:00', end: '02:00' },
      ],
      datesOff: ['2026-11-25'], // a Wednesday
    };
    expect(isWithinWorkingHours(s, at('2026-11-25T03:00:00Z'))).toBe(false); // Wed 11:00, holiday
    expect(isWithinWorkingHours(s, at('2026-11-24T17:00:00Z'))).toBe(true); // Wed 01:00 from Tuesday's night shift
    expect(isWithinWorkingHours(s, at('2026-11-26T03:00:00Z'))).toBe(true); // Thu 11:00
  });

  it('an unknown time zone counts as working time (away mode stays silent rather than answering at random hours)', () => {
    expect(isWithinWorkingHours({ timeZone: 'Mars/Olympus', rules: [] }, at('2026-11-23T03:00:00Z'))).toBe(
      true,
    );
  });
});

describe('which schedule applies', () => {
  const base: WorkingSchedule = { timeZone: 'Asia/Shanghai', rules: [] };
  const amazon: WorkingSchedule = { timeZone: 'UTC', rules: [] };
  const amazonDe: WorkingSchedule = { timeZone: 'Europe/Berlin', rules: [] };
  const shop: WorkingSchedule = { timeZone: 'Asia/Bangkok', rules: [] };
  const overrides = [
    { scope: { platform: 'amazon' as const, site: 'amazon.de' }, schedule: amazonDe },
    { scope: { platform: 'shopee' as const, site: 'shopee.co.th', shop: 'Siam Store' }, schedule: shop },
    { scope: { platform: 'amazon' as const }, schedule: amazon },
  ];

  it('the most specific matching scope wins, whatever the order', () => {
    expect(scheduleFor({ platform: 'amazon', site: 'amazon.de' }, base, overrides)).toBe(amazonDe);
    expect(scheduleFor({ platform: 'amazon', site: 'amazon.fr' }, base, overrides)).toBe(amazon);
    expect(
      scheduleFor({ platform: 'shopee', site: 'shopee.co.th', shop: 'Siam Store' }, base, overrides),
    ).toBe(shop);
    expect(scheduleFor({ platform: 'shopee', site: 'shopee.co.th', shop: 'Other' }, base, overrides)).toBe(
      base,
    );
    expect(scheduleFor({ platform: 'ebay', site: 'ebay.de' }, base, overrides)).toBe(base);
  });
});

describe('stored away settings', () => {
  it('are off by default, with the Shanghai office hours, the off-hours template and a 12-hour window', () => {
    const s = normaliseAwaySettings(undefined);
    expect(s.enabled).toBe(false);
    expect(s.templateId).toBe('default:off-hours');
    expect(s.windowHours).toBe(12);
    expect(s.schedule.timeZone).toBe('Asia/Shanghai');
  });

  it('fill missing fields and clamp the window', () => {
    expect(normaliseAwaySettings({ enabled: true, windowHours: 0 }).windowHours).toBe(1);
    expect(normaliseAwaySettings({ windowHours: Number.NaN }).windowHours).toBe(12);
    expect(normaliseAwaySettings({ windowHours: 10_000 }).windowHours).toBe(168);
    expect(normaliseAwaySettings({ enabled: 'yes' as unknown as boolean }).enabled).toBe(false);
  });
});
