import type { ThreadRecord } from '../core/model';
import { isOverdue } from '../storage/queries';
import { formatRelativeTime } from './i18n';
import { useI18n } from './i18n-context';
import { FlagIcon } from './icons';
import { IntentChip, urgentReasonsText } from './inbox-intent';
import { OverdueChip } from './overdue-chip';
import { PLATFORM_DOTS, PlatformBadge } from './platform-badge';
import { SiteBadge } from './site-badge';
import { StateChip } from './state-chip';
import { threadSubject } from './thread-subject';

interface InboxRowProps {
  thread: ThreadRecord;
  now: number;
  onOpen: (threadId: string) => void;
}

/** One conversation in the list. Buyer text is rendered as React text only: it is hostile input. */
export function InboxRow({ thread, now, onOpen }: InboxRowProps) {
  const { t, language, settings } = useI18n();
  const unread = thread.unread === 1;
  const overdue = isOverdue(thread, now, settings.slaHours);
  const ours = thread.snippetDirection === 'out';
  const subject = threadSubject(thread, t);
  // Detected reasons, or just "Urgent" for a flag the agent set by hand.
  const reasons = thread.urgent === 1 ? urgentReasonsText(thread.urgentReasons, t) : '';
  const negative = thread.sentiment === 'negative';

  return (
    <li>
      <button
        type="button"
        data-testid="inbox-row"
        data-thread-id={thread.id}
        data-unread={unread ? '1' : '0'}
        data-urgent={thread.urgent === 1 ? '1' : '0'}
        onClick={() => onOpen(thread.id)}
        className={`group relative flex w-full gap-2 border-b border-slate-100 py-2 pr-3 pl-5 text-left transition-colors hover:bg-slate-50 focus-visible:bg-teal-50/60 focus-visible:outline-none ${
          unread ? 'bg-white' : 'bg-white/60'
        }`}
      >
        <span
          className={`absolute top-0 bottom-0 left-0 w-0.5 ${PLATFORM_DOTS[thread.platform]} opacity-70`}
          aria-hidden="true"
        />
        {unread && (
          <span className="absolute top-3.5 left-2 size-2 rounded-full bg-teal-600" title={t('unread')} />
        )}
        <span className="min-w-0 flex-1">
          <span className="flex items-center gap-1.5">
            <span
              className={`min-w-0 truncate text-[13px] ${unread ? 'font-semibold text-slate-900' : 'font-medium text-slate-700'}`}
            >
              {thread.buyerName || t('unknownBuyer')}
            </span>
            <PlatformBadge platform={thread.platform} />
            <SiteBadge site={thread.site} shop={thread.shop} />
            <span className="ml-auto flex shrink-0 items-center gap-1 pl-1">
              {thread.urgent === 1 && (
                <span title={reasons || t('urgent')} data-testid="urgent-flag">
                  <FlagIcon className="size-3 text-red-600" fill="currentColor" />
                  <span className="sr-only">
                    {reasons ? t('inboxUrgentReasons', { reasons }) : t('urgent')}
                  </span>
                </span>
              )}
              <time
                className={`text-[11px] tabular-nums ${unread ? 'font-semibold text-teal-700' : 'text-slate-500'}`}
                dateTime={new Date(thread.lastMessageAt).toISOString()}
              >
                {formatRelativeTime(thread.lastMessageAt, now, language)}
              </time>
            </span>
          </span>
          {subject && (
            <span
              className={`mt-0.5 block truncate text-[12px] ${unread ? 'font-semibold text-slate-800' : 'text-slate-700'}`}
            >
              {subject}
            </span>
          )}
          <span className="mt-0.5 flex items-center gap-1.5">
            {negative && (
              <span
                data-testid="negative-sentiment"
                role="img"
                aria-label={t('inboxNegativeTitle')}
                title={t('inboxNegativeTitle')}
                className="size-1.5 shrink-0 rounded-full bg-rose-400"
              />
            )}
            <span className="min-w-0 flex-1 truncate text-[12px] text-slate-500">
              {ours && <span className="text-slate-400">{t('you')}: </span>}
              {thread.snippet}
            </span>
            <IntentChip intent={thread.intent} t={t} />
            {overdue && <OverdueChip waitedMs={now - thread.lastInboundAt} />}
            <StateChip state={thread.state} />
          </span>
        </span>
      </button>
    </li>
  );
}
