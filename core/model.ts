import type { Intent, Sentiment, UrgentReason } from './intent/types';

/**
 * The normalised data model shared by adapters, the background and the extension pages.
 * Adapters produce snapshots; the background turns them into records (see storage/schema.ts).
 */

export const PLATFORMS = ['amazon', 'ebay', 'shopee'] as const;
export type Platform = (typeof PLATFORMS)[number];

export type Direction = 'in' | 'out' | 'system';

/**
 * How much a portal's time text tells us. Relative texts ("7h", "vor 2 Tagen") drift between reads, so they
 * never take part in identity and never replace a more precise reading.
 */
export type TimePrecision = 'minute' | 'day' | 'relative' | 'unknown';

export interface AttachmentRef {
  name: string;
  url?: string;
}

export interface MessageSnapshot {
  /** The portal's own message id when the page exposes one. */
  nativeId?: string;
  direction: Direction;
  author: string;
  /** UTC milliseconds parsed from the portal's text with its locale; null when it could not be parsed. */
  sentAt: number | null;
  sentAtText: string;
  sentAtPrecision: TimePrecision;
  text: string;
  attachments: AttachmentRef[];
}

export interface ItemRef {
  id: string;
  title?: string;
  url?: string;
}

/** What an adapter reads from an open thread. Messages are oldest first. */
export interface ThreadSnapshot {
  platform: Platform;
  /** Marketplace, e.g. `amazon.de`, `ebay.co.uk`, `shopee.co.th`. */
  site: string;
  /** Store name when one portal login serves several shops (Shopee's China cross-border centre). */
  shop?: string;
  /** Host the agent used, e.g. `sellercentral.amazon.co.uk` (the EU inbox is consolidated). */
  host: string;
  /** The portal's thread id, or a stable id derived from buyer and order. */
  nativeThreadId: string;
  /**
   * What makes a conversation one conversation on this portal, when the id a page shows depends on how it was
   * reached (eBay: one conversation per buyer and item, whether the URL carries its id or not). A captured thread
   * of the same buyer handle with the same key is the same thread, whatever its id.
   */
  conversationKey?: string;
  url: string;
  buyer: { name: string; nativeId?: string };
  orderIds: string[];
  items: ItemRef[];
  subject: string;
  /** Status text the portal shows ("Resolved on Sep 5, 2026"). */
  portalStatus?: string;
  /** UI locale of the page the snapshot was read from (BCP 47). */
  locale: string;
  /** Whether the agent could see the thread when it was read (document visible). */
  visible: boolean;
  capturedAt: number;
  messages: MessageSnapshot[];
}

/** One row of a portal's conversation list. */
export interface InboxRow {
  nativeThreadId?: string;
  /** The row's own marketplace when one list mixes several (Shopee CNSC rows say "(MY) Store"). */
  site?: string;
  shop?: string;
  /** Link to the conversation when the row carries one. */
  url?: string;
  buyer: string;
  /** The buyer's portal handle when the row shows one (eBay and Shopee usernames are unique per site). */
  buyerId?: string;
  subject: string;
  snippet: string;
  unread: boolean;
  timeText: string;
  at: number | null;
  orderIds: string[];
  /** Set when the list is filtered to "Response needed", so every row shown needs a reply. */
  needsReply?: boolean;
}

export interface InboxSnapshot {
  platform: Platform;
  site: string;
  host: string;
  url: string;
  locale: string;
  capturedAt: number;
  rows: InboxRow[];
}

/** A thread's id in the database: `platform:site:nativeThreadId`. */
export function threadIdOf(platform: Platform, site: string, nativeThreadId: string): string {
  return `${platform}:${site}:${nativeThreadId}`;
}

export type ThreadState = 'open' | 'pending' | 'done';

/** Flags are stored as 0/1 so they can be indexed. */
export type Flag = 0 | 1;

export interface ThreadRecord {
  /** `platform:site:nativeThreadId` */
  id: string;
  platform: Platform;
  site: string;
  shop?: string;
  host: string;
  nativeThreadId: string;
  conversationKey?: string;
  url: string;
  buyerName: string;
  buyerNativeId?: string;
  customerId: string;
  orderIds: string[];
  items: ItemRef[];
  subject: string;
  /** Last message text, shortened, for the list. */
  snippet: string;
  snippetDirection: Direction;
  portalStatus?: string;
  lastMessageAt: number;
  lastInboundAt: number;
  lastOutboundAt: number;
  messageCount: number;
  needsReply: Flag;
  unread: Flag;
  urgent: Flag;
  /** Set when the agent flags or unflags by hand; wins over detection. */
  urgentManual?: Flag;
  state: ThreadState;
  language?: string;
  /** Of the buyer's messages since our last reply (else the last buyer message); see core/intent. */
  intent?: Intent;
  sentiment?: Sentiment;
  /** Why `urgent` was detected (empty when the flag is manual or not urgent). */
  urgentReasons?: UrgentReason[];
  /** When away mode last sent an automatic reply in this thread, and to which buyer message (never twice). */
  autoReplyAt?: number;
  autoReplyMessageId?: string;
  /** The text away mode sent: an outgoing message with this text is not a human answer (the thread still needs one). */
  autoReplyText?: string;
  tags: string[];
  assignee?: string;
  /** True once an open thread was read; false for threads only seen as inbox rows. */
  captured: Flag;
  createdAt: number;
  updatedAt: number;
}

export interface MessageRecord {
  /** Stable across re-reads: see core/message-identity.ts. */
  id: string;
  threadId: string;
  nativeId?: string;
  /** Hash of direction, normalised text and attachment names. */
  fingerprint: string;
  /** Position in the thread, oldest first; ties in sentAt are ordered by it. */
  seq: number;
  direction: Direction;
  author: string;
  sentAt: number;
  sentAtText: string;
  sentAtPrecision: TimePrecision;
  text: string;
  language?: string;
  /** Who decided `language`: the local detector, or the translation provider's report (wins once it came back). */
  languageSource?: 'detector' | 'provider';
  /** Agent-facing translations of the text, by target language. */
  translations: Record<string, string>;
  /** Which provider produced each translation (same keys as `translations`). */
  translatedBy?: Record<string, string>;
  attachments: AttachmentRef[];
  firstSeenAt: number;
  /** Buyer messages only, classified at ingest (core/intent). */
  intent?: Intent;
  sentiment?: Sentiment;
  urgent?: Flag;
  urgentReasons?: UrgentReason[];
}

export interface CustomerRecord {
  id: string;
  platform: Platform;
  site: string;
  name: string;
  nativeId?: string;
  orderIds: string[];
  threadIds: string[];
  messageCount: number;
  tags: string[];
  notes: string;
  firstSeenAt: number;
  lastSeenAt: number;
}

export type EventType =
  | 'thread.captured'
  | 'thread.state'
  | 'thread.read'
  | 'thread.urgent'
  | 'reply.inserted'
  | 'snapshot.rejected'
  // issue 5 — templates and away mode
  | 'template.used'
  | 'template.saved'
  | 'template.deleted'
  | 'templates.imported'
  /** Away mode sent an automatic reply (detail: templateId, language, messageId, text length). */
  | 'reply.auto-sent'
  /** Away mode would have answered but did not (detail.reason: urgent, negative, policy, window, draft, …). */
  | 'reply.auto-skipped'
  /** Away mode tried and the portal refused or the tab was gone (detail.reason, detail.error). */
  | 'reply.auto-failed'
  | 'settings.changed';

export interface EventRecord {
  seq?: number;
  at: number;
  type: EventType;
  threadId?: string;
  detail: Record<string, unknown>;
}

/** What a content script reports about the page it runs in. */
export type PageKind = 'thread' | 'inbox' | 'inbox-with-thread' | 'other' | 'unrecognised';

export interface AdapterStatus {
  platform: Platform;
  host: string;
  url: string;
  page: PageKind;
  /** For unrecognised pages: the anchors that were looked for and not found. */
  missing: string[];
  threadsRead: number;
  messagesRead: number;
  /** Thread currently shown in the tab, so the side panel can insert replies into the right tab. */
  openThreadId?: string;
  pendingSnapshots: number;
  at: number;
}
