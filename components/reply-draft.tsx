import { useCallback, useRef, useState } from 'react';
import { createReplyDrafts, useReplyTranslator } from '../content-scripts/shared/reply-translator-hook';
import type { Platform } from '../core/model';
import { type InsertResult, sendMessage } from '../core/protocol';
import type { TemplateRecord, TemplateVariable } from '../core/templates/types';
import { useI18n } from './i18n-context';
import { InsertResultNotice } from './insert-result-notice';
import type { MessageClassification } from './reply-templates/message-analysis';
import { ReplyAssist } from './reply-templates/reply-assist';
import { ReplyPolicy } from './reply-templates/reply-policy';
import { TemplateFill } from './reply-templates/template-fill';
import {
  fillVariable,
  keepSession,
  missingVariables,
  sessionFor,
  startTemplate,
  type TemplateSession,
  templateUse,
} from './reply-templates/template-session';
import { useReplyTemplates } from './reply-templates/use-reply-templates';
import { ReplyTranslation } from './reply-translation';
import { useAgentLanguage } from './use-translation-settings';

/** One draft per thread for as long as the side panel is open: switching threads and back keeps it. */
const drafts = createReplyDrafts();

interface ReplyDraftProps {
  threadId: string;
  buyerLanguage?: string;
  platform?: Platform;
  /** Changes when a new buyer message arrives: the suggestions and variable values are asked for again. */
  revision?: string;
  /** The stored classification of the last buyer message, shown until the background's context answers. */
  classification?: MessageClassification;
}

/**
 * The reply box. It only ever puts the text into the portal's own reply box (through the background and the tab's
 * content script); the agent reviews and sends it in the portal. The agent may write in their own language and
 * insert the translation into the buyer's language instead (the same reply translator as the portal overlay), or
 * start from a template (suggested for the last buyer message, or searched): its variables are filled from the
 * thread, the missing ones asked for, and a body not in the buyer's language is translated before it is inserted.
 */
export function ReplyDraft({
  threadId,
  buyerLanguage,
  platform,
  revision = '',
  classification: storedClassification,
}: ReplyDraftProps) {
  const { t, language } = useI18n();
  const agentLanguage = useAgentLanguage();
  const library = useReplyTemplates(threadId, platform, revision);
  const buyer = library.context?.language ?? buyerLanguage;
  const classification = library.context?.classification ?? storedClassification;

  const [session, setSessionState] = useState<TemplateSession | undefined>(() => sessionFor(threadId));
  // The insert callbacks run after an await: they read the session as it is then, not as it was rendered.
  const sessionRef = useRef(session);
  const setSession = useCallback(
    (next: TemplateSession | undefined) => {
      sessionRef.current = next;
      keepSession(threadId, next);
      setSessionState(next);
    },
    [threadId],
  );

  const { refresh } = library;
  /** After a successful insert: count the template's use (with the language actually inserted) and let it go. */
  const afterInsert = useCallback(
    (result: InsertResult, translated: boolean, insertedLanguage: string | undefined) => {
      const used = sessionRef.current;
      if (!result.ok || !used) return;
      setSession(undefined);
      void sendMessage(
        'templateUsed',
        templateUse(used, threadId, { translated, language: insertedLanguage }),
      )
        .then(refresh)
        // The count is a statistic: a worker that did not answer must not turn a good insert into an error.
        .catch(() => undefined);
    },
    [threadId, setSession, refresh],
  );

  const targetRef = useRef<string | undefined>(undefined);
  const insertTranslation = useCallback(
    async (text: string): Promise<InsertResult> => {
      const result = await sendMessage('insertReply', { threadId, text });
      afterInsert(result, true, targetRef.current);
      return result;
    },
    [threadId, afterInsert],
  );
  const reply = useReplyTranslator({ drafts, threadId, buyerLanguage: buyer, insertText: insertTranslation });
  targetRef.current = reply.target;
  const text = reply.state.draft;
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<InsertResult | null>(null);
  const [pickerOpen, setPickerOpen] = useState(false);
  const empty = text.trim().length === 0;
  const missing = missingVariables(text);
  // A template body in another language than the buyer's goes in as its translation, reviewed by the agent.
  const mustTranslate = session?.needsTranslation === true && reply.target !== undefined;
  const insertBlocked = empty || busy || missing.length > 0 || mustTranslate;

  const insert = async () => {
    if (insertBlocked) return;
    setBusy(true);
    setResult(null);
    let outcome: InsertResult;
    try {
      outcome = await sendMessage('insertReply', { threadId, text });
    } catch (error) {
      outcome = { ok: false, reason: 'error', error: error instanceof Error ? error.message : String(error) };
    }
    setResult(outcome);
    afterInsert(outcome, false, undefined);
    setBusy(false);
  };

  const choose = (template: TemplateRecord, via: TemplateSession['via']) => {
    const started = startTemplate(template, {
      buyerLanguage: buyer,
      agentLanguage: agentLanguage ?? language,
      values: library.context?.values ?? {},
      via,
    });
    reply.setDraft(started.draft);
    setSession(started.session);
    setPickerOpen(false);
    setResult(null);
    // Complete and in another language: translate at once (the draft store is updated synchronously).
    if (started.session.needsTranslation && missingVariables(started.draft).length === 0)
      void reply.translate();
  };

  const fill = (name: TemplateVariable, value: string) => {
    const next = fillVariable(text, name, value);
    reply.setDraft(next);
    if (session?.needsTranslation && missingVariables(next).length === 0) void reply.translate();
  };

  return (
    <div className="max-h-[60%] shrink-0 space-y-1.5 overflow-y-auto border-t border-slate-200 bg-white p-2.5">
      <ReplyAssist
        templates={library.templates}
        classification={classification}
        platform={platform}
        buyerLanguage={buyer}
        activeTemplateId={session?.templateId}
        pickerOpen={pickerOpen}
        onTogglePicker={() => setPickerOpen((open) => !open)}
        onChoose={choose}
        error={library.error}
        t={t}
      />
      <TemplateFill
        session={session}
        draft={text}
        missing={missing}
        buyerLanguage={reply.target}
        onFill={fill}
        onClear={() => setSession(undefined)}
        t={t}
        language={language}
      />
      <label htmlFor="reply-draft" className="sr-only">
        {t('replyLabel')}
      </label>
      <textarea
        id="reply-draft"
        data-testid="reply-draft"
        data-template-id={session?.templateId}
        value={text}
        rows={3}
        lang={session?.language ?? agentLanguage}
        onChange={(e) => {
          reply.setDraft(e.target.value);
          setResult(null);
          // An emptied box is a fresh start: what comes next is no longer that template.
          if (e.target.value.trim() === '' && session) setSession(undefined);
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
      <ReplyTranslation
        reply={reply}
        agentLanguage={agentLanguage}
        translateBlocked={missing.length > 0}
        insertBlocked={missing.length > 0 || missingVariables(reply.state.translation).length > 0}
      />
      <ReplyPolicy reply={reply} draft={text} platform={platform} t={t} />
      {result && <InsertResultNotice result={result} />}
      <div className="flex items-center gap-2">
        <span className="text-[10.5px] text-slate-400">
          {mustTranslate ? t('replyTemplateNeedsTranslation') : t('insertHint')}
        </span>
        <button
          type="button"
          data-testid="insert-reply"
          disabled={insertBlocked}
          onClick={() => void insert()}
          className="ml-auto inline-flex h-8 shrink-0 items-center rounded-md bg-teal-700 px-3 text-[12px] font-semibold text-white shadow-sm hover:bg-teal-800 disabled:cursor-not-allowed disabled:bg-slate-200 disabled:text-slate-400 disabled:shadow-none"
        >
          {busy ? t('inserting') : t('insertReply')}
        </button>
      </div>
    </div>
  );
}
