import type { InsertResult } from '../core/protocol';
import { useI18n } from './i18n-context';
import { AlertIcon, CheckIcon } from './icons';

/** What happened to the last "insert into portal" attempt, in the agent's language. */
export function InsertResultNotice({ result }: { result: InsertResult }) {
  const { t } = useI18n();
  let text: string;
  if (result.ok) text = t('insertOk');
  else if (result.reason === 'no-tab') text = t('insertNoTab');
  else if (result.reason === 'no-composer') text = t('insertNoComposer');
  else if (result.reason === 'unrecognised') text = t('insertUnrecognised');
  else if (result.reason === 'restart-needed') text = t('insertRestartNeeded');
  else if (result.reason === 'modal-open') text = t('insertModalOpen', { detail: result.error });
  else text = t('insertError', { error: result.error });

  return (
    <p
      data-testid="insert-result"
      data-result={result.ok ? 'ok' : result.reason}
      role="status"
      className={`flex items-start gap-1.5 rounded-md px-2 py-1.5 text-[11.5px] leading-snug ${
        result.ok ? 'bg-emerald-50 text-emerald-800' : 'bg-amber-50 text-amber-900'
      }`}
    >
      {result.ok ? (
        <CheckIcon className="mt-px size-3.5 shrink-0" />
      ) : (
        <AlertIcon className="mt-px size-3.5 shrink-0" />
      )}
      <span>{text}</span>
    </p>
  );
}
