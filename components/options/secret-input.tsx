import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n-context';
import { Button, Field, inputClass } from './controls';
import { maskSecret } from './secret-mask';

interface SecretInputProps {
  label: string;
  /** The stored key (shown masked only). */
  saved: string | undefined;
  /** undefined: unchanged; string: typed, not saved yet; null: delete on save. */
  edit: string | null | undefined;
  onEdit: (edit: string | null | undefined) => void;
  error?: string;
  hint?: string;
  testId: string;
}

/**
 * A key field. A saved key is never put back into an input: the page shows it masked, with Replace and Remove; a
 * new key is typed into a password field that can be revealed while typing.
 */
export function SecretInput({ label, saved, edit, onEdit, error, hint, testId }: SecretInputProps) {
  const { t } = useI18n();
  const id = useId();
  const [visible, setVisible] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const replacing = Boolean(saved) && edit === '';

  // "Replace" swaps the masked key for an empty field: put the cursor there, ready for the paste.
  useEffect(() => {
    if (replacing) input.current?.focus();
  }, [replacing]);

  if (saved && edit === undefined) {
    return (
      <Field label={label} htmlFor={id} hint={t('optKeyLocalOnly')} error={error}>
        <div className="flex items-center gap-1.5">
          <output
            id={id}
            data-testid={`${testId}-masked`}
            className="flex h-8 min-w-0 flex-1 items-center gap-2 rounded-md border border-slate-200 bg-slate-50 px-2.5 font-mono text-[12.5px] text-slate-600"
          >
            <span className="truncate">{maskSecret(saved)}</span>
            <span className="ml-auto shrink-0 rounded bg-emerald-100 px-1.5 font-sans text-[10.5px] leading-4 font-medium text-emerald-800">
              {t('optKeySaved')}
            </span>
          </output>
          <Button testId={`${testId}-replace`} onClick={() => onEdit('')}>
            {t('optReplaceKey')}
          </Button>
          <Button tone="danger" testId={`${testId}-remove`} onClick={() => onEdit(null)}>
            {t('optRemoveKey')}
          </Button>
        </div>
      </Field>
    );
  }

  if (edit === null) {
    return (
      <Field label={label} htmlFor={id} error={error}>
        <div id={id} className="flex h-8 items-center gap-2 text-[12px] text-amber-800">
          {t('optKeyRemoved')}
          <Button tone="quiet" onClick={() => onEdit(undefined)}>
            {t('optUndo')}
          </Button>
        </div>
      </Field>
    );
  }

  return (
    <Field label={label} htmlFor={id} hint={hint ?? t('optKeyLocalOnly')} error={error}>
      <div className="flex items-center gap-1.5">
        <input
          id={id}
          data-testid={testId}
          type={visible ? 'text' : 'password'}
          value={edit ?? ''}
          onChange={(e) => onEdit(e.target.value)}
          placeholder={t('optKeyPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          ref={input}
          data-1p-ignore
          data-lpignore="true"
          className={`${inputClass(Boolean(error))} font-mono`}
        />
        <Button tone="quiet" onClick={() => setVisible((v) => !v)} testId={`${testId}-toggle`}>
          {visible ? t('optHideKey') : t('optShowKey')}
        </Button>
        {saved && (
          <Button tone="quiet" onClick={() => onEdit(undefined)}>
            {t('optUndo')}
          </Button>
        )}
      </div>
    </Field>
  );
}
