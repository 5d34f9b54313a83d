/**
 * The adapters benchmarked by section 3 of `npm run bench`: for each platform, the fixture page that shows a
 * 200-message thread, how to open that thread as an agent would, and the raw DOM read used as the baseline (all
 * message elements' textContent, no parsing).
 */

const wait = (page, fn, arg) => page.waitForFunction(fn, { polling: 100, timeout: 30_000 }, arg);

async function openFixtureReady(page, url) {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // Boolean(): waitForFunction awaits a returned promise, and `__fixture.ready` resolves to undefined.
  await wait(page, () => Boolean(window.__fixture?.ready));
  await page.evaluate('window.__fixture.ready');
}

/** Open the fixture's biggest thread through its own SPA switch (the same code path as a click). */
async function openBiggest(page, idKey, openFn) {
  await page.evaluate(
    (key, fn) => {
      const threads = window.__fixture.threads();
      const big = threads.reduce((a, b) => (b.messages.length > a.messages.length ? b : a));
      return window.__fixture[fn](big[key]);
    },
    idKey,
    openFn,
  );
}

export const ADAPTER_CASES = [
  {
    platform: 'amazon',
    title: 'Amazon Seller Central',
    entry: 'content-scripts/amazon/index.ts',
    exportName: 'amazonAdapter',
    // `?n=200` gives the first thread 200 messages; it ends with a seller message, so the default "Response
    // needed" list does not show it: `fi=all` lists every thread.
    url: 'https://sellercentral.amazon.com/messaging/inbox-v3?n=200&fi=all',
    raw: '#case-messages article',
    async open(page) {
      await openFixtureReady(page, this.url);
      await openBiggest(page, 'caseId', 'openThread');
      await wait(page, (sel) => document.querySelectorAll(sel).length >= 200, this.raw);
    },
  },
  {
    platform: 'ebay',
    title: 'eBay messages',
    entry: 'content-scripts/ebay/index.ts',
    exportName: 'ebayAdapter',
    url: 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE&n=200',
    raw: '.app-conversation__message-bubble',
    async open(page) {
      await openFixtureReady(page, this.url);
      await openBiggest(page, 'conversationId', 'openThread');
      await wait(page, (sel) => document.querySelectorAll(sel).length >= 200, this.raw);
    },
  },
  {
    platform: 'shopee',
    title: 'Shopee Seller Centre chat',
    entry: 'content-scripts/shopee/index.ts',
    exportName: 'shopeeAdapter',
    // The message list is virtualised; `overscan=all` mounts every row so the read covers 200 messages.
    url: 'https://seller.shopee.co.id/webchat/conversations?n=200&overscan=all',
    raw: '#message-virtualized-list pre',
    async open(page) {
      await openFixtureReady(page, this.url);
      await openBiggest(page, 'conversationId', 'openConversation');
      await wait(page, (sel) => document.querySelectorAll(sel).length >= 150, this.raw);
    },
  },
];
