import { useCallback, useDeferredValue } from 'react';
import type { ThreadRecord } from '../core/model';
import { useI18n } from './i18n-context';
import { InboxRow } from './inbox-row';

/** Rows in the first paint: more than a side panel shows; the rest of the page follows in a background render. */
const FIRST_PAINT_ROWS = 16;

interface InboxListProps {
  threads: ThreadRecord[];
  hasMore: boolean;
  now: number;
  onOpen: (threadId: string) => void;
  onLoadMore: () => void;
}

/** The rows, and a "load more" button that also fires by itself when it scrolls into view. */
export function InboxList({ threads, hasMore, now, onOpen, onLoadMore }: InboxListProps) {
  const { t } = useI18n();
  // The first render paints the rows on screen; React then renders the whole page at lower priority. Later pages
  // keep the rows shown until the longer list is ready.
  const rows = useDeferredValue(threads, threads.slice(0, FIRST_PAINT_ROWS));
  const complete = rows.length === threads.length;

  // A callback ref with cleanup (React 19). The button is re-keyed per page, so the observer starts afresh and its
  // first observation loads the next page again if the button is still on screen.
  const observeLoadMore = useCallback(
    (button: HTMLButtonElement | null) => {
      if (!button) return;
      const observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) onLoadMore();
      });
      observer.observe(button);
      return () => observer.disconnect();
    },
    [onLoadMore],
  );

  return (
    <>
      <ul data-testid="inbox-list">
        {rows.map((thread) => (
          <InboxRow key={thread.id} thread={thread} now={now} onOpen={onOpen} />
        ))}
      </ul>
      {/* Not while rows are still coming: the observer would load the next page early. */}
      {hasMore && complete && (
        <div className="p-3 text-center">
          <button
            key={threads.length}
            ref={observeLoadMore}
            type="button"
            data-testid="load-more"
            onClick={onLoadMore}
            className="rounded-md px-3 py-1 text-[12px] font-medium text-teal-700 hover:bg-teal-50"
          >
            {t('loadMore')}
          </button>
        </div>
      )}
    </>
  );
}
