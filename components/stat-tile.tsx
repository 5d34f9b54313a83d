interface StatTileProps {
  label: string;
  value: number;
  testId?: string;
  /** Colour the number when it needs attention. */
  tone?: 'neutral' | 'warn' | 'alert';
}

const TONES = { neutral: 'text-slate-900', warn: 'text-amber-700', alert: 'text-red-600' } as const;

export function StatTile({ label, value, testId, tone = 'neutral' }: StatTileProps) {
  return (
    <div data-testid={testId} className="rounded-lg border border-slate-200 bg-white px-2.5 py-2">
      <div className="text-[11px] text-slate-500">{label}</div>
      <div
        className={`text-[20px] leading-7 font-semibold tabular-nums ${value > 0 ? TONES[tone] : 'text-slate-900'}`}
      >
        {value}
      </div>
    </div>
  );
}
