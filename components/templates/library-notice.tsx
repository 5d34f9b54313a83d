import { useI18n } from '../i18n-context';
import { CloseIcon } from '../icons';
import type { LibraryNotice } from './use-template-exchange';

const TONES = {
  ok: 'border-emerald-200 bg-emerald-50 text-emerald-800',
  warn: 'border-amber-200 bg-amber-50 text-amber-900',
  error: 'border-red-200 bg-red-50 text-red-700',
} as const;

/** The outcome of the last library action (saved, deleted, imported…), until dismissed or replaced. */
export function LibraryNoticeLine({ notice, onDismiss }: { notice: LibraryNotice; onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <div
      role={notice.tone === 'ok' ? 'status' : 'alert'}
      data-testid="templates-notice"
      data-tone={notice.tone}
      className={`mx-3 mt-2 flex shrink-0 items-start gap-2 rounded-md border px-2.5 py-1.5 text-[12px] leading-snug ${TONES[notice.tone]}`}
    >
      <div className="min-w-0 flex-1 [overflow-wrap:anywhere]">
        <p>{notice.text}</p>
        {notice.details && notice.details.length > 0 && (
          <ul
            data-testid="templates-notice-details"
            className="mt-0.5 list-disc pl-4 text-[11.5px] opacity-90"
          >
            {notice.details.slice(0, 5).map((line) => (
              <li key={line}>{line}</li>
            ))}
            {notice.details.length > 5 && <li>…</li>}
          </ul>
        )}
      </div>
      <button
        type="button"
        onClick={onDismiss}
        aria-label={t('tplClose')}
        title={t('tplClose')}
        className="shrink-0 rounded p-0.5 opacity-60 hover:opacity-100"
      >
        <CloseIcon className="size-3" />
      </button>
    </div>
  );
}
