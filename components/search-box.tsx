import type { MessageKey } from './i18n';
import { useI18n } from './i18n-context';
import { CloseIcon, SearchIcon } from './icons';

/** The side panel's search field: the inbox's (conversations) and the template library's, by `placeholder`. */
export function SearchBox({
  value,
  onChange,
  placeholder = 'searchPlaceholder',
  testId = 'search',
}: {
  value: string;
  onChange: (value: string) => void;
  placeholder?: MessageKey;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <div className="relative min-w-0 flex-1">
      <SearchIcon className="pointer-events-none absolute top-1/2 left-2 size-3.5 -translate-y-1/2 text-slate-400" />
      <input
        type="search"
        data-testid={testId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onChange('');
        }}
        placeholder={t(placeholder)}
        aria-label={t(placeholder)}
        className="h-8 w-full rounded-md border border-slate-200 bg-slate-50 pr-7 pl-7 text-[12px] text-slate-800 placeholder:text-slate-400 focus:border-teal-500 focus:bg-white focus:ring-2 focus:ring-teal-500/20 focus:outline-none [&::-webkit-search-cancel-button]:hidden"
      />
      {value && (
        <button
          type="button"
          data-testid="clear-search"
          onClick={() => onChange('')}
          aria-label={t('clearSearch')}
          title={t('clearSearch')}
          className="absolute top-1/2 right-1 -translate-y-1/2 rounded p-1 text-slate-400 hover:text-slate-700"
        >
          <CloseIcon className="size-3" />
        </button>
      )}
    </div>
  );
}
