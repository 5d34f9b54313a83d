import { useCallback, useEffect, useState } from 'react';
import { replySettingsItem } from '../storage/reply-settings';
import { useI18n } from './i18n-context';
import { FlagIcon } from './icons';

/**
 * The preference as this page last saw it, kept in the extension's own localStorage: read synchronously, so the first
 * inbox page starts at once in the right order instead of after a storage round trip. A cache only — the storage
 * item stays the truth and corrects it when they differ (changed by another device's sync, an import…).
 */
const CACHE_KEY = 'hw.inbox.urgentFirst';

function cached(): boolean | undefined {
  try {
    const value = globalThis.localStorage?.getItem(CACHE_KEY);
    return value === '1' ? true : value === '0' ? false : undefined;
  } catch {
    return undefined;
  }
}

function remember(on: boolean): boolean {
  try {
    globalThis.localStorage?.setItem(CACHE_KEY, on ? '1' : '0');
  } catch {
    // No localStorage (a test environment, storage disabled): the next page waits for the item instead.
  }
  return on;
}

/** The last value known in this page: the cache, then the item once read or written. */
let known: boolean | undefined = cached();

/** Read once as soon as this module loads, beside the UI settings the page waits for anyway. */
const firstRead: Promise<boolean> = replySettingsItem.getValue().then(
  (settings) => (known = remember(settings.urgentFirst === true)),
  // An unreadable item must not leave the inbox empty: the cache, else newest first.
  () => (known ??= false),
);

/**
 * The inbox order preference (replySettingsItem.urgentFirst), live across pages. Null only on a page's very first
 * load before the item is read: the inbox waits for it rather than painting newest-first and then re-ordering under
 * the agent's eyes.
 */
export function useUrgentFirst(): [boolean | null, (on: boolean) => void] {
  const [value, setValue] = useState<boolean | null>(() => known ?? null);
  useEffect(() => {
    let active = true;
    void firstRead.then((on) => {
      if (active) setValue(on);
    });
    const unwatch = replySettingsItem.watch((settings) => {
      known = remember(settings.urgentFirst === true);
      setValue(known);
    });
    return () => {
      active = false;
      unwatch();
    };
  }, []);
  const change = useCallback((on: boolean) => {
    known = remember(on);
    setValue(on);
    // Read-modify-write of the whole item: the other reply settings (agent name, store names…) stay as they are.
    void replySettingsItem
      .getValue()
      .then((settings) => replySettingsItem.setValue({ ...settings, urgentFirst: on }));
  }, []);
  return [value, change];
}

/** "Urgent first", at the end of the inbox header's platform chips: a pressed/unpressed toggle. */
export function UrgentFirstToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      data-testid="urgent-first"
      aria-pressed={on}
      title={t('inboxUrgentFirstTitle')}
      onClick={() => onChange(!on)}
      className={`inline-flex h-6 shrink-0 items-center gap-1 rounded-full px-2 text-[11px] font-medium transition-colors ${
        on ? 'bg-red-50 text-red-700 ring-1 ring-red-200 ring-inset' : 'text-slate-500 hover:bg-slate-100'
      }`}
    >
      <FlagIcon className="size-3" fill={on ? 'currentColor' : 'none'} />
      {t('inboxUrgentFirst')}
    </button>
  );
}
