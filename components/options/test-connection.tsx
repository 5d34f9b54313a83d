import { useState } from 'react';
import type { ProtocolMap } from '../../core/protocol';
import type { ProviderId } from '../../core/translation/types';
import { useI18n } from '../i18n-context';
import { Button, Notice } from './controls';
import { ERROR_TEXT } from './provider-error-text';

export type TestOutcome = ReturnType<ProtocolMap['testProvider']>;

/**
 * "Test connection": `run` saves pending edits and asks the background to translate a sample with the stored
 * settings (it returns null when the draft did not validate). The answer is shown as text, never as markup.
 */
export function TestConnection({
  providerId,
  run,
}: {
  providerId: ProviderId;
  run: () => Promise<TestOutcome | null> | null;
}) {
  const { t } = useI18n();
  const [testing, setTesting] = useState(false);
  const [outcome, setOutcome] = useState<TestOutcome | { ok: false; kind: 'failed'; error: string } | null>(
    null,
  );

  const test = () => {
    const pending = run();
    if (!pending) return;
    setTesting(true);
    setOutcome(null);
    pending
      .then((result) => setOutcome(result))
      .catch((error: unknown) =>
        setOutcome({
          ok: false,
          kind: 'failed',
          error: error instanceof Error ? error.message : String(error),
        }),
      )
      .finally(() => setTesting(false));
  };

  return (
    <div className="space-y-2">
      <Button testId={`test-${providerId}`} onClick={test} disabled={testing} title={t('optTestHint')}>
        {testing ? t('optTesting') : t('optTest')}
      </Button>
      {outcome?.ok === true && (
        <Notice tone="ok" testId={`test-result-${providerId}`}>
          <span className="font-medium">{t('optTestOk', { ms: Math.round(outcome.ms) })}</span>
          <span className="min-w-0 truncate text-emerald-700/80">“{outcome.sample}”</span>
        </Notice>
      )}
      {outcome?.ok === false && (
        <Notice tone="error" testId={`test-result-${providerId}`}>
          <span data-kind={outcome.kind} className="font-medium">
            {outcome.kind !== 'failed' && ERROR_TEXT[outcome.kind]
              ? t(ERROR_TEXT[outcome.kind])
              : t('optTestFailed', { error: outcome.error })}
          </span>
          {outcome.kind !== 'failed' && outcome.error && (
            <span className="min-w-0 truncate text-[11px] text-red-500/80">{outcome.error}</span>
          )}
        </Notice>
      )}
    </div>
  );
}
