import { useState } from 'react';
import { useI18n } from '../i18n-context';
import { Button } from '../options/controls';
import { ConfirmDialog } from './confirm-dialog';

export interface PendingImport {
  fileName: string;
  json: string;
  /** Entries the file holds that can be imported, and the readable reasons for the others. */
  count: number;
  errors: string[];
}

/** Merge (default) or replace; replacing the whole library asks once more. */
export function ImportDialog({
  pending,
  currentCount,
  busy,
  onImport,
  onCancel,
}: {
  pending: PendingImport;
  currentCount: number;
  busy: boolean;
  onImport: (mode: 'merge' | 'replace') => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [confirming, setConfirming] = useState(false);

  if (confirming) {
    return (
      <ConfirmDialog
        title={t('tplImportConfirmReplace', { count: currentCount, imported: pending.count })}
        confirmLabel={busy ? t('tplImporting') : t('tplImportReplaceGo')}
        cancelLabel={t('tplCancel')}
        danger
        busy={busy}
        onConfirm={() => onImport('replace')}
        onCancel={() => setConfirming(false)}
      />
    );
  }

  const choice = (value: 'merge' | 'replace', label: string, hint: string) => (
    <label
      className={`flex cursor-pointer gap-2 rounded-lg border px-2.5 py-2 ${
        mode === value ? 'border-teal-400 bg-teal-50/60' : 'border-slate-200 hover:bg-slate-50'
      }`}
    >
      <input
        type="radio"
        name="import-mode"
        data-testid={`import-mode-${value}`}
        checked={mode === value}
        onChange={() => setMode(value)}
        className="mt-0.5 accent-teal-700"
      />
      <span className="min-w-0">
        <span className="block text-[12.5px] font-medium text-slate-800">{label}</span>
        <span className="block text-[11.5px] leading-snug text-slate-500">{hint}</span>
      </span>
    </label>
  );

  return (
    <div className="fixed inset-0 z-30 flex items-end justify-center bg-slate-900/30 p-3 sm:items-center">
      <div
        role="dialog"
        aria-modal="true"
        aria-label={t('tplImportTitle')}
        data-testid="import-dialog"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
        className="w-full max-w-sm rounded-xl bg-white p-4 shadow-xl ring-1 ring-slate-200"
      >
        <h2 className="text-[13px] font-semibold text-slate-900">{t('tplImportTitle')}</h2>
        <p data-testid="import-summary" className="mt-1 text-[12px] text-slate-600 [overflow-wrap:anywhere]">
          {t('tplImportFile', { file: pending.fileName, count: pending.count })}
        </p>
        {pending.errors.length > 0 && (
          <div className="mt-1.5 rounded-md bg-amber-50 px-2 py-1.5 text-[11.5px] text-amber-900">
            <p>{t('tplImportSkipping', { count: pending.errors.length })}</p>
            <ul className="mt-0.5 list-disc pl-4 [overflow-wrap:anywhere]">
              {pending.errors.slice(0, 3).map((error) => (
                <li key={error}>{error}</li>
              ))}
              {pending.errors.length > 3 && <li>…</li>}
            </ul>
          </div>
        )}
        <div className="mt-3 space-y-1.5">
          {choice('merge', t('tplImportMerge'), t('tplImportMergeHint'))}
          {choice('replace', t('tplImportReplace'), t('tplImportReplaceHint'))}
        </div>
        <div className="mt-4 flex justify-end gap-2">
          <Button testId="import-cancel" onClick={onCancel} disabled={busy}>
            {t('tplCancel')}
          </Button>
          <Button
            tone="primary"
            testId="import-go"
            disabled={busy || pending.count === 0}
            onClick={() => (mode === 'replace' ? setConfirming(true) : onImport('merge'))}
          >
            {busy ? t('tplImporting') : t('tplImportGo')}
          </Button>
        </div>
      </div>
    </div>
  );
}
