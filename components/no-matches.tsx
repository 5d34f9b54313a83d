import { useI18n } from './i18n-context';

export function NoMatches({ onClear }: { onClear: () => void }) {
  const { t } = useI18n();
  return (
    <div data-testid="no-matches" className="px-6 py-10 text-center">
      <p className="text-[12px] text-slate-500">{t('noMatches')}</p>
      <button
        type="button"
        onClick={onClear}
        className="mt-2 rounded-md px-2 py-1 text-[12px] font-medium text-teal-700 hover:bg-teal-50"
      >
        {t('clearFilters')}
      </button>
    </div>
  );
}
