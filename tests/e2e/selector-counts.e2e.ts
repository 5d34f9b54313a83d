import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AMAZON_TABLE } from './selector-tables/amazon';
import { EBAY_TABLE } from './selector-tables/ebay';
import { SHOPEE_TABLE } from './selector-tables/shopee';
import type { PlatformCases, SelectorTable } from './selector-tables/types';
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

const TABLES: PlatformCases[] = [AMAZON_TABLE, EBAY_TABLE, SHOPEE_TABLE];

function countSelectors(selectors: SelectorTable): Record<string, number> {
  const roots = (root: Document | ShadowRoot): (Document | ShadowRoot)[] => {
    const all: (Document | ShadowRoot)[] = [root];
    for (const el of root.querySelectorAll('*')) {
      // Our own shadow roots (the overlay, translations under messages: every host we add is `hw-…`) are not the
      // portal's: `closest()` cannot see their host from inside, so they are left out here.
      if (el.shadowRoot && !el.localName.startsWith('hw-')) all.push(...roots(el.shadowRoot));
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
  const isOurs = (el: Element) => el.closest('hw-overlay, hw-translation') !== null;
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
