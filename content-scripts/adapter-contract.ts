import type { InboxSnapshot, PageKind, Platform, ThreadSnapshot } from '../core/model';

/**
 * The one shape every platform adapter exports. Nothing outside a platform folder knows that portal's DOM.
 * Every function takes the root to read from, so unit tests pass fixture documents.
 */
export interface Recognition {
  kind: PageKind;
  /** For 'unrecognised': the anchors that were looked for and missing (shown to the agent). */
  missing: string[];
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; missing: string[]; reason: string };

/**
 * A thread read, plus, for each message of the snapshot (same order), the element it was read from, or null where
 * there is none. The elements stay in the content script (snapshots go to the background as JSON): they are where
 * the translation of a buyer message is shown. They may live in a same-origin frame's document (eBay e-mails).
 */
export type ThreadReadResult =
  | { ok: true; value: ThreadSnapshot; elements?: (Element | null)[] }
  | { ok: false; missing: string[]; reason: string };

/**
 * Where the translation of a buyer message goes, relative to the element the adapter reported for it:
 * - 'append' (default): the last child of the message element, under its text;
 * - 'after': the element's next sibling, when the message element must keep its own layout;
 * - 'beside': appended to `anchor`, a positioned row whose height the portal fixed (a virtualised list measures
 *   rows before we draw; a row that grew would cover the next one), and drawn in the row's free side (inbound
 *   bubbles sit at the start), capped at `maxHeightPx` and scrolling inside.
 */
export interface TranslationSlot {
  anchor: Element;
  position: 'append' | 'after' | 'beside';
  maxHeightPx?: number;
}

export interface Composer {
  /** The text currently in the native reply box. */
  read(): string;
  /** Write text so the page's own framework sees it. Never sends. */
  insert(text: string): void;
  /**
   * The reply box element, for placing our reply translator next to it (its rect is read only when that opens).
   * It may live in a same-origin frame (eBay's item-page dialog).
   */
  element?: Element;
}

/**
 * The portal shows something in place of a usable reply box that the agent must deal with in the portal itself
 * (PORTALS.md 4.3): an expired conversation that needs "Restart conversation", or a modal such as Shopee's
 * duplicate-message warning. Reported, never clicked away.
 */
export interface ComposerBlock {
  reason: 'restart-needed' | 'modal-open';
  /** What the page says, for the agent (already shortened, plain text). */
  detail: string;
}

export interface PlatformAdapter {
  platform: Platform;
  /** Manifest match patterns for every marketplace host. */
  matches: string[];
  /**
   * `now` identifies one scan: the runtime passes the same value to recognise and then to readThread/readInbox,
   * so an adapter that must read the pane to recognise it can reuse that read instead of parsing twice.
   */
  recognise(doc: Document, url: URL, now?: number): Recognition;
  readThread(doc: Document, url: URL, now: number): ThreadReadResult;
  readInbox(doc: Document, url: URL, now: number): ReadResult<InboxSnapshot>;
  /**
   * Call onChange (throttled by the caller) when the page may show something new: messages arriving, a thread
   * switch. Everything registered must be released when `signal` aborts.
   */
  observe(doc: Document, signal: AbortSignal, onChange: () => void): void;
  /** The native reply box of the open thread, when it is on the page. */
  composer(doc: Document): Composer | null;
  /** Why the reply box cannot take text right now, or null when nothing is in the way. */
  composerBlocked?(doc: Document): ComposerBlock | null;
  /**
   * Where our overlay pill sits so it covers none of the portal's own controls: Shopee's floating chat window and
   * the Send controls of eBay and Shopee live in the bottom-right corner. Default 'bottom-right'.
   */
  overlayCorner?: 'bottom-right' | 'bottom-left';
  /**
   * Where the translation of the buyer message read from `messageEl` is shown (see TranslationSlot). Absent: appended
   * inside the message element; null: no translation for this message (a sticker or card whose text is a
   * placeholder of ours). Must not read layout (it runs in the scan path).
   */
  translationSlot?(messageEl: Element): TranslationSlot | null;
  /** Click the page's own "Reply" control when the reply box is hidden behind it; true when clicked. */
  revealComposer?(doc: Document): boolean;
  /**
   * The page's own Send control for the open thread's reply box (Amazon `kat-button[label=Send]`'s inner button,
   * eBay `#imageupload__send--button`, Shopee's send icon), or null. Only away mode clicks it, after inserting; never
   * dispatch Enter (on Shopee Enter sends, in other portals it adds a line).
   */
  sendControl?(doc: Document): HTMLElement | null;
}
