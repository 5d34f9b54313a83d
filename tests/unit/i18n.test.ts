import { describe, expect, it } from 'vitest';
import {
  DICTIONARIES,
  formatAbsoluteTime,
  formatDuration,
  formatRelativeTime,
  resolveLanguage,
  translator,
} from '../../components/i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = new Date(2026, 10, 23, 12, 0).getTime();

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it('have the same keys in Chinese and English', () => {
    expect(Object.keys(DICTIONARIES['zh-CN']).sort()).toEqual(Object.keys(DICTIONARIES.en).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(DICTIONARIES.en) as (keyof typeof DICTIONARIES.en)[]) {
      expect(placeholders(DICTIONARIES['zh-CN'][key]), key).toEqual(placeholders(DICTIONARIES.en[key]));
    }
  });

  it('have no empty strings', () => {
    for (const dictionary of Object.values(DICTIONARIES)) {
      for (const [key, text] of Object.entries(dictionary)) expect(text.trim(), key).not.toBe('');
    }
  });
});

describe('translator', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator('en');

    expect(t('adapterPending', { count: 3 })).toBe('3 waiting to sync');
    expect(t('insertError')).toBe('Could not insert the reply: {error}');
  });

  it('speaks Chinese', () => {
    expect(translator('zh-CN')('tabNeedsReply')).toBe('待回复');
  });
});

describe('UI language', () => {
  it.each([
    ['auto', 'zh-CN', 'zh-CN'],
    ['auto', 'zh-TW', 'zh-CN'],
    ['auto', 'zh', 'zh-CN'],
    ['auto', 'en-US', 'en'],
    ['auto', 'de-DE', 'en'],
    ['en', 'zh-CN', 'en'],
    ['zh-CN', 'en-US', 'zh-CN'],
  ] as const)('preference %s with browser %s → %s', (preference, browser, expected) => {
    expect(resolveLanguage(preference, browser)).toBe(expected);
  });
});

describe('time formats', () => {
  it.each([
    [30 * 1000, 'now', '刚刚'],
    [5 * MINUTE, '5 min', '5分钟'],
    [3 * HOUR + 59 * MINUTE, '3 h', '3小时'],
    [2 * DAY + 5 * HOUR, '2 d', '2天'],
  ])('shows a wait of %i ms as "%s" / "%s"', (ms, english, chinese) => {
    expect(formatDuration(ms, 'en')).toBe(english);
    expect(formatDuration(ms, 'zh-CN')).toBe(chinese);
  });

  it('shows list times relative within a week, then as a date', () => {
    expect(formatRelativeTime(NOW - 5 * MINUTE, NOW, 'en')).toBe('5 min');
    expect(formatRelativeTime(NOW - 10 * DAY, NOW, 'en')).toBe('Nov 13');
    expect(formatRelativeTime(NOW - 10 * DAY, NOW, 'zh-CN')).toBe('11月13日');
    expect(formatRelativeTime(new Date(2025, 0, 2).getTime(), NOW, 'en')).toBe('Jan 2, 2025');
  });

  it('never shows a negative age for clocks slightly ahead', () => {
    expect(formatRelativeTime(NOW + 5 * MINUTE, NOW, 'en')).toBe('now');
  });

  it('formats timeline times with date and time, or the date alone', () => {
    const at = new Date(2026, 2, 5, 14, 7).getTime();

    expect(formatAbsoluteTime(at, 'en')).toMatch(/^Mar 5, 2026, 2:07\sPM$/);
    expect(formatAbsoluteTime(at, 'zh-CN')).toBe('2026年3月5日 14:07');
    expect(formatAbsoluteTime(at, 'en', true)).toBe('Mar 5, 2026');
  });
});
