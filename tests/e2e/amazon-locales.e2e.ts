import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AMAZON_SELECTORS } from '../../content-scripts/amazon/selectors';
import type { MessageRecord, ThreadRecord } from '../../core/model';
import { caseThreadId, fixtureThreads, openPortal, waitForAdapter } from './support/amazon-portal';
import { eventually, readStore, type Session, startSession } from './support/session';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const VARIANTS = [
  {
    name: 'German UI on amazon.de',
    url: 'https://sellercentral.amazon.de/messaging/inbox-v3?fi=all',
    lang: 'de-DE',
  },
  {
    name: 'Japanese UI on amazon.co.jp',
    url: 'https://sellercentral.amazon.co.jp/messaging/inbox-v3?fi=all',
    lang: 'ja-JP',
  },
  {
    name: 'Chinese UI on amazon.com',
    url: 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=all&lc=zh_CN',
    lang: 'zh-CN',
  },
];

describe.each(VARIANTS)('Amazon Seller Central, $name', ({ url }) => {
  it('captures every thread with directions, authors and times parsed in the page locale', async () => {
    const page = await openPortal(session, url);
    await waitForAdapter(page);
    const threads = await fixtureThreads(page);

    for (const expected of threads) {
      await page.evaluate(
        (id) =>
          (
            window as unknown as { __fixture: { openThread(id: string): Promise<void> } }
          ).__fixture.openThread(id),
        expected.caseId,
      );
      const site = expected.marketplace.toLowerCase();
      const threadId = caseThreadId(site, expected.caseId);
      const stored = await eventually(async () => {
        const all = (await readStore<MessageRecord>(session, 'messages')).filter(
          (m) => m.threadId === threadId,
        );
        return all.length === expected.messages.length
          ? all.sort((a, b) => a.sentAt - b.sentAt || a.seq - b.seq)
          : null;
      }, `${expected.messages.length} messages of ${threadId}`);

      expect(stored.map((m) => m.direction)).toEqual(
        expected.messages.map((m) => (m.system ? 'system' : m.direction)),
      );
      expect(stored.map((m) => m.author)).toEqual(expected.messages.map((m) => m.author));
      for (const [i, m] of stored.entries()) {
        expect(m.sentAtPrecision, `${threadId} #${i} "${m.sentAtText}"`).toBe('minute');
        expect(
          Math.abs(m.sentAt - Date.parse(expected.messages[i]!.at)),
          `${threadId} #${i} "${m.sentAtText}"`,
        ).toBeLessThan(60_000);
      }
      const thread = (await readStore<ThreadRecord>(session, 'threads')).find((t) => t.id === threadId)!;
      expect(thread.buyerName).toBe(expected.buyer);
      expect(thread.orderIds).toContain(expected.orderId);
    }
    await page.close();
  });
});

/**
 * Expected match counts of the selector entries on the fixture pages, so a selector change that starts matching
 * chrome or stops matching messages shows up here (Refined GitHub's habit). Counted in real Chromium.
 */
describe('Amazon selectors on the fixture pages', () => {
  const OPEN = '3f1c2a9e-8b7d-4c1e-9f2a-5d6e7b8c9a01';
  const count = (page: import('puppeteer-core').Page, selector: string) =>
    page.evaluate((s) => document.querySelectorAll(s).length, selector);

  it('match the expected number of elements on the English inbox with a thread open', async () => {
    const page = await openPortal(
      session,
      `https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=${OPEN}&cc=${OPEN}`,
    );
    const expected = (await fixtureThreads(page)).find((t) => t.caseId === OPEN)!;

    const counts = {
      shell: await count(page, AMAZON_SELECTORS.shell[0]),
      threadContainer: await count(page, AMAZON_SELECTORS.threadContainer[0]),
      statusLabel: await count(page, AMAZON_SELECTORS.statusLabel[0]),
      messages: await count(page, `${AMAZON_SELECTORS.threadContainer[0]} article`),
      rows: await count(page, `${AMAZON_SELECTORS.inboxRow[0]}:not(.case-list-header-row)`),
      composerHost: await count(page, AMAZON_SELECTORS.composerHost[0]),
    };

    expect(counts).toEqual({
      shell: 1,
      threadContainer: 1,
      statusLabel: 1,
      messages: expected.messages.length,
      rows: 3,
      composerHost: 0, // behind the Reply button until the agent (or we) open it
    });
    await page.close();
  });

  it('find nothing of a thread on the simulated redesign', async () => {
    const page = await openPortal(
      session,
      'https://sellercentral.amazon.com/messaging/inbox-v3?layout=redesign',
    );

    expect(await count(page, AMAZON_SELECTORS.threadContainer.join(','))).toBe(0);
    expect(await count(page, AMAZON_SELECTORS.composerHost.join(','))).toBe(0);
    await page.close();
  });
});
