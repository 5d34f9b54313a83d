import { useCallback, useState } from 'react';
import { createReplyDrafts, useReplyTranslator } from '../content-scripts/shared/reply-translator-hook';
import { type InsertResult, sendMessage } from '../core/protocol';
import { useI18n } from './i18n-context';
import { InsertResultNotice } from './insert-result-notice';
import { ReplyTranslation } from './reply-translation';
import { useAgentLanguage } from './use-translation-settings';

/** One draft per thread for as long as the side panel is open: switching threads and back keeps it. */
const drafts = createReplyDrafts();

/**
 * The reply box. It only ever puts the text into the portal's own reply box (through the background and the tab's
 * content script); the agent reviews and sends it in the portal. The agent may write in their own language and
 * insert the translation into the buyer's language instead (the same reply translator as the portal overlay).
 */
export function ReplyDraft({ threadId, buyerLanguage }: { threadId: string; buyerLanguage?: string }) {
  const { t } = useI18n();
  const agentLanguage = useAgentLanguage();
  const insertText = useCallback(
    (text: string): Promise<InsertResult> => sendMessage('insertReply', { threadId, text }),
    [threadId],
  );
  const reply = useReplyTranslator({ drafts, threadId, buyerLanguage, insertText });
  const text = reply.state.draft;
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<InsertResult | null>(null);
  const empty = text.trim().length === 0;

  const insert = async () => {
    if (empty || busy) return;
    setBusy(true);
    setResult(null);
    try {
      setResult(await insertText(text));
    } catch (error) {
      setResult({
        ok: false,
        reason: 'error',
        error: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="max-h-[60%] shrink-0 space-y-1.5 overflow-y-auto border-t border-slate-200 bg-white p-2.5">
      <label htmlFor="reply-draft" className="sr-only">
        {t('replyLabel')}
      </label>
      <textarea
        id="reply-draft"
        data-testid="reply-draft"
        value={text}
        rows={3}
        lang={agentLanguage}
        onChange={(e) => {
          reply.setDraft(e.target.value);
          setResult(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void insert();
          }
        }}
        placeholder={t('replyPlaceholder')}
        className="block max-h-48 min-h-16 w-full resize-y rounded-md border border-slate-200 bg-white px-2.5 py-2 text-[12.5px] leading-relaxed text-slate-800 placeholder:text-slate-400 focus:border-teal-500 focus:ring-2 focus:ring-teal-500/20 focus:outline-none"
      />
      <ReplyTranslation reply={reply} agentLanguage={agentLanguage} />
      {result && <InsertResultNotice result={result} />}
      <div className="flex items-center gap-2">
        <span className="text-[10.5px] text-slate-400">{t('insertHint')}</span>
        <button
          type="button"
          data-testid="insert-reply"
          disabled={empty || busy}
          onClick={() => void insert()}
          className="ml-auto inline-flex h-8 items-center rounded-md bg-teal-700 px-3 text-[12px] font-semibold text-white shadow-sm hover:bg-teal-800 disabled:cursor-not-allowed disabled:bg-slate-200 disabled:text-slate-400 disabled:shadow-none"
        >
          {busy ? t('inserting') : t('insertReply')}
        </button>
      </div>
    </div>
  );
}
