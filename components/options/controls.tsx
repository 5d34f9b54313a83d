import type { ReactNode } from 'react';

/** One card of the options page, with a heading and a short explanation. */
export function Section({
  title,
  hint,
  testId,
  data,
  children,
}: {
  title: string;
  hint?: string;
  testId?: string;
  /** Extra data-* attributes (state that tests wait for). */
  data?: Record<`data-${string}`, string>;
  children: ReactNode;
}) {
  return (
    <section
      data-testid={testId}
      {...data}
      className="rounded-xl border border-slate-200 bg-white px-5 py-4 shadow-sm"
    >
      <h2 className="text-[14px] font-semibold text-slate-900">{title}</h2>
      {hint && <p className="mt-0.5 text-[12px] leading-relaxed text-slate-500">{hint}</p>}
      <div className="mt-3.5">{children}</div>
    </section>
  );
}

/** A label above its control, with a hint or, when invalid, the error in red. */
export function Field({
  label,
  htmlFor,
  hint,
  error,
  children,
}: {
  label: string;
  htmlFor: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="min-w-0">
      <label htmlFor={htmlFor} className="mb-1 block text-[12px] font-medium text-slate-700">
        {label}
      </label>
      {children}
      {error ? (
        <p data-testid={`error-${htmlFor}`} className="mt-1 text-[11.5px] text-red-600">
          {error}
        </p>
      ) : (
        hint && <p className="mt-1 text-[11.5px] leading-snug text-slate-400">{hint}</p>
      )}
    </div>
  );
}

/** Text inputs and selects share one look; `width` replaces the default full width (two widths would fight). */
export const inputClass = (invalid = false, width = 'w-full') =>
  `block h-8 ${width} min-w-0 rounded-md border bg-white px-2.5 text-[12.5px] text-slate-800 placeholder:text-slate-400 focus:ring-2 focus:outline-none ${
    invalid
      ? 'border-red-400 focus:border-red-500 focus:ring-red-500/20'
      : 'border-slate-200 focus:border-teal-500 focus:ring-teal-500/20'
  }`;

type ButtonTone = 'primary' | 'secondary' | 'quiet' | 'danger';

const BUTTON_TONES: Record<ButtonTone, string> = {
  primary:
    'bg-teal-700 text-white shadow-sm hover:bg-teal-800 disabled:bg-slate-200 disabled:text-slate-400 disabled:shadow-none',
  secondary:
    'border border-slate-200 bg-white text-slate-700 hover:border-slate-300 hover:bg-slate-50 disabled:text-slate-400',
  quiet: 'text-teal-700 hover:bg-teal-50 disabled:text-slate-400',
  danger: 'text-red-600 hover:bg-red-50 disabled:text-slate-400',
};

export function Button({
  tone = 'secondary',
  onClick,
  disabled,
  testId,
  title,
  ariaLabel,
  children,
}: {
  tone?: ButtonTone;
  onClick: () => void;
  disabled?: boolean;
  testId?: string;
  title?: string;
  ariaLabel?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      data-testid={testId}
      title={title}
      aria-label={ariaLabel}
      className={`inline-flex h-8 shrink-0 items-center justify-center gap-1.5 rounded-md px-3 text-[12px] font-medium whitespace-nowrap transition-colors disabled:cursor-not-allowed ${BUTTON_TONES[tone]}`}
    >
      {children}
    </button>
  );
}

/** An on/off switch (a checkbox underneath, so keyboard and screen readers treat it as one). */
export function Switch({
  checked,
  onChange,
  label,
  testId,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  testId?: string;
}) {
  return (
    <label className="relative inline-flex shrink-0 cursor-pointer items-center" title={label}>
      <input
        type="checkbox"
        role="switch"
        aria-checked={checked}
        aria-label={label}
        data-testid={testId}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        className="peer sr-only"
      />
      <span className="h-5 w-9 rounded-full bg-slate-300 transition-colors peer-checked:bg-teal-600 peer-focus-visible:ring-2 peer-focus-visible:ring-teal-500/40 peer-focus-visible:ring-offset-1" />
      <span className="absolute top-0.5 left-0.5 size-4 rounded-full bg-white shadow transition-transform peer-checked:translate-x-4" />
    </label>
  );
}

/** A one-line notice: green for success, amber for a warning, red for a failure. */
export function Notice({
  tone,
  testId,
  children,
}: {
  tone: 'ok' | 'warn' | 'error' | 'info';
  testId?: string;
  children: ReactNode;
}) {
  const tones = {
    ok: 'border-emerald-200 bg-emerald-50 text-emerald-800',
    warn: 'border-amber-200 bg-amber-50 text-amber-900',
    error: 'border-red-200 bg-red-50 text-red-700',
    info: 'border-slate-200 bg-slate-50 text-slate-600',
  } as const;
  return (
    <div
      role={tone === 'error' || tone === 'warn' ? 'alert' : 'status'}
      data-testid={testId}
      className={`flex flex-wrap items-center gap-x-3 gap-y-1.5 rounded-md border px-3 py-2 text-[12px] leading-snug ${tones[tone]}`}
    >
      {children}
    </div>
  );
}
