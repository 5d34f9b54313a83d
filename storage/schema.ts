/**
 * The database schema as a changelog. Never edit a published version: add a new constant, register it in
 * SCHEMA_VERSIONS with its upgrade function, and add a seed for the previous version to
 * tests/unit/schema-upgrade.test.ts, which opens every older version, seeds it and upgrades to the newest.
 *
 * Index only what is queried. Flags are 0/1 so they can be indexed.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dated note: what changed and why. */
  note: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/** 2026-11-23 — first version: conversations, customers and the audit log. */
const V1: SchemaVersion = {
  version: 1,
  note: 'threads, messages, customers, events',
  stores: {
    // Inbox pages walk lastMessageAt backwards; filters narrow by platform or state on the same order.
    // orderIds (multi-entry) finds a thread by order: search, and merging inbox-row stubs into captured threads.
    // [needsReply+state] counts the threads waiting for a reply natively (toolbar badge, popup).
    threads:
      'id, lastMessageAt, [platform+lastMessageAt], [state+lastMessageAt], [needsReply+state], customerId, *orderIds',
    // A thread's timeline in order; ingest loads a thread's messages by threadId.
    messages: 'id, threadId, [threadId+sentAt]',
    customers: 'id, lastSeenAt',
    events: '++seq, at, threadId, type',
  },
};

/** 2026-11-23 — translation cache (issue 4). Messages keep their translations on the record; no index change. */
const V2: SchemaVersion = {
  version: 2,
  note: 'translationCache: translated texts by hash of text, languages, provider and variant, purged by age',
  stores: {
    // Looked up by key only; the purge alarm walks createdAt to drop entries older than settings.cacheDays.
    translationCache: 'key, createdAt',
  },
};

/**
 * 2026-11-23 — inbox counts from indexes. The side panel's filter bar counted its tabs, platforms and sites by
 * reading and deserialising every thread (a getAll of 10,000 threads took 0.3–0.7 s on the bench VM, on every load
 * and after every write); now each number is an index `count()` (storage/queries.ts inboxCounts), which Chromium
 * still walks entry by entry but without reading a record. Each flag index ends in platform and site so a count can
 * be narrowed to the chosen platform or marketplace. IndexedDB fills new indexes from the stored records when the
 * version opens: no upgrade function, no data change.
 */
const V3: SchemaVersion = {
  version: 3,
  note: 'threads: [platform+site] (site list) and [flag…+platform+site] indexes, so the inbox counts read no record',
  stores: {
    threads:
      'id, lastMessageAt, [platform+lastMessageAt], [state+lastMessageAt], [needsReply+state], customerId, *orderIds, ' +
      '[platform+site], [state+platform+site], [needsReply+state+platform+site], [unread+platform+site], [urgent+platform+site]',
  },
};

/**
 * 2026-11-23 — replies (issue 5): the template library, and urgent-first inbox pages. Templates are few (hundreds)
 * and are read whole, so only the primary key. `[urgent+lastMessageAt]` lets "urgent first" walk the urgent threads
 * newest first, then the rest, without sorting the table. Buyer messages gain intent/sentiment/urgent fields (no
 * index). No upgrade function: the stored messages are classified by the background after it starts
 * (storage/classify-stored.ts), so the pages that open the database never load the classifier.
 */
const V4: SchemaVersion = {
  version: 4,
  note: 'templates table; threads [urgent+lastMessageAt] for urgent-first pages',
  stores: {
    templates: 'id',
    threads:
      'id, lastMessageAt, [platform+lastMessageAt], [state+lastMessageAt], [needsReply+state], customerId, *orderIds, ' +
      '[platform+site], [state+platform+site], [needsReply+state+platform+site], [unread+platform+site], [urgent+platform+site], ' +
      '[urgent+lastMessageAt]',
  },
};

/**
 * V4 upgrade: classify the stored buyer messages (core/intent) and give each thread its intent, sentiment and
 * urgency as ingest now does (storage/thread-intent.ts). Two cursor passes in the upgrade transaction (messages,
 * then threads), Dexie writing the changes in bulk; only the slim classification of each buyer message is kept in
 * memory between the passes, never the texts. The classifier is synchronous: nothing awaits outside IndexedDB, so
 * the transaction stays alive. A manual urgent flag is kept.
 */

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [V1, V2, V3, V4];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
