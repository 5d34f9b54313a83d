import { useCallback, useSyncExternalStore } from 'react';
import { type InsertResult, type ProtocolMap, sendMessage } from '../../core/protocol';
import {
  canInsert,
  canTranslate,
  chooseTarget,
  INITIAL_REPLY_STATE,
  isStale,
  type ReplyAction,
  type ReplyErrorKind,
  type ReplyTranslatorState,
  replyReducer,
} from './reply-translator';

type TranslateReply = (
  data: Parameters<ProtocolMap['translateReply']>[0],
) => Promise<ReturnType<ProtocolMap['translateReply']>>;

/** Drafts kept this long per page: enough for an agent's shift of threads, small enough never to matter. */
const MAX_DRAFTS = 50;

/**
 * Reply-translator drafts, one per thread: closing the panel or switching threads keeps each thread's draft, and a
 * late answer lands in the thread it was asked for. Lives as long as the page (the portal tab or the side panel).
 */
export function createReplyDrafts() {
  const drafts = new Map<string, ReplyTranslatorState>();
  const listeners = new Set<() => void>();
  return {
    get(threadId: string | undefined): ReplyTranslatorState {
      return (threadId && drafts.get(threadId)) || INITIAL_REPLY_STATE;
    },
    dispatch(threadId: string, action: ReplyAction): void {
      const before = drafts.get(threadId) ?? INITIAL_REPLY_STATE;
      const after = replyReducer(before, action);
      if (after === before) return;
      drafts.delete(threadId); // re-insert: the Map's order is the recency order
      drafts.set(threadId, after);
      if (drafts.size > MAX_DRAFTS) drafts.delete(drafts.keys().next().value as string);
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type ReplyDrafts = ReturnType<typeof createReplyDrafts>;

let requestCounter = 0;

export interface ReplyTranslatorOptions {
  drafts: ReplyDrafts;
  threadId: string | undefined;
  /** Detected on the buyer's messages (overlay: the runtime's read; side panel: the stored thread). */
  buyerLanguage: string | undefined;
  /** Put the text into the portal's reply box: directly in the portal, through the background in the side panel. */
  insertText: (text: string) => Promise<InsertResult>;
  /** The background's translateReply; tests pass their own. */
  translateReply?: TranslateReply;
}

/** The reply translator's state for the open thread, and what the agent can do with it. */
export function useReplyTranslator({
  drafts,
  threadId,
  buyerLanguage,
  insertText,
  translateReply = (data) => sendMessage('translateReply', data),
}: ReplyTranslatorOptions) {
  const state = useSyncExternalStore(drafts.subscribe, () => drafts.get(threadId));
  const target = chooseTarget(state, buyerLanguage);

  const dispatch = useCallback(
    (action: ReplyAction) => {
      if (threadId) drafts.dispatch(threadId, action);
    },
    [drafts, threadId],
  );

  const translate = useCallback(async () => {
    const current = drafts.get(threadId);
    const to = chooseTarget(current, buyerLanguage);
    if (!threadId || !canTranslate(current, to)) return;
    const request = ++requestCounter;
    const from = { draft: current.draft, target: to! };
    drafts.dispatch(threadId, { type: 'translate-start', request });
    try {
      const answer = await translateReply({ threadId, text: current.draft, target: to });
      if (answer.ok) drafts.dispatch(threadId, { type: 'translate-done', request, from, result: answer });
      else
        drafts.dispatch(threadId, {
          type: 'translate-failed',
          request,
          kind: answer.kind,
          message: answer.error,
        });
    } catch (error) {
      // The background did not answer at all (extension updated, worker failing): said plainly, text kept.
      drafts.dispatch(threadId, {
        type: 'translate-failed',
        request,
        kind: 'failed' satisfies ReplyErrorKind,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }, [drafts, threadId, buyerLanguage, translateReply]);

  const insert = useCallback(async () => {
    const current = drafts.get(threadId);
    if (!threadId || !canInsert(current, chooseTarget(current, buyerLanguage))) return;
    drafts.dispatch(threadId, { type: 'insert-start' });
    let result: InsertResult;
    try {
      result = await insertText(current.translation);
    } catch (error) {
      result = { ok: false, reason: 'error', error: error instanceof Error ? error.message : String(error) };
    }
    drafts.dispatch(threadId, { type: 'insert-done', result });
  }, [drafts, threadId, buyerLanguage, insertText]);

  return {
    state,
    target,
    stale: isStale(state, target),
    canTranslate: canTranslate(state, target),
    canInsert: canInsert(state, target),
    setDraft: (text: string) => dispatch({ type: 'draft', text }),
    setTarget: (language: string) => dispatch({ type: 'target', language }),
    editTranslation: (text: string) => dispatch({ type: 'edit-translation', text }),
    translate,
    insert,
  };
}

export type ReplyTranslator = ReturnType<typeof useReplyTranslator>;
