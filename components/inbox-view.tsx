import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Platform, ThreadRecord } from '../core/model';
import { type InboxFilter, inboxCounts, inboxPage, type StateTab, searchIn } from '../storage/queries';
import { AdapterStatusStrip } from './adapter-status-strip';
import { useDb } from './db-context';
import { EmptyInbox } from './empty-inbox';
import { useI18n } from './i18n-context';
import { InboxHeader } from './inbox-header';
import { InboxList } from './inbox-list';
import { UrgentFirstToggle, useUrgentFirst } from './inbox-order';
import { NoMatches } from './no-matches';
import { PlatformFilter } from './platform-filter';
import { SearchBox } from './search-box';
import { SiteSelect } from './site-select';
import { StateTabs } from './state-tabs';
import { useDebouncedValue } from './use-debounced-value';
import { useNow } from './use-now';

const PAGE_SIZE = 50;

/** The cross-platform inbox: header, filters, live list. Everything re-renders when the background writes. */
export function InboxView({ onOpenThread }: { onOpenThread: (threadId: string) => void }) {
  const db = useDb();
  const { t } = useI18n();
  const now = useNow();
  const [filter, setFilter] = useState<InboxFilter>({ tab: 'all' });
  const [query, setQuery] = useState('');
  const search = useDebouncedValue(query.trim(), 150);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [urgentFirst, setUrgentFirst] = useUrgentFirst();
  // The order is part of the query; null (not read yet) holds the first page back instead of re-ordering it.
  const ordered: InboxFilter | undefined =
    urgentFirst === null ? undefined : { ...filter, order: urgentFirst ? 'urgent-first' : 'newest' };
  const changeOrder = (on: boolean) => {
    setUrgentFirst(on);
    setLimit(PAGE_SIZE);
  };

  const changeFilter = (change: Partial<InboxFilter>) => {
    setFilter((f) => ({ ...f, ...change }));
    setLimit(PAGE_SIZE);
  };
  const changeQuery = (value: string) => {
    setQuery(value);
    setLimit(PAGE_SIZE);
  };
  const loadMore = useCallback(() => setLimit((l) => l + PAGE_SIZE), []);

  // One row more than shown tells whether there is a next page.
  const inbox = useLiveQuery(
    () => (search || !ordered ? undefined : inboxPage(db, ordered, limit + 1)),
    [db, ordered?.tab, ordered?.platform, ordered?.site, ordered?.order, search, limit],
  );
  // Search has no index: the table is read once when typing starts (during the debounce) and kept, live, while the
  // box holds text, so each keystroke filters memory instead of reading every thread again.
  const searching = query.trim().length > 0;
  const everyThread = useLiveQuery(
    (): Promise<ThreadRecord[]> | undefined => (searching ? db.threads.toArray() : undefined),
    [db, searching],
  );
  const order = ordered?.order;
  const found = useMemo(
    () =>
      search && everyThread && order
        ? searchIn(everyThread, search, limit + 1, { ...filter, order })
        : undefined,
    [everyThread, search, limit, filter, order],
  );
  // While the next result is on its way, the rows shown stay (as a live query keeps its last value).
  const fresh = search ? found : inbox;
  const shown = useRef<ThreadRecord[] | undefined>(undefined);
  if (fresh !== undefined) shown.current = fresh;
  const page = fresh ?? shown.current;
  // The counts (tabs, platforms, sites) read whole indexes, so they start once the first page is on screen and do
  // not compete with it for the database; after that they follow the scope like any live query.
  const [countsStarted, setCountsStarted] = useState(false);
  useEffect(() => {
    if (page !== undefined) setCountsStarted(true);
  }, [page]);
  const freshCounts = useLiveQuery(
    () => (countsStarted ? inboxCounts(db, { platform: filter.platform, site: filter.site }) : undefined),
    [db, filter.platform, filter.site, countsStarted],
  );
  // A new scope restarts the query (undefined until it answers): the chips, the site list and the tab counts keep
  // their last values meanwhile instead of vanishing under the agent's click.
  const shownCounts = useRef<typeof freshCounts>(undefined);
  if (freshCounts !== undefined) shownCounts.current = freshCounts;
  const counts = freshCounts ?? shownCounts.current;

  const threads = page?.slice(0, limit) ?? [];
  // Until the counts arrive, an empty unfiltered first page means the same as no threads at all.
  const unfiltered = !search && filter.tab === 'all' && !filter.platform && !filter.site;
  const isNewUser = counts ? counts.total === 0 : unfiltered && page?.length === 0;

  return (
    <div className="flex h-full flex-col">
      <header className="shrink-0 border-b border-slate-200 bg-white">
        <InboxHeader waiting={counts?.tabs.needsReply} />
        {!isNewUser && (
          <>
            <div className="flex gap-1.5 px-3 pb-2">
              <SearchBox value={query} onChange={changeQuery} />
              {counts && (
                <SiteSelect
                  sites={counts.sites}
                  site={filter.site}
                  onChange={(site) => changeFilter({ site })}
                />
              )}
            </div>
            {/* The platform chips scroll; the order toggle keeps its place at the end of their row. */}
            <div className="flex items-start">
              <div className="min-w-0 flex-1">
                {counts && (
                  <PlatformFilter
                    platformCounts={counts.platforms}
                    platform={filter.platform}
                    onChange={(platform?: Platform) => changeFilter({ platform, site: undefined })}
                  />
                )}
              </div>
              {urgentFirst !== null && (
                <div className="shrink-0 pr-3 pb-2">
                  <UrgentFirstToggle on={urgentFirst} onChange={changeOrder} />
                </div>
              )}
            </div>
            <StateTabs
              counts={counts?.tabs}
              active={filter.tab}
              onChange={(tab: StateTab) => changeFilter({ tab })}
            />
          </>
        )}
      </header>
      <AdapterStatusStrip />
      <main className="min-h-0 flex-1 overflow-y-auto bg-white" data-testid="inbox">
        {isNewUser ? (
          <EmptyInbox />
        ) : page === undefined ? (
          <p className="p-6 text-center text-[12px] text-slate-400">{t('loading')}</p>
        ) : threads.length === 0 ? (
          <NoMatches
            onClear={() => {
              changeFilter({ tab: 'all', platform: undefined, site: undefined });
              changeQuery('');
            }}
          />
        ) : (
          <InboxList
            threads={threads}
            hasMore={page.length > limit}
            now={now}
            onOpen={onOpenThread}
            onLoadMore={loadMore}
          />
        )}
      </main>
    </div>
  );
}
