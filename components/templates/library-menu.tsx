import { useState } from 'react';
import { useI18n } from '../i18n-context';
import { MoreIcon } from '../icons';

/** Import, export and restore, behind one button so the 360 px header keeps room for search. */
export function LibraryMenu({
  onImport,
  onExport,
  onRestore,
}: {
  onImport: () => void;
  onExport: () => void;
  onRestore: () => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const item = (testId: string, label: string, action: () => void) => (
    <button
      type="button"
      role="menuitem"
      data-testid={testId}
      onClick={() => {
        setOpen(false);
        action();
      }}
      className="block w-full px-3 py-1.5 text-left text-[12px] whitespace-nowrap text-slate-700 hover:bg-slate-100"
    >
      {label}
    </button>
  );
  return (
    <div className="relative">
      <button
        type="button"
        data-testid="templates-menu"
        aria-haspopup="menu"
        aria-expanded={open}
        title={t('tplMenu')}
        aria-label={t('tplMenu')}
        onClick={() => setOpen((o) => !o)}
        className="flex size-7 items-center justify-center rounded-md text-[15px] text-slate-500 hover:bg-slate-100 hover:text-slate-800"
      >
        <MoreIcon />
      </button>
      {open && (
        <>
          {/* Any click outside closes the menu. */}
          <div className="fixed inset-0 z-10" aria-hidden="true" onClick={() => setOpen(false)} />
          <div
            role="menu"
            onKeyDown={(e) => {
              if (e.key === 'Escape') setOpen(false);
            }}
            className="absolute top-8 right-0 z-20 min-w-40 rounded-lg bg-white py-1 shadow-lg ring-1 ring-slate-200"
          >
            {item('templates-import', t('tplImport'), onImport)}
            {item('templates-export', t('tplExport'), onExport)}
            <div className="my-1 border-t border-slate-100" />
            {item('templates-restore', t('tplRestore'), onRestore)}
          </div>
        </>
      )}
    </div>
  );
}
