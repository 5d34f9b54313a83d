import type { ScopedSchedule, WorkingSchedule } from './schedule';

/**
 * Away mode's preferences (stored in `local:away`, storage/away-settings.ts). Off by default: it is the one feature
 * that clicks the portal's Send button.
 */
export interface AwaySettings {
  enabled: boolean;
  /** Working hours for every store/site without an override. */
  schedule: WorkingSchedule;
  /** Per platform / site / shop working hours; the most specific matching scope wins. */
  overrides: ScopedSchedule[];
  /** The template sent outside working hours (`default:off-hours` from the default pack). */
  templateId: string;
  /** At most one automatic reply per thread within this many hours. */
  windowHours: number;
}

export const DEFAULT_AWAY_SCHEDULE: WorkingSchedule = {
  timeZone: 'Asia/Shanghai',
  rules: [
    { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
    { days: [6], start: '10:00', end: '16:00' },
  ],
  datesOff: [],
};

export const DEFAULT_AWAY_SETTINGS: AwaySettings = {
  enabled: false,
  schedule: DEFAULT_AWAY_SCHEDULE,
  overrides: [],
  templateId: 'default:off-hours',
  windowHours: 12,
};

export const WINDOW_HOURS_MIN = 1;
export const WINDOW_HOURS_MAX = 168;

/** Stored values may predate a field or come from an older version: fill the gaps, clamp the window. */
export function normaliseAwaySettings(value: Partial<AwaySettings> | null | undefined): AwaySettings {
  const merged = { ...DEFAULT_AWAY_SETTINGS, ...(value ?? {}) };
  const hours = Number(merged.windowHours);
  return {
    enabled: merged.enabled === true,
    schedule: merged.schedule ?? DEFAULT_AWAY_SCHEDULE,
    overrides: Array.isArray(merged.overrides) ? merged.overrides : [],
    templateId:
      typeof merged.templateId === 'string' && merged.templateId ? merged.templateId : 'default:off-hours',
    windowHours: Number.isFinite(hours)
      ? Math.min(WINDOW_HOURS_MAX, Math.max(WINDOW_HOURS_MIN, hours))
      : DEFAULT_AWAY_SETTINGS.windowHours,
  };
}
