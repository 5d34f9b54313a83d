import { useId, useMemo, useState } from 'react';
import type { Platform } from '../../core/model';
import { rankTemplates } from '../../core/templates/rank';
import type { TemplateRecord } from '../../core/templates/types';
import type { Translate } from '../i18n';
import type { MessageClassification } from './message-analysis';

/** Results shown at once: the reply area is small; typing narrows the rest. */
const MAX_RESULTS = 6;

interface TemplatePickerProps {
  templates: TemplateRecord[];
  platform: Platform | undefined;
  /** The buyer's language: templates with a body in it rank a little higher. */
  language: string | undefined;
  classification: MessageClassification | undefined;
  onChoose: (template: TemplateRecord) => void;
  onClose: () => void;
  t: Translate;
}

/**
 * A searchable list of templates under the reply box (rankTemplates: keyword, name, then body; with an empty query,
 * the ones answering the last buyer message first). Arrow keys move, Enter chooses, Escape closes. Template names
 * and bodies are the seller's text, shown as text only.
 */
export function TemplatePicker({
  templates,
  platform,
  language,
  classification,
  onChoose,
  onClose,
  t,
}: TemplatePickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const results = useMemo(
    () =>
      rankTemplates(templates, {
        query: query.trim(),
        platform,
        language,
        classification: classification && { intents: [], ...classification },
      }).slice(0, MAX_RESULTS),
    [templates, query, platform, language, classification],
  );
  const current = Math.min(active, Math.max(0, results.length - 1));

  return (
    <div
      className="space-y-1 rounded-md bg-slate-50 p-1.5 ring-1 ring-slate-200"
      data-testid="template-picker"
    >
      <input
        // biome-ignore lint/a11y/noAutofocus: the agent opened the picker to type in it
        autoFocus
        type="search"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-activedescendant={results.length > 0 ? `${listId}-${current}` : undefined}
        data-testid="template-search"
        value={query}
        placeholder={t('replyTemplatesSearch')}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive(Math.min(current + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive(Math.max(current - 1, 0));
          } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault();
            const chosen = results[current];
            if (chosen) onChoose(chosen.template);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
        className="block h-7 w-full rounded-md border border-slate-200 bg-white px-2 text-[12px] text-slate-800 placeholder:text-slate-400 focus:border-teal-500 focus:outline-none"
      />
      {templates.length === 0 ? (
        <p className="px-1 py-1 text-[11px] text-slate-500">{t('replyTemplatesEmpty')}</p>
      ) : results.length === 0 ? (
        <p className="px-1 py-1 text-[11px] text-slate-500">{t('replyTemplatesNone')}</p>
      ) : (
        <div id={listId} role="listbox" className="max-h-40 overflow-y-auto">
          {results.map((ranked, i) => (
            <div
              key={ranked.template.id}
              id={`${listId}-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === current}
              data-testid="template-option"
              data-template-id={ranked.template.id}
              onMouseEnter={() => setActive(i)}
              // mousedown, not click: the search box keeps the focus until the choice is made.
              onMouseDown={(e) => {
                e.preventDefault();
                onChoose(ranked.template);
              }}
              className={`flex cursor-pointer items-center gap-1.5 rounded px-1.5 py-1 text-[12px] ${
                i === current ? 'bg-teal-50 text-teal-900' : 'text-slate-700'
              }`}
            >
              <span className="min-w-0 flex-1 truncate">{ranked.template.name}</span>
              {ranked.template.keyword && (
                <span className="shrink-0 font-mono text-[10.5px] text-slate-400">
                  {ranked.template.keyword}
                </span>
              )}
              {ranked.template.usageCount > 0 && (
                <span className="shrink-0 text-[10px] text-slate-400 tabular-nums">
                  {t('replyTemplateUsage', { count: ranked.template.usageCount })}
                </span>
              )}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
