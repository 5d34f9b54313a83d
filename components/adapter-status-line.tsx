import type { PageKind } from '../core/model';
import type { MessageKey } from './i18n';
import { useI18n } from './i18n-context';
import { AlertIcon } from './icons';
import { PlatformBadge } from './platform-badge';
import type { TabStatus } from './use-adapter-statuses';

const PAGE_LABELS: Record<PageKind, MessageKey> = {
  thread: 'pageThread',
  inbox: 'pageInbox',
  'inbox-with-thread': 'pageInboxWithThread',
  other: 'pageOther',
  unrecognised: 'pageUnrecognised',
};

export function AdapterStatusLine({ status }: { status: TabStatus }) {
  const { t } = useI18n();
  const broken = status.page === 'unrecognised';
  return (
    <li
      data-testid="adapter-status-tab"
      data-tab-id={status.tabId}
      data-page={status.page}
      title={t('adapterRead', { threads: status.threadsRead, messages: status.messagesRead })}
      className="px-3 py-1.5"
    >
      <div className="flex flex-wrap items-center gap-x-1.5 gap-y-0.5 text-[11px]">
        <span
          className={`size-1.5 shrink-0 rounded-full ${broken ? 'bg-red-500' : status.page === 'other' ? 'bg-slate-300' : 'bg-emerald-500'}`}
          aria-hidden="true"
        />
        <PlatformBadge platform={status.platform} />
        <span className="min-w-0 max-w-full truncate text-slate-700">{status.host}</span>
        <span className={`shrink-0 ${broken ? 'font-semibold text-red-700' : 'text-slate-500'}`}>
          · {t(PAGE_LABELS[status.page])}
        </span>
        {status.pendingSnapshots > 0 && (
          <span className="ml-auto shrink-0 rounded bg-amber-100 px-1 text-[10px] font-medium text-amber-800">
            {t('adapterPending', { count: status.pendingSnapshots })}
          </span>
        )}
      </div>
      {broken && (
        <p
          role="alert"
          className="mt-1 flex gap-1.5 rounded-md border border-red-200 bg-red-50 px-2 py-1.5 text-[11px] leading-snug text-red-800"
        >
          <AlertIcon className="mt-px size-3.5 shrink-0" />
          <span>
            {t('adapterUnrecognised')}
            {status.missing.length > 0 && (
              <>
                {t('adapterMissing')}{' '}
                {status.missing.map((anchor, i) => (
                  <span key={anchor}>
                    {i > 0 && ', '}
                    <code className="rounded bg-red-100 px-0.5 font-mono text-[10px]">{anchor}</code>
                  </span>
                ))}
              </>
            )}
          </span>
        </p>
      )}
    </li>
  );
}
