import { useState } from 'react';
import { languageName } from '../../content-scripts/shared/reply-translator';
import { fillTemplate } from '../../core/templates/fill';
import type { TemplateVariable } from '../../core/templates/types';
import type { Translate, UiLanguage } from '../i18n';
import { CloseIcon } from '../icons';
import type { TemplateSession } from './template-session';
import { variableLabel } from './variable-labels';

interface TemplateFillProps {
  session: TemplateSession | undefined;
  /** The reply draft as it is now (the agent may have edited it). */
  draft: string;
  /** Known variables still written as `{{name}}` in the draft. */
  missing: TemplateVariable[];
  buyerLanguage: string | undefined;
  onFill: (name: TemplateVariable, value: string) => void;
  onClear: () => void;
  t: Translate;
  language: UiLanguage;
}

/**
 * Above the reply box while a template is in use: its name (and a way to stop using it), the draft with the
 * variables still to fill highlighted, and one input per missing variable. Insert stays blocked until each is filled.
 */
export function TemplateFill({
  session,
  draft,
  missing,
  buyerLanguage,
  onFill,
  onClear,
  t,
  language,
}: TemplateFillProps) {
  if (!session && missing.length === 0) return null;
  return (
    <div className="space-y-1.5" data-testid="template-fill">
      {session && (
        <div className="flex items-center gap-1.5">
          <span
            data-testid="template-active"
            data-template-id={session.templateId}
            className="min-w-0 flex-1 truncate text-[11px] font-medium text-teal-800"
          >
            {t('replyTemplateActive', { name: session.name })}
          </span>
          <button
            type="button"
            data-testid="template-clear"
            title={t('replyTemplateClear')}
            aria-label={t('replyTemplateClear')}
            onClick={onClear}
            className="inline-flex size-5 items-center justify-center rounded text-slate-400 hover:bg-slate-100 hover:text-slate-600"
          >
            <CloseIcon className="size-3" />
          </button>
        </div>
      )}
      {session?.needsTranslation && buyerLanguage && (
        <p data-testid="template-translation-note" className="text-[11px] leading-snug text-slate-500">
          {t('replyTemplateTranslating', { language: languageName(buyerLanguage, language) })}
        </p>
      )}
      {missing.length > 0 && (
        <div
          className="space-y-1 rounded-md bg-amber-50 p-2 ring-1 ring-amber-200"
          data-testid="template-missing"
        >
          <p className="text-[11px] leading-snug text-amber-900">{t('replyTemplateBlocked')}</p>
          <HighlightedDraft draft={draft} t={t} />
          <p className="text-[11px] font-medium text-amber-900">{t('replyTemplateMissing')}</p>
          {missing.map((name) => (
            <MissingVariable key={name} name={name} onFill={onFill} t={t} />
          ))}
        </div>
      )}
    </div>
  );
}

/** The draft as text, each unfilled variable marked with its label (never HTML: template text is the seller's). */
function HighlightedDraft({ draft, t }: { draft: string; t: Translate }) {
  const { parts } = fillTemplate(draft, {});
  return (
    <p
      data-testid="template-preview"
      className="max-h-24 overflow-y-auto rounded bg-white px-2 py-1 text-[11.5px] leading-relaxed whitespace-pre-wrap text-slate-700 [overflow-wrap:anywhere]"
    >
      {parts.map((part, i) =>
        part.kind === 'text' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'variable' ? (
          <mark
            key={i}
            data-testid="template-missing-mark"
            data-variable={part.name}
            className="rounded bg-amber-200 px-0.5 font-medium text-amber-950"
          >
            {variableLabel(part.name, t)}
          </mark>
        ) : (
          <span key={i}>{part.raw}</span>
        ),
      )}
    </p>
  );
}

/** One input per missing variable; Fill (or Enter) writes it into the draft, never an empty value. */
function MissingVariable({
  name,
  onFill,
  t,
}: {
  name: TemplateVariable;
  onFill: (name: TemplateVariable, value: string) => void;
  t: Translate;
}) {
  const [value, setValue] = useState('');
  const id = `template-var-${name}`;
  const blank = value.trim() === '';
  return (
    <div className="flex items-center gap-1.5">
      <label htmlFor={id} className="w-24 shrink-0 truncate text-[11px] text-amber-900">
        {variableLabel(name, t)}
      </label>
      <input
        id={id}
        data-testid={id}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault();
            if (!blank) onFill(name, value);
          }
        }}
        className="h-7 min-w-0 flex-1 rounded-md border border-amber-300 bg-white px-2 text-[12px] text-slate-800 focus:border-teal-500 focus:outline-none"
      />
      <button
        type="button"
        data-testid={`template-fill-${name}`}
        disabled={blank}
        onClick={() => onFill(name, value)}
        className="inline-flex h-7 shrink-0 items-center rounded-md bg-amber-600 px-2 text-[11.5px] font-semibold text-white hover:bg-amber-700 disabled:cursor-not-allowed disabled:bg-slate-200 disabled:text-slate-400"
      >
        {t('replyTemplateFill')}
      </button>
    </div>
  );
}
