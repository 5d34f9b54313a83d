import { useLayoutEffect, useRef } from 'react';
import type { MessageRecord } from '../core/model';
import { useI18n } from './i18n-context';
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

  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && count > 0) el.scrollTop = el.scrollHeight;
  }, [count]);

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
        {messages?.map((message) => (
          <TimelineMessage key={message.id} message={message} translation={viewOf(translation, message.id)} />
        ))}
      </ol>
    </div>
  );
}

function viewOf(translation: ThreadTranslation | undefined, id: string): MessageTranslationView | undefined {
  if (!translation?.enabled || !translation.agentLanguage) return undefined;
  return { agentLanguage: translation.agentLanguage, pending: translation.pending.has(id) };
}
