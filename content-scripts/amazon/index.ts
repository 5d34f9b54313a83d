import { AMAZON_SELLER_HOSTS, matchPatternsFor } from '../../core/sites';
import type { PlatformAdapter, Recognition } from '../adapter-contract';
import { observeMutations } from '../shared/observe';
import { amazonComposer, amazonSendControl, revealAmazonComposer } from './composer';
import { findInboxRows, readAmazonInbox } from './inbox-reader';
import { findThreadContainer, isContactPage, isMessagingPath, urlNamesThread } from './page';
import { AMAZON_SELECTORS as S } from './selectors';
import { readAmazonThread } from './thread-reader';

/**
 * Which messaging page this is. Seller Central pages outside messaging are 'other' (the adapter stays quiet
 * there); a messaging page that shows neither a list nor a thread, or a thread URL without a thread pane, is
 * 'unrecognised' with the anchors that were missing.
 */
function recognise(doc: Document, url: URL): Recognition {
  if (!isMessagingPath(url) || isContactPage(url)) return { kind: 'other', missing: [] };
  const hasThread = findThreadContainer(doc) !== null;
  const hasList = findInboxRows(doc).length > 0;
  if (hasThread && hasList) return { kind: 'inbox-with-thread', missing: [] };
  if (hasThread) return { kind: 'thread', missing: [] };
  if (urlNamesThread(url)) return { kind: 'unrecognised', missing: [S.threadContainer[0]] };
  if (hasList) return { kind: 'inbox', missing: [] };
  return { kind: 'unrecognised', missing: [S.threadContainer[0], S.inboxRow[0]] };
}

export const amazonAdapter: PlatformAdapter = {
  platform: 'amazon',
  matches: matchPatternsFor(AMAZON_SELLER_HOSTS),
  recognise,
  readThread: readAmazonThread,
  readInbox: readAmazonInbox,
  observe: observeMutations,
  composer: amazonComposer,
  revealComposer: revealAmazonComposer,
  sendControl: amazonSendControl,
};
