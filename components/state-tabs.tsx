import { STATE_TABS, type StateTab } from '../storage/queries';
import type { MessageKey } from './i18n';
import { useI18n } from './i18n-context';

const LABELS: Record<StateTab, MessageKey> = {
  all: 'tabAll',
  needsReply: 'tabNeedsReply',
  unread: 'tabUnread',
  urgent: 'tabUrgent',
  pending: 'tabPending',
  handled: 'tabHandled',
};

/** Queues that need action colour their count when non-zero. */
const ALERT_TABS = new Set<StateTab>(['needsReply', 'urgent']);

interface StateTabsProps {
  counts: Record<StateTab, number> | undefined;
  active: StateTab;
  onChange: (tab: StateTab) => void;
}

/** Count over label, so all six queues stay visible at side-panel width. */
export function StateTabs({ counts, active, onChange }: StateTabsProps) {
  const { t } = useI18n();
  return (
    <div role="tablist" className="flex border-t border-slate-100 px-1">
      {STATE_TABS.map((tab) => {
        const selected = tab === active;
        // The counts arrive just after the first rows (they read whole indexes): a dash until then, never a false 0.
        const count = counts?.[tab];
        const alert = ALERT_TABS.has(tab) && count !== undefined && count > 0;
        return (
          <button
            key={tab}
            type="button"
            role="tab"
            aria-selected={selected}
            data-testid={`state-tab-${tab}`}
            onClick={() => onChange(tab)}
            className={`-mb-px flex min-w-0 flex-auto flex-col items-center border-b-2 px-1 pt-1.5 pb-1 transition-colors ${
              selected ? 'border-teal-600 bg-teal-50/50' : 'border-transparent hover:bg-slate-50'
            }`}
          >
            <span
              data-testid={`state-count-${tab}`}
              aria-busy={count === undefined}
              className={`text-[14px] leading-5 font-semibold tabular-nums ${
                alert ? 'text-red-600' : selected ? 'text-teal-800' : 'text-slate-700'
              }`}
            >
              {count ?? '–'}
            </span>
            <span
              className={`text-center text-[10.5px] leading-4 whitespace-nowrap ${
                selected ? 'font-semibold text-teal-800' : 'text-slate-500'
              }`}
            >
              {t(LABELS[tab])}
            </span>
          </button>
        );
      })}
    </div>
  );
}
