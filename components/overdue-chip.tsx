import { formatDuration } from './i18n';
import { useI18n } from './i18n-context';
import { ClockIcon } from './icons';

export function OverdueChip({ waitedMs }: { waitedMs: number }) {
  const { t, language, settings } = useI18n();
  const waited = formatDuration(waitedMs, language);
  return (
    <span
      className="inline-flex h-4 shrink-0 items-center gap-0.5 rounded bg-red-50 px-1 text-[10px] font-semibold leading-none text-red-700 ring-1 ring-red-200 ring-inset"
      data-testid="overdue"
      title={t('overdueTitle', { waited, hours: settings.slaHours })}
    >
      <ClockIcon className="size-2.5" />
      {t('overdue')} {waited}
    </span>
  );
}
