import type { TemplateRecord } from '../../core/templates/types';
import { useI18n } from '../i18n-context';
import { PlatformBadge } from '../platform-badge';
import { CATEGORY_LABELS, languageTag } from './labels';

/** The body a row shows as its snippet: the one in the UI's language when there is one. */
function snippet(template: TemplateRecord, uiLanguage: string): string {
  const base = uiLanguage.split('-')[0] ?? uiLanguage;
  const body = template.bodies[base] ?? template.bodies.en ?? Object.values(template.bodies)[0] ?? '';
  return body.replace(/\s+/g, ' ').trim();
}

/** One template in the library: name, category, keyword, languages, scope, use count; opens the editor. */
export function TemplateRow({
  template,
  triggerChar,
  onOpen,
}: {
  template: TemplateRecord;
  triggerChar: string;
  onOpen: (id: string) => void;
}) {
  const { t, language } = useI18n();
  const languages = Object.keys(template.bodies);
  return (
    <li>
      <button
        type="button"
        data-testid="template-row"
        data-template-id={template.id}
        onClick={() => onOpen(template.id)}
        className="block w-full border-b border-slate-100 px-3 py-2 text-left hover:bg-slate-50 focus-visible:bg-slate-50 focus-visible:outline-none"
      >
        <div className="flex items-center gap-1.5">
          <span
            data-testid="template-name"
            className="min-w-0 flex-1 truncate text-[12.5px] font-semibold text-slate-900"
          >
            {template.name}
          </span>
          {template.builtIn && (
            <span
              data-testid="template-built-in"
              title={t('tplBuiltInHint')}
              className="shrink-0 rounded bg-slate-100 px-1 text-[10px] leading-4 font-medium text-slate-500"
            >
              {t('tplBuiltIn')}
            </span>
          )}
          {template.usageCount > 0 && (
            <span data-testid="template-usage" className="shrink-0 text-[10.5px] text-slate-400 tabular-nums">
              {t('tplUsed', { count: template.usageCount })}
            </span>
          )}
        </div>
        <div className="mt-1 flex flex-wrap items-center gap-1">
          <span className="inline-flex h-4 items-center rounded bg-teal-50 px-1 text-[10px] font-medium text-teal-800 ring-1 ring-teal-200/70 ring-inset">
            {t(CATEGORY_LABELS[template.category])}
          </span>
          {template.keyword && (
            <span data-testid="template-keyword" className="font-mono text-[10.5px] text-indigo-700">
              {triggerChar}
              {template.keyword}
            </span>
          )}
          <span
            data-testid="template-languages"
            className="text-[10px] font-semibold tracking-wide text-slate-500"
            title={languages.join(', ')}
          >
            {languages.map(languageTag).join(' ')}
          </span>
          <span className="ml-auto flex shrink-0 gap-0.5">
            {template.platforms.length === 0 ? (
              <span className="text-[10px] text-slate-400">{t('tplPlatformAll')}</span>
            ) : (
              template.platforms.map((p) => <PlatformBadge key={p} platform={p} />)
            )}
          </span>
        </div>
        <p className="mt-0.5 truncate text-[11.5px] text-slate-500">{snippet(template, language)}</p>
      </button>
    </li>
  );
}
