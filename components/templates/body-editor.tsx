import { useLayoutEffect, useRef } from 'react';
import { TEMPLATE_VARIABLES, type TemplateVariable } from '../../core/templates/types';
import { useI18n } from '../i18n-context';
import { CloseIcon } from '../icons';
import { LANGUAGES, languageName } from '../options/agent-languages';
import { VARIABLE_LABELS } from './labels';

/**
 * The template's text per language, one tab each: add a language from the options page's list, remove one (never
 * the last), and variable chips that put `{{name}}` where the cursor is.
 */
export function BodyEditor({
  bodies,
  active,
  flagged,
  error,
  onActive,
  onChange,
}: {
  bodies: Record<string, string>;
  active: string;
  /** Languages whose text the policy check flags (a dot on the tab). */
  flagged: ReadonlySet<string>;
  error?: string;
  onActive: (language: string) => void;
  onChange: (bodies: Record<string, string>) => void;
}) {
  const { t } = useI18n();
  const textarea = useRef<HTMLTextAreaElement>(null);
  // Where the caret goes once the inserted variable has rendered.
  const caret = useRef<number | null>(null);
  const languages = Object.keys(bodies);
  const addable = LANGUAGES.filter((l) => !(l.code in bodies));

  useLayoutEffect(() => {
    if (caret.current === null || !textarea.current) return;
    textarea.current.focus();
    textarea.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });

  const add = (code: string) => {
    if (!code || code in bodies) return;
    onChange({ ...bodies, [code]: '' });
    onActive(code);
  };
  const remove = (code: string) => {
    const { [code]: _removed, ...rest } = bodies;
    if (Object.keys(rest).length === 0) return;
    onChange(rest);
    if (code === active) onActive(Object.keys(rest)[0]!);
  };
  const insert = (variable: TemplateVariable) => {
    const box = textarea.current;
    const text = bodies[active] ?? '';
    const token = `{{${variable}}}`;
    const start = box ? box.selectionStart : text.length;
    const end = box ? box.selectionEnd : text.length;
    caret.current = start + token.length;
    onChange({ ...bodies, [active]: text.slice(0, start) + token + text.slice(end) });
  };

  return (
    <div className="min-w-0">
      <p className="mb-1 text-[12px] font-medium text-slate-700">{t('tplBodies')}</p>
      <div role="tablist" className="flex flex-wrap items-end gap-1 border-b border-slate-200">
        {languages.map((code) => {
          const selected = code === active;
          return (
            <div
              key={code}
              className={`-mb-px flex items-center rounded-t-md border text-[12px] ${
                selected
                  ? 'border-slate-200 border-b-white bg-white font-medium text-slate-900'
                  : 'border-transparent text-slate-500 hover:text-slate-800'
              }`}
            >
              <button
                type="button"
                role="tab"
                aria-selected={selected}
                data-testid={`body-tab-${code}`}
                onClick={() => onActive(code)}
                className="flex items-center gap-1 py-1 pr-1.5 pl-2"
              >
                {languageName(code)}
                {flagged.has(code) && (
                  <span
                    className="size-1.5 rounded-full bg-amber-500"
                    data-testid="body-tab-flag"
                    aria-hidden="true"
                  />
                )}
              </button>
              {selected && languages.length > 1 && (
                <button
                  type="button"
                  data-testid={`body-remove-${code}`}
                  title={t('tplRemoveLanguage', { language: languageName(code) })}
                  aria-label={t('tplRemoveLanguage', { language: languageName(code) })}
                  onClick={() => remove(code)}
                  className="mr-1 rounded p-0.5 text-slate-400 hover:bg-slate-100 hover:text-red-600"
                >
                  <CloseIcon className="size-3" />
                </button>
              )}
            </div>
          );
        })}
        {addable.length > 0 && (
          <select
            data-testid="body-add-language"
            aria-label={t('tplAddLanguage')}
            value=""
            onChange={(e) => add(e.target.value)}
            className="mb-0.5 ml-auto h-6 max-w-28 rounded border-0 bg-transparent px-1 text-[11.5px] font-medium text-teal-700 hover:bg-teal-50 focus:ring-2 focus:ring-teal-500/20 focus:outline-none"
          >
            <option value="">{t('tplAddLanguage')}</option>
            {addable.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        )}
      </div>
      <textarea
        ref={textarea}
        data-testid="template-body"
        aria-label={`${t('tplBodies')}: ${languageName(active)}`}
        lang={active}
        dir="auto"
        rows={7}
        value={bodies[active] ?? ''}
        onChange={(e) => onChange({ ...bodies, [active]: e.target.value })}
        placeholder={t('tplBodyPlaceholder')}
        className={`block min-h-24 w-full resize-y rounded-b-md border border-t-0 bg-white px-2.5 py-2 text-[12.5px] leading-relaxed text-slate-800 placeholder:text-slate-400 focus:ring-2 focus:outline-none ${
          error
            ? 'border-red-400 focus:border-red-500 focus:ring-red-500/20'
            : 'border-slate-200 focus:border-teal-500 focus:ring-teal-500/20'
        }`}
      />
      {error && (
        <p data-testid="error-bodies" className="mt-1 text-[11.5px] text-red-600">
          {error}
        </p>
      )}
      <div className="mt-1.5 flex flex-wrap items-center gap-1">
        <span className="mr-0.5 text-[11px] text-slate-400">{t('tplInsertVariable')}</span>
        {TEMPLATE_VARIABLES.map((variable) => (
          <button
            key={variable}
            type="button"
            data-testid={`insert-variable-${variable}`}
            title={`{{${variable}}}`}
            // Keep the caret where it is: a mousedown on a button would take the focus (and selection) first.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => insert(variable)}
            className="inline-flex h-5 items-center rounded border border-indigo-200 bg-indigo-50 px-1.5 text-[10.5px] font-medium text-indigo-800 hover:bg-indigo-100"
          >
            {t(VARIABLE_LABELS[variable])}
          </button>
        ))}
      </div>
    </div>
  );
}
