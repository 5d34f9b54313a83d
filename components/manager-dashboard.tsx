import { useLiveQuery } from 'dexie-react-hooks';
import { managerStats } from '../storage/queries';
import { useDb } from './db-context';
import { useI18n } from './i18n-context';
import { LanguageSwitcher } from './language-switcher';
import { OldestWaitingCard } from './oldest-waiting-card';
import { OpenInboxButton } from './open-inbox-button';
import { OpenOptionsButton } from './options/open-options-button';
import { PlatformStatsTable } from './platform-stats-table';
import { StatTile } from './stat-tile';
import { useNow } from './use-now';

/** The popup: how much work is waiting, and the way into the inbox. */
export function ManagerDashboard() {
  const db = useDb();
  const { t, settings } = useI18n();
  const now = useNow();
  const stats = useLiveQuery(() => managerStats(db, now, settings.slaHours), [db, now, settings.slaHours]);
  const oldestOverdue = stats?.oldestWaiting
    ? stats.oldestWaiting.waitedMs > settings.slaHours * 3_600_000
    : false;

  return (
    <div className="w-[360px] space-y-2.5 bg-slate-50 p-3 font-sans text-slate-900 antialiased">
      <header className="flex items-center gap-2">
        <span
          className="flex size-7 shrink-0 items-center justify-center rounded-md bg-teal-700 text-[11px] font-bold tracking-tight text-white"
          aria-hidden="true"
        >
          HW
        </span>
        <div className="min-w-0">
          <h1 className="text-[13px] leading-tight font-semibold">{t('extName')}</h1>
          <p className="text-[11px] text-slate-500">{t('statSla', { hours: settings.slaHours })}</p>
        </div>
        <div className="ml-auto flex items-center gap-1">
          <LanguageSwitcher />
          <OpenOptionsButton closeWindow />
        </div>
      </header>
      {stats && (
        <>
          <div className="grid grid-cols-2 gap-2">
            <StatTile testId="stat-open" label={t('statOpen')} value={stats.open} />
            <StatTile
              testId="stat-needs-reply"
              label={t('statNeedsReply')}
              value={stats.needsReply}
              tone="warn"
            />
            <StatTile testId="stat-unread" label={t('statUnread')} value={stats.unread} />
            <StatTile testId="stat-overdue" label={t('statOverdue')} value={stats.overdue} tone="alert" />
          </div>
          <OldestWaitingCard oldest={stats.oldestWaiting} overdue={oldestOverdue} />
          <PlatformStatsTable perPlatform={stats.perPlatform} />
        </>
      )}
      <OpenInboxButton />
    </div>
  );
}
