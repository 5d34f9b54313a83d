import { isAutoReplyText } from '../core/away/reply-text';
import { detectLanguage, dominantLanguage } from '../core/language';
import { type Alignment, alignMessages, PRECISION_RANK } from '../core/message-identity';
import {
  type CustomerRecord,
  type Flag,
  type InboxSnapshot,
  type MessageRecord,
  type ThreadRecord,
  type ThreadSnapshot,
  type ThreadState,
  threadIdOf,
} from '../core/model';
import type { IngestInboxResult, IngestResult } from '../core/protocol';
import { snippetOf } from '../core/text';
import type { AppDb } from './db';
import { providerLanguage } from './message-translations';
import { classifiedFields as classified, threadClassification } from './thread-intent';

/**
 * Amazon shows buyers by first name only, so a name alone would merge every "Palmer" on a marketplace. Without
 * the portal's buyer id, a customer is keyed by name and their first order (or thread).
 */
export function customerIdOf(
  platform: string,
  site: string,
  buyer: { name: string; nativeId?: string },
  anchor: string,
): string {
  const key = buyer.nativeId ? `id:${buyer.nativeId}` : `name:${buyer.name.trim().toLowerCase()}|${anchor}`;
  return `${platform}:${site}:${key}`;
}

const flag = (value: boolean): Flag => (value ? 1 : 0);

/**
 * Store one thread snapshot: idempotent (a retry after a lost acknowledgement changes nothing), aligned with what
 * is stored (see core/message-identity.ts), and atomic: the acknowledgement is only sent after the transaction
 * commits, so a service worker stopped mid-ingest loses nothing — the content script sends again.
 */
export async function ingestThread(
  db: AppDb,
  snapshot: ThreadSnapshot,
  now = Date.now(),
): Promise<IngestResult> {
  return db.transaction('rw', [db.threads, db.messages, db.customers, db.events], async () => {
    let threadId = threadIdOf(snapshot.platform, snapshot.site, snapshot.nativeThreadId);
    let previous = await db.threads.get(threadId);
    if (!previous) {
      const same = await sameConversation(db, snapshot);
      if (same) {
        // The same conversation reached another way (eBay: with and without its id in the URL): one thread.
        threadId = same.id;
        previous = same;
        snapshot = { ...snapshot, nativeThreadId: same.nativeThreadId };
      }
    }
    const stored = await db.messages.where('threadId').equals(threadId).toArray();
    const storedById = new Map(stored.map((m) => [m.id, m]));
    const alignment = alignMessages(threadId, stored, snapshot.messages);

    const changed: MessageRecord[] = [];
    const added: MessageRecord[] = [];
    let lastKnownAt = snapshot.capturedAt;
    snapshot.messages.forEach((m, index) => {
      const a = alignment[index] as Alignment;
      // A message whose time did not parse sorts with its neighbour; seq keeps the page order.
      const sentAt = m.sentAt ?? lastKnownAt;
      if (m.sentAt !== null) lastKnownAt = m.sentAt;
      if (a.kind === 'existing') {
        const old = storedById.get(a.id);
        if (!old) return;
        const morePrecise = PRECISION_RANK[m.sentAtPrecision] > PRECISION_RANK[old.sentAtPrecision];
        const gainedNativeId = m.nativeId && !old.nativeId;
        const gainedUrls = m.attachments.some((att, i) => att.url && !old.attachments[i]?.url);
        if (morePrecise || gainedNativeId || gainedUrls) {
          changed.push({
            ...old,
            nativeId: old.nativeId ?? m.nativeId,
            sentAt: morePrecise && m.sentAt !== null ? m.sentAt : old.sentAt,
            sentAtText: morePrecise ? m.sentAtText : old.sentAtText,
            sentAtPrecision: morePrecise ? m.sentAtPrecision : old.sentAtPrecision,
            attachments: gainedUrls ? m.attachments : old.attachments,
          });
        }
        return;
      }
      // The marketplace and the thread's known language decide what the text alone cannot (Malay vs Indonesian,
      // kanji-only Japanese on amazon.co.jp).
      const language =
        m.direction === 'in'
          ? detectLanguage(m.text, { site: snapshot.site, threadLanguage: previous?.language })
          : undefined;
      added.push({
        id: a.id,
        threadId,
        nativeId: m.nativeId,
        fingerprint: a.fingerprint,
        seq: a.seq,
        direction: m.direction,
        author: m.author,
        sentAt,
        sentAtText: m.sentAtText,
        sentAtPrecision: m.sentAtPrecision,
        text: m.text,
        language,
        translations: {},
        attachments: m.attachments,
        firstSeenAt: now,
        ...(m.direction === 'in' ? classified(m.text, language, snapshot.site) : {}),
      });
    });
    // Buyer messages stored before the classifier (or by an older version that skipped them) get their fields now.
    const changedIds = new Set(changed.map((m) => m.id));
    for (const [i, m] of changed.entries()) {
      if (m.direction === 'in' && m.intent === undefined)
        changed[i] = { ...m, ...classified(m.text, m.language, snapshot.site) };
    }
    for (const old of stored) {
      if (old.direction !== 'in' || old.intent !== undefined || changedIds.has(old.id)) continue;
      changed.push({ ...old, ...classified(old.text, old.language, snapshot.site) });
    }

    const merged = new Map(stored.map((m) => [m.id, m]));
    for (const m of [...changed, ...added]) merged.set(m.id, m);
    const timeline = [...merged.values()].sort((a, b) => a.sentAt - b.sentAt || a.seq - b.seq);

    const thread = buildThread(previous, snapshot, threadId, timeline, added, now);
    const result = {
      ok: true as const,
      threadId,
      added: added.length,
      updated: changed.length,
      total: timeline.length,
    };
    // A re-read that changes nothing writes nothing: no churn for the live queries of open extension pages.
    if (previous && changed.length + added.length === 0 && sameThread(previous, thread)) return result;

    const writes: Promise<unknown>[] = [
      db.threads.put(thread),
      upsertCustomer(db, thread, added.length, now),
    ];
    if (changed.length + added.length > 0) writes.push(db.messages.bulkPut([...changed, ...added]));
    if (!previous || previous.captured === 0) {
      writes.push(absorbInboxStubs(db, thread));
      writes.push(
        db.events.add({ at: now, type: 'thread.captured', threadId, detail: { messages: timeline.length } }),
      );
    }
    await Promise.all(writes);
    return result;
  });
}

/** A captured thread of the same buyer handle with the same conversation key, stored under another id. */
async function sameConversation(db: AppDb, snapshot: ThreadSnapshot): Promise<ThreadRecord | undefined> {
  if (!snapshot.conversationKey || !snapshot.buyer.nativeId) return undefined;
  const customerId = customerIdOf(snapshot.platform, snapshot.site, snapshot.buyer, '');
  const sameBuyer = await db.threads.where('customerId').equals(customerId).toArray();
  return sameBuyer.find(
    (t) => t.captured === 1 && t.site === snapshot.site && t.conversationKey === snapshot.conversationKey,
  );
}

/** Equal but for the update time: nothing the inbox shows has changed. */
function sameThread(a: ThreadRecord, b: ThreadRecord): boolean {
  return JSON.stringify({ ...a, updatedAt: 0 }) === JSON.stringify({ ...b, updatedAt: 0 });
}

function buildThread(
  previous: ThreadRecord | undefined,
  snapshot: ThreadSnapshot,
  threadId: string,
  timeline: MessageRecord[],
  added: MessageRecord[],
  now: number,
): ThreadRecord {
  const conversational = timeline.filter((m) => m.direction !== 'system');
  const last = conversational[conversational.length - 1] ?? timeline[timeline.length - 1];
  const lastAt = (direction: 'in' | 'out') =>
    timeline.reduce((max, m) => (m.direction === direction ? Math.max(max, m.sentAt) : max), 0);
  const lastInboundAt = lastAt('in');
  const lastOutboundAt = lastAt('out');
  // Away mode's automatic reply is no answer: the thread stays in "Needs reply" until a human writes.
  const answering = conversational.filter(
    (m) => !(m.direction === 'out' && isAutoReplyText(m.text, previous?.autoReplyText)),
  );
  const needsReply = answering[answering.length - 1]?.direction === 'in';
  const newInbound = added.some((m) => m.direction === 'in');
  const newOutbound = added.some((m) => m.direction === 'out');

  // Buyer messages since our last reply decide intent, sentiment and urgency; a manual urgent flag wins.
  // Since our last answer: an automatic away-mode reply is no answer either.
  const lastAnswerAt = answering.reduce(
    (max, m) => (m.direction === 'out' ? Math.max(max, m.sentAt) : max),
    0,
  );
  const sinceReply = timeline.filter((m) => m.direction === 'in' && m.sentAt >= lastAnswerAt);
  const summary = threadClassification(needsReply ? sinceReply : [], timeline);
  const urgent = previous?.urgentManual ?? flag(summary.urgent);

  let state: ThreadState;
  if (!previous || previous.captured === 0) state = needsReply ? 'open' : 'pending';
  else if (newInbound && needsReply)
    state = 'open'; // the buyer wrote again: back to the queue
  else if (newOutbound && previous.state === 'open' && !needsReply) state = 'pending';
  else state = previous.state;

  // New buyer messages are unread unless the agent is looking at the thread in the portal right now.
  let unread: Flag = previous?.unread ?? 0;
  if (snapshot.visible) unread = 0;
  else if (newInbound) unread = 1;

  const buyerTexts = timeline.filter((m) => m.direction === 'in').map((m) => m.text);
  const orderIds = [...new Set([...(previous?.orderIds ?? []), ...snapshot.orderIds])];
  return {
    id: threadId,
    platform: snapshot.platform,
    site: snapshot.site,
    shop: snapshot.shop ?? previous?.shop,
    host: snapshot.host,
    nativeThreadId: snapshot.nativeThreadId,
    conversationKey: snapshot.conversationKey ?? previous?.conversationKey,
    url: snapshot.url,
    buyerName: snapshot.buyer.name || previous?.buyerName || '',
    buyerNativeId: snapshot.buyer.nativeId ?? previous?.buyerNativeId,
    customerId:
      previous?.customerId ??
      customerIdOf(snapshot.platform, snapshot.site, snapshot.buyer, orderIds[0] ?? snapshot.nativeThreadId),
    orderIds,
    items: snapshot.items.length > 0 ? snapshot.items : (previous?.items ?? []),
    subject: snapshot.subject || previous?.subject || '',
    snippet: last ? snippetOf(last.text) : (previous?.snippet ?? ''),
    snippetDirection: last?.direction ?? 'in',
    portalStatus: snapshot.portalStatus,
    lastMessageAt: timeline.length > 0 ? Math.max(...timeline.map((m) => m.sentAt)) : snapshot.capturedAt,
    lastInboundAt,
    lastOutboundAt,
    messageCount: timeline.length,
    needsReply: flag(needsReply),
    unread,
    urgent,
    urgentManual: previous?.urgentManual,
    state,
    // What a translation provider reported for the buyer's messages wins over the local detector's guess.
    language:
      providerLanguage(timeline) ??
      dominantLanguage(buyerTexts, { site: snapshot.site, threadLanguage: previous?.language }) ??
      previous?.language,
    intent: summary.intent ?? previous?.intent,
    sentiment: summary.sentiment ?? previous?.sentiment,
    urgentReasons: previous?.urgentManual === undefined ? summary.urgentReasons : [],
    autoReplyAt: previous?.autoReplyAt,
    autoReplyMessageId: previous?.autoReplyMessageId,
    autoReplyText: previous?.autoReplyText,
    tags: previous?.tags ?? [],
    assignee: previous?.assignee,
    captured: 1,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
  };
}

/**
 * A thread first seen as an inbox row may be keyed differently from the captured thread when the list does not
 * expose the thread's id (Amazon rows carry no case id; eBay cards carry a conversation id the thread pane may not
 * show). Once the agent opens it, the captured thread replaces the stub: same platform and site, and either a
 * shared order id or the same buyer handle and subject.
 */
async function absorbInboxStubs(db: AppDb, thread: ThreadRecord): Promise<void> {
  const candidates = new Map<string, ThreadRecord>();
  if (thread.orderIds.length > 0) {
    for (const stub of await db.threads.where('orderIds').anyOf(thread.orderIds).toArray()) {
      candidates.set(stub.id, stub);
    }
  }
  const subject = comparableSubject(thread.subject);
  if (thread.buyerNativeId && subject) {
    for (const stub of await db.threads.where('customerId').equals(thread.customerId).toArray()) {
      if (comparableSubject(stub.subject) === subject) candidates.set(stub.id, stub);
    }
  }
  for (const stub of candidates.values()) {
    if (stub.id === thread.id || stub.captured === 1) continue;
    if (stub.platform !== thread.platform || stub.site !== thread.site) continue;
    await db.threads.delete(stub.id);
  }
}

function comparableSubject(subject: string): string {
  return subject.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

async function upsertCustomer(
  db: AppDb,
  thread: ThreadRecord,
  newMessages: number,
  now: number,
): Promise<void> {
  const existing = await db.customers.get(thread.customerId);
  const customer: CustomerRecord = existing
    ? {
        ...existing,
        name: thread.buyerName || existing.name,
        orderIds: [...new Set([...existing.orderIds, ...thread.orderIds])],
        threadIds: existing.threadIds.includes(thread.id)
          ? existing.threadIds
          : [...existing.threadIds, thread.id],
        messageCount: existing.messageCount + newMessages,
        lastSeenAt: Math.max(existing.lastSeenAt, thread.lastMessageAt),
      }
    : {
        id: thread.customerId,
        platform: thread.platform,
        site: thread.site,
        name: thread.buyerName,
        nativeId: thread.buyerNativeId,
        orderIds: thread.orderIds,
        threadIds: [thread.id],
        messageCount: newMessages,
        tags: [],
        notes: '',
        firstSeenAt: now,
        lastSeenAt: thread.lastMessageAt,
      };
  await db.customers.put(customer);
}

/**
 * Inbox rows keep the list honest about threads the agent has not opened yet: rows with an id become stub
 * threads (captured = 0); the portal's unread flag is authoritative for every row it shows.
 */
export async function ingestInbox(
  db: AppDb,
  snapshot: InboxSnapshot,
  now = Date.now(),
): Promise<IngestInboxResult> {
  return db.transaction('rw', [db.threads], async () => {
    let touched = 0;
    for (const row of snapshot.rows) {
      const site = row.site ?? snapshot.site;
      let existing: ThreadRecord | undefined;
      if (row.nativeThreadId) {
        existing = await db.threads.get(threadIdOf(snapshot.platform, site, row.nativeThreadId));
      }
      if (!existing && row.orderIds.length > 0) {
        const sameOrder = await db.threads.where('orderIds').anyOf(row.orderIds).toArray();
        existing = sameOrder.find((t) => t.platform === snapshot.platform && t.site === site);
      }
      if (!existing && row.buyerId) {
        // A captured thread keyed differently from its card (eBay): the same buyer handle and subject.
        const customerId = customerIdOf(
          snapshot.platform,
          site,
          { name: row.buyer, nativeId: row.buyerId },
          '',
        );
        const subject = comparableSubject(row.subject);
        const sameBuyer = await db.threads.where('customerId').equals(customerId).toArray();
        existing = sameBuyer.find(
          (t) => t.captured === 1 && subject && comparableSubject(t.subject) === subject,
        );
      }
      if (existing) {
        const unread = flag(row.unread);
        const needsReply = row.needsReply === undefined ? existing.needsReply : flag(row.needsReply);
        if (existing.unread !== unread || existing.needsReply !== needsReply) {
          await db.threads.put({ ...existing, unread, needsReply, updatedAt: now });
          touched++;
        }
        continue;
      }
      const nativeThreadId = row.nativeThreadId ?? (row.orderIds[0] ? `order-${row.orderIds[0]}` : undefined);
      if (!nativeThreadId) continue; // nothing stable to key it by; it is captured once opened
      const id = threadIdOf(snapshot.platform, site, nativeThreadId);
      const at = row.at ?? snapshot.capturedAt;
      await db.threads.put({
        id,
        platform: snapshot.platform,
        site,
        shop: row.shop,
        host: snapshot.host,
        nativeThreadId,
        url: row.url ?? snapshot.url,
        buyerName: row.buyer,
        buyerNativeId: row.buyerId,
        customerId: customerIdOf(
          snapshot.platform,
          site,
          { name: row.buyer, nativeId: row.buyerId },
          row.orderIds[0] ?? nativeThreadId,
        ),
        orderIds: row.orderIds,
        items: [],
        subject: row.subject,
        snippet: snippetOf(row.snippet || row.subject),
        snippetDirection: 'in',
        lastMessageAt: at,
        lastInboundAt: at,
        lastOutboundAt: 0,
        messageCount: 0,
        needsReply: flag(row.needsReply ?? false),
        unread: flag(row.unread),
        urgent: 0,
        state: 'open',
        tags: [],
        captured: 0,
        createdAt: now,
        updatedAt: now,
      });
      touched++;
    }
    return { ok: true, threads: touched };
  });
}
