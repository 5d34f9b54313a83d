import type { ThreadRecord } from '../core/model';
import { isOverdue } from '../storage/queries';
import { useI18n } from './i18n-context';
import { OverdueChip } from './overdue-chip';
import { PlatformBadge } from './platform-badge';
import { SiteBadge } from './site-badge';
import { StateChip } from './state-chip';
import { threadSubject } from './thread-subject';

/** Who the buyer is and what the conversation is about. All of it is buyer or portal text: React text only. */
export function ThreadSummary({ thread, now }: { thread: ThreadRecord; now: number }) {
  const { t, settings } = useI18n();
  const subject = threadSubject(thread, t);
  return (
    <div className="px-3 pt-1 pb-2">
      <div className="flex items-center gap-1.5">
        <h2 data-testid="thread-buyer" className="min-w-0 truncate text-[15px] font-semibold text-slate-900">
          {thread.buyerName || t('unknownBuyer')}
        </h2>
        <PlatformBadge platform={thread.platform} />
        <SiteBadge site={thread.site} shop={thread.shop} />
        <span className="ml-auto flex shrink-0 items-center gap-1">
          {isOverdue(thread, now, settings.slaHours) && <OverdueChip waitedMs={now - thread.lastInboundAt} />}
          <StateChip state={thread.state} />
        </span>
      </div>
      {subject && (
        <p
          data-testid="thread-subject"
          className="mt-0.5 line-clamp-2 text-[12px] leading-snug text-slate-700"
        >
          {subject}
        </p>
      )}
      {(thread.orderIds.length > 0 || thread.portalStatus) && (
        <dl className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-[11px]">
          {thread.orderIds.length > 0 && (
            <div className="flex min-w-0 flex-wrap items-center gap-1">
              <dt className="text-slate-500">{t('orders')}</dt>
              {thread.orderIds.map((id) => (
                <dd
                  key={id}
                  className="rounded bg-slate-100 px-1 font-mono text-[10.5px] text-slate-700 select-all"
                  data-testid="order-id"
                >
                  {id}
                </dd>
              ))}
            </div>
          )}
          {thread.portalStatus && (
            <div className="flex min-w-0 items-center gap-1">
              <dt className="text-slate-500">{t('portalStatus')}</dt>
              <dd className="truncate text-slate-700">{thread.portalStatus}</dd>
            </div>
          )}
        </dl>
      )}
    </div>
  );
}
