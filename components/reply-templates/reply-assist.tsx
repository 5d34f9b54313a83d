import { useMemo } from 'react';
import type { Platform } from '../../core/model';
import { suggestTemplates } from '../../core/templates/rank';
import type { RankedTemplate, TemplateRecord } from '../../core/templates/types';
import type { Translate } from '../i18n';
import { MessageAnalysis, type MessageClassification } from './message-analysis';
import { TemplatePicker } from './template-picker';
import { TemplateSuggestions } from './template-suggestions';

/** Suggestions shown for the last buyer message. */
const SUGGESTIONS = 3;

interface ReplyAssistProps {
  templates: TemplateRecord[] | undefined;
  classification: MessageClassification | undefined;
  platform: Platform | undefined;
  buyerLanguage: string | undefined;
  activeTemplateId: string | undefined;
  pickerOpen: boolean;
  onTogglePicker: () => void;
  onChoose: (template: TemplateRecord, via: 'suggestion' | 'side-panel') => void;
  error: string | null;
  t: Translate;
}

/**
 * Above the reply box: how the last buyer message was classified, up to three templates for it, and the template
 * search. Renders only the parts there is something for.
 */
export function ReplyAssist({
  templates,
  classification,
  platform,
  buyerLanguage,
  activeTemplateId,
  pickerOpen,
  onTogglePicker,
  onChoose,
  error,
  t,
}: ReplyAssistProps) {
  const suggestions = useMemo<RankedTemplate[]>(
    () =>
      templates && classification
        ? suggestTemplates(templates, { intents: [], ...classification }, platform, SUGGESTIONS)
        : [],
    [templates, classification, platform],
  );

  return (
    <div className="space-y-1.5" data-testid="reply-assist">
      {classification && <MessageAnalysis classification={classification} t={t} />}
      <div className="flex items-start gap-1.5">
        <div className="min-w-0 flex-1">
          <TemplateSuggestions
            suggestions={suggestions}
            activeId={activeTemplateId}
            onChoose={(ranked) => onChoose(ranked.template, 'suggestion')}
            t={t}
          />
        </div>
        <button
          type="button"
          data-testid="template-picker-toggle"
          aria-expanded={pickerOpen}
          disabled={!templates}
          onClick={onTogglePicker}
          className={`inline-flex h-6 shrink-0 items-center rounded-md px-2 text-[11px] font-semibold ring-1 ring-inset disabled:cursor-not-allowed disabled:text-slate-400 disabled:ring-slate-200 ${
            pickerOpen
              ? 'bg-teal-700 text-white ring-teal-700'
              : 'text-teal-700 ring-teal-700/40 hover:bg-teal-50'
          }`}
        >
          {t('replyTemplatesButton')}
        </button>
      </div>
      {error && (
        <p data-testid="templates-error" className="text-[11px] text-amber-800">
          {t('replyTemplatesLoadFailed', { error })}
        </p>
      )}
      {pickerOpen && templates && (
        <TemplatePicker
          templates={templates}
          platform={platform}
          language={buyerLanguage}
          classification={classification}
          onChoose={(template) => onChoose(template, 'side-panel')}
          onClose={onTogglePicker}
          t={t}
        />
      )}
    </div>
  );
}
