import type { MessageKey } from './i18n';
import { useI18n } from './i18n-context';

/** "Nothing matches" with a way back to everything: the inbox's filters, or the template library's. */
export function NoMatches({
  onClear,
  text = 'noMatches',
  clearText = 'clearFilters',
  testId = 'no-matches',
}: {
  onClear: () => void;
  text?: MessageKey;
  clearText?: MessageKey;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <div data-testid={testId} className="px-6 py-10 text-center">
      <p className="text-[12px] text-slate-500">{t(text)}</p>
      <button
        type="button"
        onClick={onClear}
        className="mt-2 rounded-md px-2 py-1 text-[12px] font-medium text-teal-700 hover:bg-teal-50"
      >
        {t(clearText)}
      </button>
    </div>
  );
}
