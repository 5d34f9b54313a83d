import { useI18n } from '../i18n-context';
import { Button } from './controls';
import type { SaveState } from './use-options-state';

/** Stays at the bottom of the window: whether there are unsaved edits, and Save / Discard. */
export function SaveBar({
  dirty,
  hasErrors,
  saveState,
  onSave,
  onDiscard,
}: {
  dirty: boolean;
  hasErrors: boolean;
  saveState: SaveState;
  onSave: () => void;
  onDiscard: () => void;
}) {
  const { t } = useI18n();
  let status: { text: string; tone: string } | null = null;
  if (hasErrors) status = { text: t('optFixErrors'), tone: 'text-red-600' };
  else if (saveState.kind === 'failed')
    status = { text: t('optSaveFailed', { error: saveState.error }), tone: 'text-red-600' };
  else if (dirty) status = { text: t('optUnsaved'), tone: 'text-amber-700' };
  else if (saveState.kind === 'saved') status = { text: `✓ ${t('optSaved')}`, tone: 'text-emerald-700' };

  return (
    <div className="sticky bottom-0 z-10 border-t border-slate-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex max-w-3xl items-center gap-3 px-6 py-2.5">
        <p
          data-testid="save-status"
          role="status"
          className={`min-w-0 flex-1 truncate text-[12px] font-medium ${status?.tone ?? ''}`}
        >
          {status?.text}
        </p>
        <Button testId="discard" onClick={onDiscard} disabled={!dirty || saveState.kind === 'saving'}>
          {t('optDiscard')}
        </Button>
        <Button
          tone="primary"
          testId="save"
          onClick={onSave}
          disabled={!dirty || saveState.kind === 'saving'}
        >
          {saveState.kind === 'saving' ? t('optSaving') : t('optSave')}
        </Button>
      </div>
    </div>
  );
}
