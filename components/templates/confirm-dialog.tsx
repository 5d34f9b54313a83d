import { type ReactNode, useEffect, useRef } from 'react';
import { Button } from '../options/controls';

/**
 * A question the agent must answer before something is lost (delete, discard edits, replace the library). Drawn in
 * the panel rather than with window.confirm, which would block the page and cannot be styled or translated.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  danger = false,
  busy = false,
  onConfirm,
  onCancel,
}: {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const cancelRef = useRef<HTMLDivElement>(null);
  // The safe answer has the focus, so Enter never destroys anything by accident; Escape cancels.
  useEffect(() => {
    cancelRef.current?.querySelector('button')?.focus();
  }, []);
  return (
    <div className="fixed inset-0 z-30 flex items-end justify-center bg-slate-900/30 p-3 sm:items-center">
      <div
        role="alertdialog"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
        aria-modal="true"
        aria-label={title}
        data-testid="confirm-dialog"
        className="w-full max-w-sm rounded-xl bg-white p-4 shadow-xl ring-1 ring-slate-200"
      >
        <p className="text-[13px] leading-snug font-semibold text-slate-900 [overflow-wrap:anywhere]">
          {title}
        </p>
        {children && <div className="mt-1.5 text-[12px] leading-relaxed text-slate-600">{children}</div>}
        <div className="mt-4 flex justify-end gap-2">
          <div ref={cancelRef} className="contents">
            <Button testId="confirm-cancel" onClick={onCancel} disabled={busy}>
              {cancelLabel}
            </Button>
          </div>
          <button
            type="button"
            data-testid="confirm-ok"
            onClick={onConfirm}
            disabled={busy}
            className={`inline-flex h-8 items-center rounded-md px-3 text-[12px] font-semibold text-white shadow-sm disabled:cursor-not-allowed disabled:opacity-60 ${
              danger ? 'bg-red-600 hover:bg-red-700' : 'bg-teal-700 hover:bg-teal-800'
            }`}
          >
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
