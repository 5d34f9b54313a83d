import type { InboxSnapshot } from '../../core/model';
import { EBAY_HOSTS, matchPatternsFor } from '../../core/sites';
import type { PlatformAdapter, ReadResult, Recognition, ThreadReadResult } from '../adapter-contract';
import { firstMatch } from '../shared/dom';
import { elementsOf } from '../shared/message-elements';
import { ebayComposer, ebaySendControl } from './composer';
import { hasModernList, readEbayInbox } from './inbox-reader';
import { findLegacyRows, LEGACY_ANCHORS, readLegacyThread } from './legacy-reader';
import { observeEbay } from './observe';
import { routeOf } from './page';
import { EBAY_SELECTORS as S } from './selectors';
import { PANE_ANCHORS, type PaneState, readPane } from './thread-reader';

/**
 * eBay messages (PORTALS.md 3): the messaging app on every `www.ebay.<tld>` site, and legacy `mesg.ebay.com`
 * read-only. Pages outside messaging are 'other' (the adapter stays quiet); the contact-a-member pages are
 * 'other' too but offer their reply box. eBay's own conversations are never reported as buyer threads.
 */

const OTHER: Recognition = { kind: 'other', missing: [] };

/**
 * Telling a loading pane, eBay's own message and an unknown layout apart means reading the pane, so the
 * readThread that follows recognise in the same scan takes over recognise's read: same document, URL and scan
 * time (the runtime passes both the same `now`, synchronously). The hand-over is used once and lives until the
 * current task ends; any other call reads afresh.
 */
let handOver: { doc: Document; href: string; now: number; state: PaneState } | null = null;

function recognisedPane(doc: Document, url: URL, now: number): PaneState {
  const state = readPane(doc, url, now);
  handOver = { doc, href: url.href, now, state };
  queueMicrotask(() => {
    handOver = null;
  });
  return state;
}

function paneForRead(doc: Document, url: URL, now: number): PaneState {
  const memo = handOver;
  handOver = null;
  if (memo && memo.doc === doc && memo.href === url.href && memo.now === now) return memo.state;
  return readPane(doc, url, now);
}

function recognise(doc: Document, url: URL, scanNow?: number): Recognition {
  const route = routeOf(url);
  if (route === 'other' || route === 'contact') return OTHER;
  const now = scanNow ?? Date.now();
  if (route === 'legacy') return recogniseLegacy(doc, url, now);

  const hasList = hasModernList(doc);
  const pane = scanNow === undefined ? readPane(doc, url, now) : recognisedPane(doc, url, now);
  if (pane.kind === 'unknown') return { kind: 'unrecognised', missing: pane.missing };
  if (pane.kind === 'thread') return { kind: hasList ? 'inbox-with-thread' : 'thread', missing: [] };
  if (hasList) return { kind: 'inbox', missing: [] };
  const legacy = recogniseLegacy(doc, url, now);
  if (legacy.kind !== 'unrecognised') return legacy;
  // A pane that is still loading or shows eBay's own message is nothing to report.
  if (pane.kind === 'loading' || pane.kind === 'system') return OTHER;
  return { kind: 'unrecognised', missing: [S.card[0], ...PANE_ANCHORS] };
}

function recogniseLegacy(doc: Document, url: URL, now: number): Recognition {
  const hasRows = findLegacyRows(doc).length > 0;
  const detail = readLegacyThread(doc, url, now);
  if (detail.kind === 'thread') return { kind: hasRows ? 'inbox-with-thread' : 'thread', missing: [] };
  if (hasRows) return { kind: 'inbox', missing: [] };
  if (detail.kind === 'loading' || detail.kind === 'system') return OTHER;
  return { kind: 'unrecognised', missing: LEGACY_ANCHORS };
}

function readThread(doc: Document, url: URL, now: number): ThreadReadResult {
  const route = routeOf(url);
  if (route === 'other' || route === 'contact') {
    return { ok: false, missing: [], reason: 'This eBay page has no conversation to read.' };
  }
  let state: PaneState = route === 'legacy' ? readLegacyThread(doc, url, now) : paneForRead(doc, url, now);
  if (route === 'messaging' && state.kind !== 'thread') {
    const legacy = readLegacyThread(doc, url, now);
    if (legacy.kind === 'thread') state = legacy;
  }
  switch (state.kind) {
    case 'thread':
      return { ok: true, value: state.snapshot, elements: elementsOf(state.snapshot.messages) };
    case 'loading':
      return { ok: false, missing: [], reason: 'The conversation is still loading.' };
    case 'system':
      return { ok: false, missing: [], reason: 'This is a message from eBay, not a buyer conversation.' };
    case 'unknown':
      return {
        ok: false,
        missing: state.missing,
        reason: 'The conversation is shown but its messages were not found.',
      };
    default:
      return {
        ok: false,
        missing: route === 'legacy' ? LEGACY_ANCHORS : PANE_ANCHORS,
        reason: 'No open conversation was found.',
      };
  }
}

/** Nothing the adapter does may throw into the portal page: failures become structured results. */
function describe(error: unknown): string {
  return `adapter error: ${String(error).slice(0, 160)}`;
}

export const ebayAdapter: PlatformAdapter = {
  platform: 'ebay',
  matches: matchPatternsFor(EBAY_HOSTS),
  recognise(doc, url, now) {
    try {
      return recognise(doc, url, now);
    } catch (error) {
      return { kind: 'unrecognised', missing: [describe(error)] };
    }
  },
  readThread(doc, url, now) {
    try {
      return readThread(doc, url, now);
    } catch (error) {
      return { ok: false, missing: [], reason: describe(error) };
    }
  },
  readInbox(doc, url, now): ReadResult<InboxSnapshot> {
    try {
      return readEbayInbox(doc, url, now);
    } catch (error) {
      return { ok: false, missing: [], reason: describe(error) };
    }
  },
  observe(doc, signal, onChange) {
    try {
      observeEbay(doc, signal, onChange);
    } catch {
      // observing is best effort; scans on navigation still run
    }
  },
  composer(doc) {
    try {
      return ebayComposer(doc);
    } catch {
      return null;
    }
  },
  sendControl(doc) {
    try {
      return ebaySendControl(doc);
    } catch {
      return null;
    }
  },
  // The Send button sits at the bottom right of the conversation pane.
  overlayCorner: 'bottom-left',
  // A bubble lays out its avatar and message side by side: the translation goes under the bubble's text, inside
  // the message column. The e-mail's marked body takes it under its words; a quoted message's last block of words
  // is a sibling of the next message's header, so the translation follows that block instead of going inside.
  translationSlot(messageEl) {
    if (messageEl.matches(S.bubble.join(','))) {
      const content = firstMatch(messageEl, S.bubbleContent);
      return content ? { anchor: content, position: 'after' } : { anchor: messageEl, position: 'append' };
    }
    if (messageEl.matches('[id^="UserInputtedText"], body')) return { anchor: messageEl, position: 'append' };
    return { anchor: messageEl, position: 'after' };
  },
};
