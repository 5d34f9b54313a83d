import type { ReplyTranslator } from '../content-scripts/shared/reply-translator-hook';
import { useI18n } from './i18n-context';
import { InsertResultNotice } from './insert-result-notice';
import {
  BackTranslation,
  providerText,
  ReplyTranslatorError,
  TargetLanguageOptions,
  translateButtonText,
  translationLabel,
} from './reply-translator-parts';

/**
 * Translate-my-reply in the side panel, under the reply draft: the buyer's language (editable), Translate, then the
 * translation (editable) with its back-translation and provider, and "Insert translation". The state machine is
 * the portal overlay's (content-scripts/shared/reply-translator*).
 */
export function ReplyTranslation({
  reply,
  agentLanguage,
  translateBlocked = false,
  insertBlocked = false,
}: {
  reply: ReplyTranslator;
  agentLanguage: string | undefined;
  /** The draft cannot be translated yet (a template variable is still to fill). */
  translateBlocked?: boolean;
  /** The translation cannot be inserted (a template variable is still written as a placeholder). */
  insertBlocked?: boolean;
}) {
  const { t, language } = useI18n();
  const { state, target } = reply;

  return (
    <div className="space-y-1.5" data-testid="reply-translation">
      <div className="flex items-center gap-1.5">
        <label htmlFor="reply-target" className="shrink-0 text-[11px] font-medium text-slate-500">
          {t('replyTrTargetLabel')}
        </label>
        <select
          id="reply-target"
          data-testid="reply-target"
          value={target ?? ''}
          onChange={(e) => reply.setTarget(e.target.value)}
          className="h-7 min-w-0 flex-1 rounded-md border border-slate-200 bg-white px-1 text-[12px] text-slate-700 focus:border-teal-500 focus:outline-none"
        >
          <TargetLanguageOptions target={target} t={t} language={language} />
        </select>
        <button
          type="button"
          data-testid="translate-reply"
          disabled={translateBlocked || !reply.canTranslate}
          onClick={() => void reply.translate()}
          className="inline-flex h-7 shrink-0 items-center rounded-md border border-teal-700 px-2.5 text-[12px] font-semibold text-teal-700 hover:bg-teal-50 disabled:cursor-not-allowed disabled:border-slate-200 disabled:text-slate-400"
        >
          {translateButtonText(state, t)}
        </button>
      </div>
      {!target && <p className="text-[11px] text-slate-500">{t('replyTrTargetUnknown')}</p>}
      {state.error && (
        <ReplyTranslatorError
          error={state.error}
          t={t}
          testId="reply-translation-error"
          className="rounded-md bg-amber-50 px-2 py-1.5 text-[11.5px] leading-snug text-amber-900"
        />
      )}
      {state.translation !== '' && (
        <div className="space-y-1 rounded-md bg-slate-50 p-2 ring-1 ring-slate-200">
          <label htmlFor="reply-translation-text" className="block text-[11px] font-medium text-slate-500">
            {translationLabel(state, { t, language })}
          </label>
          <textarea
            id="reply-translation-text"
            data-testid="reply-translation-text"
            rows={3}
            lang={state.translatedFrom?.target}
            value={state.translation}
            onChange={(e) => reply.editTranslation(e.target.value)}
            className="block max-h-40 min-h-14 w-full resize-y rounded-md border border-slate-200 bg-white px-2 py-1.5 text-[12.5px] leading-relaxed text-slate-800 focus:border-teal-500 focus:outline-none"
          />
          <BackTranslation
            state={state}
            agentLanguage={agentLanguage}
            t={t}
            language={language}
            classes={{
              label: 'text-[11px] font-medium text-slate-500',
              back: 'text-[12px] whitespace-pre-wrap text-slate-500 italic [overflow-wrap:anywhere]',
            }}
            testIds={{ back: 'reply-back-translation' }}
          />
          <div className="flex items-center gap-2 pt-0.5">
            <span data-testid="reply-translation-provider" className="text-[10.5px] text-slate-400">
              {providerText(state, t)}
            </span>
            <button
              type="button"
              data-testid="insert-translation"
              disabled={insertBlocked || !reply.canInsert || state.phase === 'inserting'}
              onClick={() => void reply.insert()}
              className="ml-auto inline-flex h-7 items-center rounded-md bg-teal-700 px-2.5 text-[12px] font-semibold text-white hover:bg-teal-800 disabled:cursor-not-allowed disabled:bg-slate-200 disabled:text-slate-400"
            >
              {state.phase === 'inserting' ? t('inserting') : t('replyTrInsertTranslation')}
            </button>
          </div>
        </div>
      )}
      {reply.stale && state.phase !== 'translating' && (
        <p data-testid="reply-translation-stale" className="text-[11px] text-amber-800">
          {t('replyTrStale')}
        </p>
      )}
      {state.insertResult && <InsertResultNotice result={state.insertResult} />}
    </div>
  );
}
