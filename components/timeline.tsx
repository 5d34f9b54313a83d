import { useLiveQuery } from 'dexie-react-hooks';
import { useLayoutEffect, useRef } from 'react';
import type { MessageRecord } from '../core/model';
import { useDb } from './db-context';
import { useI18n } from './i18n-context';
import { AUTO_REPLY_EVENT_TYPES, type AutoReplyEvent, AutoReplyMarker } from './timeline-auto-reply';
import { type MessageTranslationView, TimelineMessage } from './timeline-message';
import type { ThreadTranslation } from './use-thread-translation';

/** Messages oldest first, scrolled to the newest; a message that arrives while the thread is open scrolls in. */
interface TimelineProps {
  messages: MessageRecord[] | undefined;
  /** False for a thread only seen as a row of the portal's list: nothing to show until it is opened there. */
  captured: boolean;
  /** Buyer-message translation for this thread; absent or disabled: originals only. */
  translation?: ThreadTranslation;
}

export function Timeline({ messages, captured, translation }: TimelineProps) {
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const count = messages?.length ?? 0;
  const autoReplies = useAutoReplyEvents(messages?.[0]?.threadId);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && count > 0) el.scrollTop = el.scrollHeight;
  }, [count, autoReplies.length]);

  return (
    // A size container: messages lay out original and translation side by side once the panel is wide enough.
    <div
      ref={scroller}
      className="@container min-h-0 flex-1 overflow-y-auto bg-slate-50/60 py-2"
      data-testid="timeline"
    >
      {messages !== undefined && count === 0 && (
        <p className="px-6 py-10 text-center text-[12px] leading-relaxed text-slate-500">
          {captured ? t('noMessages') : t('notCaptured')}
        </p>
      )}
      <ol>
        {interleave(messages ?? [], autoReplies).map((entry) =>
          'direction' in entry ? (
            <TimelineMessage key={entry.id} message={entry} translation={viewOf(translation, entry.id)} />
          ) : (
            <AutoReplyMarker key={`auto-${entry.seq}`} event={entry} />
          ),
        )}
      </ol>
    </div>
  );
}

function viewOf(translation: ThreadTranslation | undefined, id: string): MessageTranslationView | undefined {
  if (!translation?.enabled || !translation.agentLanguage) return undefined;
  return { agentLanguage: translation.agentLanguage, pending: translation.pending.has(id) };
}

const AUTO_TYPES: ReadonlySet<string> = new Set(AUTO_REPLY_EVENT_TYPES);

/** Away mode's audit events of the thread (few: at most one per buyer message), live. */
function useAutoReplyEvents(threadId: string | undefined): AutoReplyEvent[] {
  const db = useDb();
  return (
    useLiveQuery(
      () =>
        threadId
          ? db.events
              .where('threadId')
              .equals(threadId)
              .filter((e) => AUTO_TYPES.has(e.type))
              .toArray()
          : [],
      [db, threadId],
    ) ?? []
  );
}

/** Messages and markers in time order; a marker sorts after the messages of the same moment. */
function interleave(messages: MessageRecord[], events: AutoReplyEvent[]): (MessageRecord | AutoReplyEvent)[] {
  if (events.length === 0) return messages;
  const out: (MessageRecord | AutoReplyEvent)[] = [];
  const sorted = [...events].sort((a, b) => a.at - b.at);
  let e = 0;
  for (const message of messages) {
    while (e < sorted.length && sorted[e]!.at < message.sentAt) out.push(sorted[e++]!);
    out.push(message);
  }
  while (e < sorted.length) out.push(sorted[e++]!);
  return out;
}
