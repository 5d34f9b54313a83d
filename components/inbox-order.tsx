import { useCallback, useEffect, useState } from 'react';
import { replySettingsItem } from '../storage/reply-settings';
import { useI18n } from './i18n-context';
import { FlagIcon } from './icons';

/** The last value read or written in this page; undefined until the first read answers. */
let known: boolean | undefined;

/**
 * Read once as soon as this module loads, side by side with the UI settings the page waits for anyway, so the first
 * inbox page does not wait for a second storage round trip after them.
 */
const firstRead: Promise<boolean> = replySettingsItem.getValue().then(
  (settings) => (known = settings.urgentFirst === true),
  // An unreadable item must not leave the inbox empty: newest first.
  () => (known = false),
);

/**
 * The inbox order preference (replySettingsItem.urgentFirst), live across pages. Null until read: the inbox waits
 * for it rather than painting newest-first and then re-ordering under the agent's eyes.
 */
export function useUrgentFirst(): [boolean | null, (on: boolean) => void] {
  const [value, setValue] = useState<boolean | null>(() => known ?? null);
  useEffect(() => {
    let active = true;
    void firstRead.then((on) => {
      if (active) setValue((current) => current ?? on);
    });
    const unwatch = replySettingsItem.watch((settings) => {
      known = settings.urgentFirst === true;
      setValue(known);
    });
    return () => {
      active = false;
      unwatch();
    };
  }, []);
  const change = useCallback((on: boolean) => {
    known = on;
    setValue(on);
    // Read-modify-write of the whole item: the other reply settings (agent name, store names…) stay as they are.
    void replySettingsItem
      .getValue()
      .then((settings) => replySettingsItem.setValue({ ...settings, urgentFirst: on }));
  }, []);
  return [value, change];
}

/** "Urgent first" in the inbox header: a pressed/unpressed toggle. */
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
