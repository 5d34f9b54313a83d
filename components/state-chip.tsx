import type { ThreadState } from '../core/model';
import { useI18n } from './i18n-context';

/** Shows only the states that differ from the default: pending and handled. */
export function StateChip({ state }: { state: ThreadState }) {
  const { t } = useI18n();
  if (state === 'open') return null;
  const style = state === 'done' ? 'bg-emerald-50 text-emerald-700' : 'bg-violet-50 text-violet-700';
  return (
    <span
      className={`inline-flex h-4 shrink-0 items-center rounded px-1 text-[10px] font-medium leading-none ${style}`}
    >
      {state === 'done' ? t('stateHandled') : t('statePending')}
    </span>
  );
}
