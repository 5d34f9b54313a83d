import type { RankedTemplate } from '../../core/templates/types';
import type { Translate } from '../i18n';

/** Up to three templates for the last buyer message, one click each. */
export function TemplateSuggestions({
  suggestions,
  activeId,
  onChoose,
  t,
}: {
  suggestions: RankedTemplate[];
  activeId: string | undefined;
  onChoose: (ranked: RankedTemplate) => void;
  t: Translate;
}) {
  if (suggestions.length === 0) return null;
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-1" data-testid="template-suggestions">
      <span className="text-[10.5px] font-medium text-slate-500">{t('replySuggestionsLabel')}</span>
      {suggestions.map((ranked) => (
        <button
          key={ranked.template.id}
          type="button"
          data-testid="template-suggestion"
          data-template-id={ranked.template.id}
          aria-pressed={ranked.template.id === activeId}
          title={t('replySuggestionTitle', { name: ranked.template.name })}
          onClick={() => onChoose(ranked)}
          className={`inline-block h-6 max-w-44 truncate rounded-full px-2 text-[11px] leading-6 font-medium ring-1 ring-inset ${
            ranked.template.id === activeId
              ? 'bg-teal-700 text-white ring-teal-700'
              : 'bg-white text-teal-800 ring-teal-200 hover:bg-teal-50'
          }`}
        >
          {ranked.template.name}
        </button>
      ))}
    </div>
  );
}
