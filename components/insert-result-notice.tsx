import type { InsertResult } from '../core/protocol';
import type { Translate } from './i18n';
import { useI18n } from './i18n-context';
import { AlertIcon, CheckIcon } from './icons';

/** What happened to the last "insert into portal" attempt, in the agent's language. */
export function InsertResultNotice({ result }: { result: InsertResult }) {
  const { t } = useI18n();
  const text = insertResultText(result, t);

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

/** The outcome in words; also used by the reply translator in the portal overlay. */
export function insertResultText(result: InsertResult, t: Translate): string {
  if (result.ok) return t('insertOk');
  if (result.reason === 'no-tab') return t('insertNoTab');
  if (result.reason === 'no-composer') return t('insertNoComposer');
  if (result.reason === 'unrecognised') return t('insertUnrecognised');
  if (result.reason === 'restart-needed') return t('insertRestartNeeded');
  if (result.reason === 'modal-open') return t('insertModalOpen', { detail: result.error });
  return t('insertError', { error: result.error });
}
