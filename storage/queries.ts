/**
 * Read-only queries behind the side panel and the popup. Pure functions of the database, so pages can wrap them in
 * `useLiveQuery` and tests can run them against fake-indexeddb. Writes go through the background (core/protocol).
 */
import Dexie, { type IndexableType } from 'dexie';
import { type MessageRecord, PLATFORMS, type Platform, type ThreadRecord } from '../core/model';
import type { AppDb } from './db';

export const STATE_TABS = ['all', 'needsReply', 'unread', 'urgent', 'pending', 'handled'] as const;
export type StateTab = (typeof STATE_TABS)[number];

/** Newest first, or the urgent threads (newest first) before all the others (newest first). */
export type InboxOrder = 'newest' | 'urgent-first';

export interface InboxFilter {
  tab: StateTab;
  platform?: Platform;
  /** Marketplace, e.g. `amazon.de`. */
  site?: string;
  /** Pages and search results only; counts ignore it. Default 'newest'. */
  order?: InboxOrder;
}

const HOUR = 3_600_000;

/** "Needs reply" means the buyer spoke last and nobody closed the thread. */
export function needsReply(thread: ThreadRecord): boolean {
  return thread.needsReply === 1 && thread.state !== 'done';
}

export function matchesTab(thread: ThreadRecord, tab: StateTab): boolean {
  switch (tab) {
    case 'all':
      return true;
    case 'needsReply':
      return needsReply(thread);
    case 'unread':
      return thread.unread === 1;
    case 'urgent':
      return thread.urgent === 1;
    case 'pending':
      return thread.state === 'pending';
    case 'handled':
      return thread.state === 'done';
  }
}

function matchesScope(thread: ThreadRecord, filter: Omit<InboxFilter, 'tab'>): boolean {
  if (filter.platform && thread.platform !== filter.platform) return false;
  if (filter.site && thread.site !== filter.site) return false;
  return true;
}

/** Whether the buyer has waited longer than the SLA for a reply. */
export function isOverdue(thread: ThreadRecord, now: number, slaHours: number): boolean {
  return needsReply(thread) && thread.lastInboundAt > 0 && now - thread.lastInboundAt > slaHours * HOUR;
}

/**
 * Newest threads first (or urgent first, see {@link urgentFirstPage}). Walks the narrowest `…+lastMessageAt` index
 * backwards, so Dexie stops as soon as the page is full instead of reading the whole table.
 */
export function inboxPage(
  db: AppDb,
  filter: InboxFilter,
  limit: number,
  offset = 0,
): Promise<ThreadRecord[]> {
  // On the urgent tab every thread is urgent: urgent-first is simply newest first.
  if (filter.order === 'urgent-first' && filter.tab !== 'urgent') {
    return urgentFirstPage(db, filter, limit, offset);
  }
  const walk = newestFirst(db, filter);
  const rows = isExact(filter)
    ? walk
    : walk.filter((t) => matchesTab(t, filter.tab) && matchesScope(t, filter));
  return rows.offset(offset).limit(limit).toArray();
}

/**
 * No JS filter when the index already selects exactly the rows (the "All" tab, or a state tab on its own index):
 * Dexie then reads the page in one go instead of calling back for every record.
 */
function isExact(filter: InboxFilter): boolean {
  return !filter.site && (filter.tab === 'all' || (!filter.platform && stateOfTab(filter.tab) !== undefined));
}

/**
 * Urgent first: the `[urgent+lastMessageAt]` index walked backwards over urgent = 1, then over urgent = 0, so the
 * order needs no sort of the table. The page (offset, limit) runs across both segments as if they were one list:
 * the urgent segment gives what it has from `offset`; when it runs out, the rest of the page comes from the top of
 * the other segment, skipping what the offset still covers. Urgent threads are few, so counting them (only needed
 * when a page starts past their end) is cheap.
 */
async function urgentFirstPage(
  db: AppDb,
  filter: InboxFilter,
  limit: number,
  offset: number,
): Promise<ThreadRecord[]> {
  const segment = (urgent: 0 | 1) => {
    const walk = db.threads
      .where('[urgent+lastMessageAt]')
      .between([urgent, Dexie.minKey], [urgent, Dexie.maxKey])
      .reverse();
    // The "All" tab without a scope is the segment itself; anything else is checked per record.
    return filter.tab === 'all' && !filter.platform && !filter.site
      ? walk
      : walk.filter((t) => matchesTab(t, filter.tab) && matchesScope(t, filter));
  };
  const urgent = await segment(1).offset(offset).limit(limit).toArray();
  if (urgent.length >= limit) return urgent;
  // The urgent segment ended inside this page (it held offset + urgent.length rows), or before it (count them).
  const urgentTotal = urgent.length > 0 ? offset + urgent.length : await segment(1).count();
  const rest = await segment(0)
    .offset(Math.max(0, offset - urgentTotal))
    .limit(limit - urgent.length)
    .toArray();
  return [...urgent, ...rest];
}

function stateOfTab(tab: StateTab): ThreadRecord['state'] | undefined {
  return tab === 'pending' ? 'pending' : tab === 'handled' ? 'done' : undefined;
}

function newestFirst(db: AppDb, filter: InboxFilter) {
  if (filter.platform) {
    return db.threads
      .where('[platform+lastMessageAt]')
      .between([filter.platform, Dexie.minKey], [filter.platform, Dexie.maxKey])
      .reverse();
  }
  const state = stateOfTab(filter.tab);
  if (state) {
    return db.threads
      .where('[state+lastMessageAt]')
      .between([state, Dexie.minKey], [state, Dexie.maxKey])
      .reverse();
  }
  return db.threads.orderBy('lastMessageAt').reverse();
}

export interface SiteCount {
  platform: Platform;
  site: string;
  count: number;
}

export interface InboxCounts {
  /** Every thread in the database, whatever the filter. Zero means a new user. */
  total: number;
  /** Per state tab, within the platform/site scope. */
  tabs: Record<StateTab, number>;
  /** Per platform, all platforms (zero when none stored). */
  platforms: Record<Platform, number>;
  /** Sites present, most threads first; within the platform scope when one is given. */
  sites: SiteCount[];
}

/**
 * Counts for the filter bar, from index counts (schema v3): no thread record is read or deserialised. IndexedDB still
 * counts entry by entry, so the ranges are kept small: the sites (distinct keys of `[platform+site]`, one count
 * each) also give the platform counts and the total, and "handled" is what is neither open nor pending. Each flag
 * index ends in platform and site, so a count narrows to the chosen platform or marketplace.
 */
export async function inboxCounts(db: AppDb, scope: Omit<InboxFilter, 'tab'> = {}): Promise<InboxCounts> {
  const pairKeys = (await db.threads.orderBy('[platform+site]').uniqueKeys()) as unknown as [
    Platform,
    string,
  ][];
  const pairCounts = await Promise.all(
    pairKeys.map((key) => db.threads.where('[platform+site]').equals(key).count()),
  );
  const allSites: SiteCount[] = pairKeys.map(([platform, site], i) => ({
    platform,
    site,
    count: pairCounts[i]!,
  }));
  const platforms = Object.fromEntries(PLATFORMS.map((p) => [p, 0])) as Record<Platform, number>;
  for (const s of allSites) platforms[s.platform] += s.count;
  const total = allSites.reduce((sum, s) => sum + s.count, 0);
  const sites = allSites.filter((s) => !scope.platform || s.platform === scope.platform);
  // A site scope without a platform means that site on whichever platform has it.
  const scoped = sites.filter((s) => !scope.site || s.site === scope.site);

  const count = async (index: string, prefix: IndexableType[]): Promise<number> => {
    const where = db.threads.where(index);
    if (scope.site) {
      const each = await Promise.all(
        scoped.map((s) => where.equals([...prefix, s.platform, s.site] as IndexableType).count()),
      );
      return each.reduce((a, b) => a + b, 0);
    }
    // A shorter array sorts before every longer one with the same start: [...prefix] to [...prefix, maxKey] is
    // everything under the prefix.
    const start = scope.platform ? [...prefix, scope.platform] : prefix;
    return where.between(start, [...start, Dexie.maxKey]).count();
  };
  const all = scoped.reduce((sum, s) => sum + s.count, 0);
  const [needsOpen, needsPending, unread, urgent, open, pending] = await Promise.all([
    count('[needsReply+state+platform+site]', [1, 'open']),
    count('[needsReply+state+platform+site]', [1, 'pending']),
    count('[unread+platform+site]', [1]),
    count('[urgent+platform+site]', [1]),
    count('[state+platform+site]', ['open']),
    count('[state+platform+site]', ['pending']),
  ]);
  return {
    total,
    tabs: {
      all,
      needsReply: needsOpen + needsPending,
      unread,
      urgent,
      pending,
      handled: all - open - pending,
    },
    platforms,
    sites: sites.sort((a, b) => b.count - a.count || a.site.localeCompare(b.site)),
  };
}

/** A thread's messages, oldest first; messages with the same time keep the order they had on the page. */
export async function threadTimeline(db: AppDb, threadId: string): Promise<MessageRecord[]> {
  const messages = await db.messages
    .where('[threadId+sentAt]')
    .between([threadId, Dexie.minKey], [threadId, Dexie.maxKey])
    .toArray();
  return messages.sort((a, b) => a.sentAt - b.sentAt || a.seq - b.seq);
}

/**
 * Case-insensitive substring search over buyer name, subject and order ids, newest first (urgent first when the
 * filter asks). A full scan plus a JS
 * filter is about twice as fast as Dexie's `Collection.filter()`; the side panel reads the table once per search
 * session and filters it with {@link searchIn} on each (debounced) keystroke.
 */
export async function searchThreads(
  db: AppDb,
  text: string,
  limit: number,
  filter: InboxFilter = { tab: 'all' },
): Promise<ThreadRecord[]> {
  if (text.trim().length === 0) return inboxPage(db, filter, limit);
  return searchIn(await db.threads.toArray(), text, limit, filter);
}

/**
 * {@link searchThreads} over threads already read (`db.threads.toArray()`, in id order: threads with the same time
 * keep that order). A non-empty `text` is expected.
 */
export function searchIn(
  threads: readonly ThreadRecord[],
  text: string,
  limit: number,
  filter: InboxFilter = { tab: 'all' },
): ThreadRecord[] {
  const needle = text.trim().toLocaleLowerCase();
  const hits = threads.filter(
    (t) =>
      matchesTab(t, filter.tab) &&
      matchesScope(t, filter) &&
      (t.buyerName.toLocaleLowerCase().includes(needle) ||
        t.subject.toLocaleLowerCase().includes(needle) ||
        t.orderIds.some((id) => id.toLocaleLowerCase().includes(needle))),
  );
  const urgentFirst = filter.order === 'urgent-first';
  return hits
    .sort((a, b) => (urgentFirst ? b.urgent - a.urgent : 0) || b.lastMessageAt - a.lastMessageAt)
    .slice(0, limit);
}

export interface OldestWaiting {
  threadId: string;
  buyerName: string;
  platform: Platform;
  site: string;
  /** When the buyer's unanswered message arrived. */
  since: number;
  waitedMs: number;
}

export interface PlatformStats {
  total: number;
  open: number;
  needsReply: number;
  overdue: number;
}

export interface ManagerStats {
  total: number;
  /** state === 'open': needs attention. */
  open: number;
  /** state === 'pending': waiting on the buyer or in progress. */
  pending: number;
  handled: number;
  needsReply: number;
  unread: number;
  urgent: number;
  overdue: number;
  oldestWaiting: OldestWaiting | null;
  perPlatform: Record<Platform, PlatformStats>;
}

/** The popup's dashboard numbers. `now` is a parameter so the numbers are reproducible. */
export async function managerStats(db: AppDb, now: number, slaHours: number): Promise<ManagerStats> {
  const threads = await db.threads.toArray();
  const perPlatform = Object.fromEntries(
    PLATFORMS.map((p) => [p, { total: 0, open: 0, needsReply: 0, overdue: 0 }]),
  ) as Record<Platform, PlatformStats>;
  const stats: ManagerStats = {
    total: threads.length,
    open: 0,
    pending: 0,
    handled: 0,
    needsReply: 0,
    unread: 0,
    urgent: 0,
    overdue: 0,
    oldestWaiting: null,
    perPlatform,
  };
  let oldest: ThreadRecord | undefined;
  for (const t of threads) {
    const platform = perPlatform[t.platform];
    platform.total += 1;
    if (t.state === 'open') {
      stats.open += 1;
      platform.open += 1;
    } else if (t.state === 'pending') stats.pending += 1;
    else stats.handled += 1;
    if (t.unread === 1) stats.unread += 1;
    if (t.urgent === 1) stats.urgent += 1;
    if (!needsReply(t)) continue;
    stats.needsReply += 1;
    platform.needsReply += 1;
    if (isOverdue(t, now, slaHours)) {
      stats.overdue += 1;
      platform.overdue += 1;
    }
    if (t.lastInboundAt > 0 && (!oldest || t.lastInboundAt < oldest.lastInboundAt)) oldest = t;
  }
  if (oldest) {
    stats.oldestWaiting = {
      threadId: oldest.id,
      buyerName: oldest.buyerName,
      platform: oldest.platform,
      site: oldest.site,
      since: oldest.lastInboundAt,
      waitedMs: Math.max(0, now - oldest.lastInboundAt),
    };
  }
  return stats;
}
