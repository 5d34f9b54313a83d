import { useCallback, useEffect, useState } from 'react';
import type { Platform } from '../../core/model';
import { sendMessage, type ThreadReplyContext } from '../../core/protocol';
import type { TemplateRecord } from '../../core/templates/types';

export interface ReplyTemplates {
  /** The library on this thread's platform; undefined while loading. */
  templates: TemplateRecord[] | undefined;
  /** What the thread gives: buyer language, classification of the last buyer messages, variable values. */
  context: ThreadReplyContext | undefined;
  error: string | null;
  /** Read again (after an insert: usage counts changed). */
  refresh: () => void;
}

/**
 * The templates and the thread's reply context from the background (listTemplates), which owns both the library and
 * the classification. Asked again when `revision` changes (a new buyer message: a new classification and maybe a
 * tracking number) and after each use.
 */
export function useReplyTemplates(
  threadId: string,
  platform: Platform | undefined,
  revision: string,
): ReplyTemplates {
  const [answer, setAnswer] = useState<{ templates: TemplateRecord[]; context?: ThreadReplyContext }>();
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    // The thread record (and its platform) is not read yet: asking without it would offer other platforms' templates.
    if (!platform) return;
    void tick;
    void revision;
    let active = true;
    sendMessage('listTemplates', { platform, threadId })
      .then((result) => {
        if (!active) return;
        setAnswer({ templates: result.templates, context: result.thread });
        setError(null);
      })
      .catch((e: unknown) => {
        if (active) setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      active = false;
    };
  }, [threadId, platform, revision, tick]);

  return {
    templates: answer?.templates,
    context: answer?.context,
    error,
    refresh: useCallback(() => setTick((n) => n + 1), []),
  };
}
