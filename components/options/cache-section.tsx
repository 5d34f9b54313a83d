import { useId, useState } from 'react';
import { sendMessage } from '../../core/protocol';
import { useI18n } from '../i18n-context';
import { Button, inputClass, Notice, Section } from './controls';

/** How long translations are cached, and a button that empties the cache (owned by the background). */
export function CacheSection({
  cacheDays,
  error,
  onCacheDays,
}: {
  cacheDays: number;
  error?: string;
  onCacheDays: (days: number) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [clearing, setClearing] = useState(false);
  const [result, setResult] = useState<{ ok: true; removed: number } | { ok: false; error: string } | null>(
    null,
  );

  const clear = () => {
    setClearing(true);
    setResult(null);
    sendMessage('clearTranslationCache', undefined)
      .then((r) => setResult({ ok: true, removed: r.removed }))
      .catch((e: unknown) => setResult({ ok: false, error: e instanceof Error ? e.message : String(e) }))
      .finally(() => setClearing(false));
  };

  return (
    <Section title={t('optCacheTitle')} hint={t('optCacheHint')} testId="section-cache">
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor={id} className="text-[12px] font-medium text-slate-700">
          {t('optCacheDays')}
        </label>
        <input
          id={id}
          data-testid="cache-days"
          type="number"
          min={1}
          max={365}
          value={Number.isFinite(cacheDays) ? cacheDays : ''}
          onChange={(e) => onCacheDays(e.target.value === '' ? Number.NaN : Number(e.target.value))}
          className={`${inputClass(Boolean(error), 'w-20')} tabular-nums`}
        />
        <span className="text-[12px] text-slate-600">{t('optCacheDaysUnit')}</span>
        <div className="ml-auto">
          <Button tone="danger" testId="cache-clear" onClick={clear} disabled={clearing}>
            {clearing ? t('optCacheClearing') : t('optCacheClear')}
          </Button>
        </div>
      </div>
      {error && <p className="mt-1 text-[11.5px] text-red-600">{error}</p>}
      {result && (
        <div className="mt-2.5">
          <Notice tone={result.ok ? 'ok' : 'error'} testId="cache-result">
            {result.ok
              ? t('optCacheCleared', { count: result.removed })
              : t('optCacheClearFailed', { error: result.error })}
          </Notice>
        </div>
      )}
    </Section>
  );
}
