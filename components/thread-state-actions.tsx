import type { ThreadState } from '../core/model';
import { useI18n } from './i18n-context';
import { CheckIcon, ClockIcon, UndoIcon } from './icons';

interface ThreadStateActionsProps {
  state: ThreadState;
  onChange: (state: ThreadState) => void;
}

const primary =
  'inline-flex h-7 items-center gap-1 rounded-md bg-teal-700 px-2.5 text-[12px] font-semibold text-white shadow-sm hover:bg-teal-800';
const secondary =
  'inline-flex h-7 items-center gap-1 rounded-md border border-slate-200 bg-white px-2.5 text-[12px] font-medium text-slate-700 hover:border-slate-300 hover:bg-slate-50';

/** The workflow buttons that make sense from the current state. */
export function ThreadStateActions({ state, onChange }: ThreadStateActionsProps) {
  const { t } = useI18n();
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      {state !== 'done' && (
        <button type="button" data-testid="mark-handled" className={primary} onClick={() => onChange('done')}>
          <CheckIcon className="size-3.5" />
          {t('markHandled')}
        </button>
      )}
      {state === 'open' && (
        <button
          type="button"
          data-testid="mark-pending"
          className={secondary}
          onClick={() => onChange('pending')}
        >
          <ClockIcon className="size-3.5" />
          {t('markPending')}
        </button>
      )}
      {state !== 'open' && (
        <button type="button" data-testid="reopen" className={secondary} onClick={() => onChange('open')}>
          <UndoIcon className="size-3.5" />
          {t('reopen')}
        </button>
      )}
    </div>
  );
}
