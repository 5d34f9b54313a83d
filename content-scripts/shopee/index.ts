import { matchPatternsFor, SHOPEE_SELLER_HOSTS } from '../../core/sites';
import type { PlatformAdapter, Recognition } from '../adapter-contract';
import { observeMutations } from '../shared/observe';
import { shopeeComposer, shopeeComposerBlocked, shopeeSendControl } from './composer';
import { readShopeeInbox } from './inbox-reader';
import { findConversationList, findConversationRows, findMessageList, isChatPath } from './page';
import { SHOPEE_SELECTORS as S } from './selectors';
import { readShopeeThread, shopeeTranslationSlot } from './thread-reader';

/**
 * Which chat surface the page shows. Any Seller Centre page can hold the floating chat mini-window (PORTALS.md
 * 4.1), so the `data-cy` hooks are recognised wherever they appear; a page without them is 'other' (quiet),
 * except on a chat route, where their absence means an unknown layout. The chat mounts late; the runtime waits
 * before reporting it.
 */
function recognise(doc: Document, url: URL): Recognition {
  const hasThread = findMessageList(doc) !== null;
  const hasList = findConversationList(doc) !== null || findConversationRows(doc).length > 0;
  if (hasThread && hasList) return { kind: 'inbox-with-thread', missing: [] };
  if (hasThread) return { kind: 'thread', missing: [] };
  if (hasList) return { kind: 'inbox', missing: [] };
  if (!isChatPath(url)) return { kind: 'other', missing: [] };
  return { kind: 'unrecognised', missing: [S.conversationList[0], S.messageList[0]] };
}

/**
 * Shopee Seller Centre chat. Virtualised message rows move by their inline `top`, but a re-positioned row
 * never changes which messages are mounted or their order (React-Virtualized only adds and removes rows as the
 * window scrolls, and CellMeasurer shifts every later row alike), so child-list and text mutations are enough:
 * watching `style` would wake the reader on every scroll frame for nothing.
 */
export const shopeeAdapter: PlatformAdapter = {
  platform: 'shopee',
  matches: matchPatternsFor(SHOPEE_SELLER_HOSTS),
  recognise,
  readThread: readShopeeThread,
  readInbox: readShopeeInbox,
  observe: observeMutations,
  composer: shopeeComposer,
  composerBlocked: shopeeComposerBlocked,
  sendControl: shopeeSendControl,
  // The floating chat window and the chat's send icon sit bottom-right on every Seller Centre page.
  overlayCorner: 'bottom-left',
  translationSlot: shopeeTranslationSlot,
};
