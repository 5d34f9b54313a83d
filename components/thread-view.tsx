import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import type { MessageRecord, ThreadState } from '../core/model';
import { sendMessage } from '../core/protocol';
import { threadTimeline } from '../storage/queries';
import { useDb } from './db-context';
import { useI18n } from './i18n-context';
import { AlertIcon } from './icons';
import { ReplyDraft } from './reply-draft';
import type { MessageClassification } from './reply-templates/message-analysis';
import { ThreadStateActions } from './thread-state-actions';
import { ThreadSummary } from './thread-summary';
import { ThreadToolbar } from './thread-toolbar';
import { Timeline } from './timeline';
import { useBackgroundAction } from './use-background-action';
import { useNow } from './use-now';
import { useThreadTranslation } from './use-thread-translation';

interface ThreadViewProps {
  threadId: string;
  onBack: () => void;
}

/** One conversation: who, what, the timeline, workflow buttons and the reply box. Live like the list. */
export function ThreadView({ threadId, onBack }: ThreadViewProps) {
  const db = useDb();
  const { t } = useI18n();
  const now = useNow();
  const { run, error } = useBackgroundAction();
  // undefined while loading, null once we know the thread is gone (e.g. an inbox stub merged into a captured one).
  const thread = useLiveQuery(async () => (await db.threads.get(threadId)) ?? null, [db, threadId]);
  const messages = useLiveQuery(() => threadTimeline(db, threadId), [db, threadId]);
  const unread = thread?.unread === 1;
  const translation = useThreadTranslation(threadId, messages);
  const threadTranslationOn = translation.enabled || !translation.globalOn;
  const lastBuyerMessage = messages?.findLast((m) => m.direction === 'in');
  // Memoised: the suggestions and the picker's ranking are computed from it.
  const storedClassification = useMemo(
    () => (lastBuyerMessage?.intent ? classificationOf(lastBuyerMessage) : undefined),
    [lastBuyerMessage],
  );

  // Looking at a thread reads it; also when a new buyer message arrives while it is open.
  useEffect(() => {
    if (unread) void run(() => sendMessage('setThreadRead', { threadId, read: true }));
  }, [unread, threadId, run]);

  const setState = (state: ThreadState) => void run(() => sendMessage('setThreadState', { threadId, state }));
  const toggleUrgent = () =>
    void run(() => sendMessage('setThreadUrgent', { threadId, urgent: thread?.urgent !== 1 }));
  // Back to the list, or the effect above would read the thread again at once.
  const markUnread = () =>
    void run(async () => {
      await sendMessage('setThreadRead', { threadId, read: false });
      onBack();
    });
  const openInPortal = () => void run(() => sendMessage('openInPortal', { threadId }));

  return (
    <div data-testid="thread-view" data-thread-id={threadId} className="flex h-full flex-col bg-white">
      <header className="shrink-0 border-b border-slate-200">
        <ThreadToolbar
          thread={thread ?? null}
          onBack={onBack}
          onToggleUrgent={toggleUrgent}
          onMarkUnread={markUnread}
          onOpenInPortal={openInPortal}
          translation={{
            on: threadTranslationOn,
            globalOn: translation.globalOn,
            onToggle: () => translation.setThreadOn(!threadTranslationOn),
          }}
        />
        {thread && (
          <>
            <ThreadSummary thread={thread} now={now} />
            <div className="px-3 pb-2.5">
              <ThreadStateActions state={thread.state} onChange={setState} />
            </div>
          </>
        )}
        {error && (
          <p
            role="alert"
            data-testid="action-error"
            className="mx-3 mb-2 flex gap-1.5 rounded-md bg-red-50 px-2 py-1.5 text-[11.5px] text-red-800"
          >
            <AlertIcon className="mt-px size-3.5 shrink-0" />
            {t('actionFailed', { error })}
          </p>
        )}
        {translation.error && (
          <p
            role="alert"
            data-testid="translation-error"
            className="mx-3 mb-2 flex items-start gap-1.5 rounded-md bg-amber-50 px-2 py-1.5 text-[11.5px] text-amber-900"
          >
            <AlertIcon className="mt-px size-3.5 shrink-0" />
            <span className="min-w-0 flex-1 [overflow-wrap:anywhere]">
              {t('panelTrFailed', { error: translation.error })}
            </span>
            <button
              type="button"
              data-testid="translation-retry"
              onClick={translation.retry}
              className="shrink-0 font-semibold text-amber-900 underline hover:text-amber-700"
            >
              {t('panelTrRetry')}
            </button>
          </p>
        )}
      </header>
      {thread === null ? (
        <p className="flex-1 px-6 py-10 text-center text-[12px] text-slate-500">{t('threadMissing')}</p>
      ) : (
        <>
          <Timeline messages={messages} captured={thread?.captured !== 0} translation={translation} />
          <ReplyDraft
            threadId={threadId}
            buyerLanguage={thread?.language}
            platform={thread?.platform}
            revision={lastBuyerMessage ? `${lastBuyerMessage.id}:${lastBuyerMessage.intent ?? ''}` : ''}
            classification={storedClassification}
          />
        </>
      )}
    </div>
  );
}

/** The classification stored on a buyer message at ingest (core/intent). */
function classificationOf(message: MessageRecord): MessageClassification {
  return {
    intent: message.intent ?? 'other',
    sentiment: message.sentiment ?? 'neutral',
    urgent: message.urgent === 1,
    urgentReasons: message.urgentReasons ?? [],
  };
}
