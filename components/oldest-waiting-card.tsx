import type { OldestWaiting } from '../storage/queries';
import { formatAbsoluteTime, formatDuration } from './i18n';
import { useI18n } from './i18n-context';
import { ClockIcon } from './icons';
import { PlatformBadge } from './platform-badge';
import { SiteBadge } from './site-badge';

export function OldestWaitingCard({ oldest, overdue }: { oldest: OldestWaiting | null; overdue: boolean }) {
  const { t, language } = useI18n();
  return (
    <div data-testid="stat-oldest" className="rounded-lg border border-slate-200 bg-white px-2.5 py-2">
      <div className="flex items-center text-[11px] text-slate-500">
        {t('statOldest')}
        {oldest && (
          <span
            title={formatAbsoluteTime(oldest.since, language)}
            className={`ml-auto inline-flex items-center gap-1 text-[12px] font-semibold tabular-nums ${
              overdue ? 'text-red-600' : 'text-amber-700'
            }`}
          >
            <ClockIcon className="size-3.5" />
            {t('statOldestWaited', { waited: formatDuration(oldest.waitedMs, language) })}
          </span>
        )}
      </div>
      {oldest ? (
        <div className="mt-1 flex items-center gap-1.5">
          <span className="min-w-0 truncate text-[13px] font-semibold text-slate-900">
            {oldest.buyerName || t('unknownBuyer')}
          </span>
          <PlatformBadge platform={oldest.platform} />
          <SiteBadge site={oldest.site} />
        </div>
      ) : (
        <div className="mt-0.5 text-[12px] text-slate-600">{t('statOldestNone')}</div>
      )}
    </div>
  );
}
