import type { ReactNode } from 'react';

interface IconButtonProps {
  label: string;
  onClick: () => void;
  active?: boolean;
  testId?: string;
  children: ReactNode;
}

/** A square toolbar button whose label is its tooltip and accessible name. */
export function IconButton({ label, onClick, active = false, testId, children }: IconButtonProps) {
  return (
    <button
      type="button"
      title={label}
      aria-label={label}
      aria-pressed={active}
      data-testid={testId}
      onClick={onClick}
      className={`flex size-7 items-center justify-center rounded-md text-[15px] transition-colors ${
        active
          ? 'bg-red-50 text-red-600 hover:bg-red-100'
          : 'text-slate-500 hover:bg-slate-100 hover:text-slate-800'
      }`}
    >
      {children}
    </button>
  );
}
