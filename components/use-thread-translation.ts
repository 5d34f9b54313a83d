import { useCallback, useEffect, useRef, useState } from 'react';
import type { MessageRecord } from '../core/model';
import { sendMessage } from '../core/protocol';
import { resolveAgentLanguage, sameLanguage } from '../core/translation/agent-language';
import { isTranslatable } from '../core/translation/translatable';
import {
  setThreadTranslationOff,
  useThreadTranslationOff,
  useTranslationSettings,
} from './use-translation-settings';

/** A buyer message the agent should see translated and does not yet. */
export function needsTranslation(message: MessageRecord, agentLanguage: string): boolean {
  return (
    message.direction === 'in' &&
    isTranslatable(message.text) &&
    message.translations?.[agentLanguage] === undefined &&
    !sameLanguage(message.language, agentLanguage)
  );
}

export interface ThreadTranslation {
  /** Translations are shown: switched on globally and for this thread. */
  enabled: boolean;
  /** The options page's global switch. */
  globalOn: boolean;
  agentLanguage: string | undefined;
  /** Ids of messages waiting for the background's answer. */
  pending: ReadonlySet<string>;
  error: string | null;
  retry: () => void;
  setThreadOn: (on: boolean) => void;
}

/**
 * The side panel's side of buyer-message translation for one open thread: when translation is on, ask the
 * background to translate what is missing (once per set of missing messages; the translations then arrive through
 * useLiveQuery), and say so when that fails. Originals are always shown by the caller.
 */
export function useThreadTranslation(
  threadId: string,
  messages: MessageRecord[] | undefined,
): ThreadTranslation {
  const settings = useTranslationSettings();
  const offThreads = useThreadTranslationOff();
  const agentLanguage = settings
    ? resolveAgentLanguage(settings.agentLanguage, navigator.language)
    : undefined;
  const globalOn = settings?.inlineTranslation === true;
  const enabled = globalOn && offThreads !== null && !offThreads[threadId] && agentLanguage !== undefined;
  const missing = enabled && messages ? messages.filter((m) => needsTranslation(m, agentLanguage)) : [];
  const missingKey = missing.map((m) => m.id).join('\n');

  const [inFlight, setInFlight] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const asked = useRef<string>('');
  const openThread = useRef(threadId);
  openThread.current = threadId;

  const request = useCallback(
    async (key: string) => {
      asked.current = key;
      setInFlight(key);
      setError(null);
      // The agent may open another thread before the answer comes: its failure is not that thread's.
      const fail = (message: string) => {
        if (openThread.current === threadId) setError(message);
      };
      try {
        const answer = await sendMessage('translateThread', { threadId });
        if (!answer.ok) fail(answer.error);
      } catch (failure) {
        fail(failure instanceof Error ? failure.message : String(failure));
      } finally {
        setInFlight((current) => (current === key ? null : current));
      }
    },
    [threadId],
  );

  // A new thread starts clean.
  useEffect(() => {
    asked.current = '';
    setError(null);
    setInFlight(null);
  }, [threadId]);

  useEffect(() => {
    if (!enabled || missingKey === '' || inFlight !== null || asked.current === missingKey) return;
    void request(missingKey);
  }, [enabled, missingKey, inFlight, request]);

  return {
    enabled,
    globalOn,
    agentLanguage,
    pending: new Set(inFlight === null ? [] : missing.map((m) => m.id)),
    error: enabled ? error : null,
    retry: () => void request(missingKey),
    setThreadOn: (on) => void setThreadTranslationOff(threadId, !on).catch(() => undefined),
  };
}
