import { useMemo, useState } from 'react';
import { rankTemplates } from '../../core/templates/rank';
import type { TemplateRecord } from '../../core/templates/types';
import { BackButton } from '../back-button';
import { useI18n } from '../i18n-context';
import { PlusIcon, TemplateIcon } from '../icons';
import { NoMatches } from '../no-matches';
import { Button } from '../options/controls';
import { SearchBox } from '../search-box';
import { CategorySelect, PlatformChips, type TemplateFilter } from './template-filters';
import { TemplateRow } from './template-row';

/** The library: search (the picker's own fuzzy ranking), category and platform filters, the rows. */
export function TemplateLibrary({
  templates,
  triggerChar,
  menu,
  notice,
  onBack,
  onNew,
  onOpen,
  onRestore,
}: {
  templates: readonly TemplateRecord[] | undefined;
  triggerChar: string;
  menu: React.ReactNode;
  notice: React.ReactNode;
  onBack: () => void;
  onNew: () => void;
  onOpen: (id: string) => void;
  onRestore: () => void;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<TemplateFilter>({});

  const shown = useMemo(() => {
    if (!templates) return undefined;
    const ranked = rankTemplates(templates, { query: query.trim(), platform: filter.platform });
    return ranked
      .map((r) => r.template)
      .filter((template) => !filter.category || template.category === filter.category);
  }, [templates, query, filter]);

  const empty = templates !== undefined && templates.length === 0;
  const clear = () => {
    setQuery('');
    setFilter({});
  };

  return (
    <div data-testid="templates-view" className="flex h-full flex-col bg-white">
      <header className="shrink-0 border-b border-slate-200">
        <div className="flex items-center gap-1 px-1.5 pt-1.5 pb-1.5">
          <BackButton label={t('back')} onClick={onBack} testId="templates-back" />
          <h1 className="min-w-0 truncate text-[14px] font-semibold text-slate-900">{t('tplTitle')}</h1>
          {templates && templates.length > 0 && (
            <span className="text-[11px] text-slate-400 tabular-nums">{templates.length}</span>
          )}
          <div className="ml-auto flex items-center gap-1">
            <Button tone="primary" testId="template-new" onClick={onNew}>
              <PlusIcon className="size-3.5" />
              {t('tplNew')}
            </Button>
            {menu}
          </div>
        </div>
        {!empty && (
          <>
            <div className="flex gap-1.5 px-3 pb-2">
              <SearchBox
                value={query}
                onChange={setQuery}
                placeholder="tplSearchPlaceholder"
                testId="template-search"
              />
              <CategorySelect
                category={filter.category}
                onChange={(category) => setFilter((f) => ({ ...f, category }))}
              />
            </div>
            <PlatformChips
              platform={filter.platform}
              onChange={(platform) => setFilter((f) => ({ ...f, platform }))}
            />
          </>
        )}
      </header>
      {notice}
      <main className="min-h-0 flex-1 overflow-y-auto" data-testid="template-list">
        {shown === undefined ? (
          <p className="p-6 text-center text-[12px] text-slate-400">{t('loading')}</p>
        ) : empty ? (
          <div
            data-testid="templates-empty"
            className="flex flex-col items-center px-6 pt-12 pb-8 text-center"
          >
            <div className="flex size-12 items-center justify-center rounded-2xl bg-teal-50 text-teal-700 ring-1 ring-teal-100">
              <TemplateIcon className="size-6" />
            </div>
            <h2 className="mt-4 text-[15px] font-semibold text-slate-900">{t('tplEmptyTitle')}</h2>
            <p className="mt-1.5 text-[12px] leading-relaxed text-slate-500">{t('tplEmptyIntro')}</p>
            <div className="mt-5 flex flex-wrap justify-center gap-2">
              <Button tone="primary" testId="templates-empty-restore" onClick={onRestore}>
                {t('tplRestore')}
              </Button>
              <Button testId="templates-empty-new" onClick={onNew}>
                {t('tplNew')}
              </Button>
            </div>
          </div>
        ) : shown.length === 0 ? (
          <NoMatches
            onClear={clear}
            text="tplNoMatches"
            clearText="tplClearFilters"
            testId="templates-no-matches"
          />
        ) : (
          <ul>
            {shown.map((template) => (
              <TemplateRow key={template.id} template={template} triggerChar={triggerChar} onOpen={onOpen} />
            ))}
          </ul>
        )}
      </main>
    </div>
  );
}
