import { useId, useMemo, useState } from 'react';
import {
  isValidTime,
  isValidTimeZone,
  timeZones,
  WEEKDAYS,
  type Weekday,
  type WorkingRule,
  type WorkingSchedule,
} from '../../core/away/schedule';
import { useI18n } from '../i18n-context';
import { Button, inputClass } from './controls';

/** Short weekday names in the UI language, Monday first (2026-11-22 is a Sunday). */
function useWeekdayNames(): Record<Weekday, string> {
  const { language } = useI18n();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' });
    const names = {} as Record<Weekday, string>;
    for (const day of WEEKDAYS) names[day] = format.format(Date.UTC(2026, 10, 22 + day));
    return names;
  }, [language]);
}

/** Problems of a schedule, for the Save button (an invalid zone or time is never saved). */
export function scheduleErrors(schedule: WorkingSchedule): string[] {
  const errors: string[] = [];
  if (!isValidTimeZone(schedule.timeZone)) errors.push('timeZone');
  for (const rule of schedule.rules) {
    if (!isValidTime(rule.start) || !isValidTime(rule.end)) errors.push('time');
  }
  for (const date of schedule.datesOff ?? []) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errors.push('date');
  }
  return errors;
}

/**
 * Working hours: a time zone, rules of weekdays with an HH:MM range each (an end before the start runs past
 * midnight), and whole days off. Times are typed, not picked, because `24:00` and overnight ranges are allowed.
 */
export function ScheduleEditor({
  schedule,
  onChange,
  testId,
}: {
  schedule: WorkingSchedule;
  onChange: (schedule: WorkingSchedule) => void;
  testId: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const names = useWeekdayNames();
  // The typed text stays as typed (a trailing newline included); the schedule gets the parsed dates.
  const [datesText, setDatesText] = useState(() => (schedule.datesOff ?? []).join('\n'));
  const zones = useMemo(() => {
    const all = timeZones();
    return all.includes(schedule.timeZone) ? all : [schedule.timeZone, ...all];
  }, [schedule.timeZone]);

  const setRule = (index: number, rule: WorkingRule) =>
    onChange({ ...schedule, rules: schedule.rules.map((r, i) => (i === index ? rule : r)) });
  const toggleDay = (index: number, day: Weekday) => {
    const rule = schedule.rules[index]!;
    const days = rule.days.includes(day) ? rule.days.filter((d) => d !== day) : [...rule.days, day];
    setRule(index, { ...rule, days: WEEKDAYS.filter((d) => days.includes(d)) });
  };

  return (
    <div data-testid={testId} className="space-y-2.5">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${id}-tz`} className="text-[12px] font-medium text-slate-700">
          {t('awayTimeZone')}
        </label>
        <select
          id={`${id}-tz`}
          data-testid={`${testId}-timezone`}
          value={schedule.timeZone}
          onChange={(e) => onChange({ ...schedule, timeZone: e.target.value })}
          className={inputClass(!isValidTimeZone(schedule.timeZone), 'w-60')}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </div>
      <ul className="space-y-1.5">
        {schedule.rules.map((rule, index) => {
          const invalid = !isValidTime(rule.start) || !isValidTime(rule.end);
          return (
            <li key={index} data-testid={`${testId}-rule`} className="flex flex-wrap items-center gap-1.5">
              <div className="flex gap-0.5">
                {WEEKDAYS.map((day) => (
                  <button
                    key={day}
                    type="button"
                    aria-pressed={rule.days.includes(day)}
                    onClick={() => toggleDay(index, day)}
                    className={`h-7 min-w-9 rounded px-1.5 text-[11.5px] ${
                      rule.days.includes(day)
                        ? 'bg-teal-700 text-white'
                        : 'border border-slate-200 bg-white text-slate-500 hover:bg-slate-50'
                    }`}
                  >
                    {names[day]}
                  </button>
                ))}
              </div>
              <span className="text-[12px] text-slate-500">{t('awayFrom')}</span>
              <input
                aria-label={t('awayFrom')}
                value={rule.start}
                onChange={(e) => setRule(index, { ...rule, start: e.target.value.trim() })}
                placeholder="09:00"
                className={inputClass(!isValidTime(rule.start), 'w-18')}
              />
              <span className="text-[12px] text-slate-500">{t('awayTo')}</span>
              <input
                aria-label={t('awayTo')}
                value={rule.end}
                onChange={(e) => setRule(index, { ...rule, end: e.target.value.trim() })}
                placeholder="18:00"
                className={inputClass(!isValidTime(rule.end), 'w-18')}
              />
              <Button
                tone="danger"
                onClick={() => onChange({ ...schedule, rules: schedule.rules.filter((_, i) => i !== index) })}
              >
                {t('replyRemove')}
              </Button>
              {invalid && <span className="w-full text-[11.5px] text-red-600">{t('awayInvalidTime')}</span>}
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          tone="quiet"
          testId={`${testId}-add-rule`}
          onClick={() =>
            onChange({
              ...schedule,
              rules: [...schedule.rules, { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' }],
            })
          }
        >
          {t('awayAddRange')}
        </Button>
        <span className="text-[11.5px] text-slate-400">{t('awayOvernight')}</span>
      </div>
      <div>
        <label htmlFor={`${id}-off`} className="mb-1 block text-[12px] font-medium text-slate-700">
          {t('awayDatesOff')}
        </label>
        <textarea
          id={`${id}-off`}
          rows={2}
          value={datesText}
          onChange={(e) => {
            setDatesText(e.target.value);
            onChange({
              ...schedule,
              datesOff: e.target.value
                .split(/[\n,]+/)
                .map((d) => d.trim())
                .filter(Boolean),
            });
          }}
          placeholder="2026-10-01"
          className="block w-60 rounded-md border border-slate-200 bg-white px-2.5 py-1.5 text-[12.5px] text-slate-800 focus:border-teal-500 focus:ring-2 focus:ring-teal-500/20 focus:outline-none"
        />
      </div>
    </div>
  );
}
