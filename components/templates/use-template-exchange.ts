import { useCallback, useRef, useState } from 'react';
import { sendMessage } from '../../core/protocol';
import { exportTemplates, parseTemplateImport } from '../../core/templates/exchange';
import type { TemplateRecord } from '../../core/templates/types';
import { useI18n } from '../i18n-context';
import type { PendingImport } from './import-dialog';
import { importIssueText } from './issue-text';
import { exportFileName } from './template-form';

export interface LibraryNotice {
  tone: 'ok' | 'warn' | 'error';
  text: string;
  /** Readable reasons for skipped entries (`#4: body missing`). */
  details?: string[];
}

/** Larger than any real library (a few hundred templates are well under 1 MB); the background caps again. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Export (a download made in the page: the extension asks for no downloads permission), import (read and checked
 * here for the dialog's summary, written by the background) and restoring the default pack.
 */
export function useTemplateExchange(templates: readonly TemplateRecord[] | undefined) {
  const { t } = useI18n();
  const [notice, setNotice] = useState<LibraryNotice | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportAll = useCallback(() => {
    if (!templates) return;
    const file = exportFileName(new Date());
    const url = URL.createObjectURL(new Blob([exportTemplates(templates)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file;
    link.click();
    // The download has its own reference to the data once started.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setNotice({ tone: 'ok', text: t('tplExported', { count: templates.length, file }) });
  }, [templates, t]);

  const chooseFile = useCallback(() => {
    setNotice(null);
    fileInput.current?.click();
  }, []);

  const readFile = useCallback(
    async (file: File) => {
      try {
        if (file.size > MAX_IMPORT_BYTES) throw new Error(t('tplImportUnreadable'));
        const json = await file.text();
        const parsed = parseTemplateImport(json);
        // The reasons in the seller's language; the background reads the same file the same way.
        const reasons = parsed.issues.map((issue) => importIssueText(issue, t));
        if (parsed.templates.length === 0) {
          setNotice({ tone: 'error', text: t('tplImportUnreadable'), details: reasons.slice(0, 5) });
          return;
        }
        setPending({ fileName: file.name, json, count: parsed.templates.length, errors: reasons });
      } catch (error) {
        setNotice({ tone: 'error', text: t('tplImportFailed', { error: errorText(error) }) });
      }
    },
    [t],
  );

  const runImport = useCallback(
    async (mode: 'merge' | 'replace') => {
      if (!pending) return;
      setBusy(true);
      try {
        const result = await sendMessage('importTemplates', { json: pending.json, mode });
        if (result.ok) {
          const skipped = result.errors.length;
          setNotice({
            tone: skipped > 0 ? 'warn' : 'ok',
            text: t('tplImportResult', { added: result.added, updated: result.updated, skipped }),
            details: skipped === pending.errors.length ? pending.errors : result.errors,
          });
        } else {
          setNotice({
            tone: 'error',
            text: t('tplImportUnreadable'),
            details: pending.errors.length > 0 ? pending.errors : result.errors,
          });
        }
      } catch (error) {
        setNotice({ tone: 'error', text: t('tplImportFailed', { error: errorText(error) }) });
      } finally {
        setBusy(false);
        setPending(null);
      }
    },
    [pending, t],
  );

  const restore = useCallback(async () => {
    setNotice(null);
    try {
      const { added } = await sendMessage('restoreDefaultTemplates', undefined);
      setNotice({ tone: 'ok', text: added > 0 ? t('tplRestored', { count: added }) : t('tplRestoredNone') });
    } catch (error) {
      setNotice({ tone: 'error', text: t('actionFailed', { error: errorText(error) }) });
    }
  }, [t]);

  return {
    notice,
    setNotice,
    pending,
    cancelImport: useCallback(() => setPending(null), []),
    busy,
    fileInput,
    exportAll,
    chooseFile,
    readFile,
    runImport,
    restore,
  };
}
