import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AMAZON_SELECTORS } from '../../content-scripts/amazon/selectors';
import { openPortal } from './support/amazon-portal';
import { type Session, startSession } from './support/session';

/**
 * Every selector entry's match count on each fixture page, pinned (STYLE.md: "a table of expected match counts per
 * selector asserted in tests"). An entry counts the matches of its first alternative that matches anything, the
 * way the adapters look things up, searching open shadow roots and same-origin frames too. A change in a count
 * means a fixture or a selector changed: look at which, then update the table on purpose.
 *
 * HW_PRINT_COUNTS=1 prints the measured tables instead of failing, to update them.
 */

type SelectorTable = Record<string, readonly string[]>;

interface FixtureCase {
  name: string;
  url: string;
  /** Bring the page into the state to count (open a thread, scroll…), through the fixture's own hooks. */
  prepare?: (page: Page) => Promise<void>;
  expected: Record<string, number>;
}

interface PlatformCases {
  platform: string;
  selectors: SelectorTable;
  cases: FixtureCase[];
}

const openFirst =
  (hook: string, idKey: string, index = 0) =>
  async (page: Page) => {
    await page.evaluate(
      (h, key, i) => {
        const fixture = (window as unknown as { __fixture: Record<string, (...a: unknown[]) => unknown> })
          .__fixture;
        const threads = fixture.threads!() as Record<string, string>[];
        return fixture[h]!(threads[i]![key]);
      },
      hook,
      idKey,
      index,
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
  };

const TABLES: PlatformCases[] = [
  {
    platform: 'amazon',
    selectors: AMAZON_SELECTORS,
    cases: [
      {
        name: 'inbox list, en-US',
        url: 'https://sellercentral.amazon.com/messaging/inbox-v3?latency=0',
        expected: {
          shell: 1,
          threadContainer: 0,
          statusLabel: 0,
          message: 0,
          author: 4,
          time: 6,
          body: 1,
          attachment: 0,
          threadHeader: 1,
          buyerName: 3,
          subject: 3,
          inboxRow: 4,
          inboxCell: 12,
          legacyList: 0,
          composerHost: 0,
          composerFallback: 0,
          button: 2,
        },
      },
      {
        name: 'open thread, en-US',
        url: 'https://sellercentral.amazon.com/messaging/inbox-v3?latency=0&composer=open',
        prepare: openFirst('openThread', 'caseId'),
        expected: {
          shell: 1,
          threadContainer: 1,
          statusLabel: 1,
          message: 5,
          author: 5,
          time: 5,
          body: 6,
          attachment: 1,
          threadHeader: 1,
          buyerName: 4,
          subject: 4,
          inboxRow: 4,
          inboxCell: 12,
          legacyList: 0,
          composerHost: 1,
          composerFallback: 1,
          button: 1,
        },
      },
      {
        name: 'open thread, de-DE',
        url: 'https://sellercentral.amazon.de/messaging/inbox-v3?latency=0',
        prepare: openFirst('openThread', 'caseId', 2),
        expected: {
          shell: 1,
          threadContainer: 1,
          statusLabel: 1,
          message: 4,
          author: 4,
          time: 4,
          body: 5,
          attachment: 3,
          threadHeader: 1,
          buyerName: 4,
          subject: 4,
          inboxRow: 4,
          inboxCell: 12,
          legacyList: 0,
          composerHost: 1,
          composerFallback: 1,
          button: 1,
        },
      },
      {
        name: 'unknown redesign',
        url: 'https://sellercentral.amazon.com/messaging/inbox-v3?latency=0&layout=redesign',
        expected: {
          shell: 1,
          threadContainer: 0,
          statusLabel: 0,
          message: 3,
          author: 4,
          time: 6,
          body: 1,
          attachment: 0,
          threadHeader: 1,
          buyerName: 3,
          subject: 4,
          inboxRow: 4,
          inboxCell: 12,
          legacyList: 0,
          composerHost: 0,
          composerFallback: 1,
          button: 2,
        },
      },
    ],
  },
];

function countSelectors(selectors: SelectorTable): Record<string, number> {
  const roots = (root: Document | ShadowRoot): (Document | ShadowRoot)[] => {
    const all: (Document | ShadowRoot)[] = [root];
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) all.push(...roots(el.shadowRoot));
      if (el instanceof HTMLIFrameElement) {
        try {
          if (el.contentDocument) all.push(...roots(el.contentDocument));
        } catch {
          // cross-origin frame
        }
      }
    }
    return all;
  };
  const searchRoots = roots(document);
  const isOurs = (el: Element) => el.closest('hw-overlay') !== null;
  const counts: Record<string, number> = {};
  for (const [key, alternatives] of Object.entries(selectors)) {
    if (!Array.isArray(alternatives) || !alternatives.every((a) => typeof a === 'string')) continue;
    counts[key] = 0;
    for (const selector of alternatives) {
      const n = searchRoots.reduce(
        (sum, root) => sum + [...root.querySelectorAll(selector)].filter((el) => !isOurs(el)).length,
        0,
      );
      if (n > 0) {
        counts[key] = n;
        break;
      }
    }
  }
  return counts;
}

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

for (const table of TABLES) {
  describe(`${table.platform} selectors on the fixture pages`, () => {
    it.each(table.cases)('match the pinned counts: $name', async (fixtureCase) => {
      const page = await openPortal(session, fixtureCase.url);
      await fixtureCase.prepare?.(page);

      const counts = await page.evaluate(countSelectors, table.selectors as SelectorTable);

      await page.close();
      if (process.env.HW_PRINT_COUNTS) {
        console.info(`${table.platform} / ${fixtureCase.name}: ${JSON.stringify(counts)}`);
        return;
      }
      expect(counts).toEqual(fixtureCase.expected);
    });
  });
}
