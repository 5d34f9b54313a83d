import type { Page } from 'puppeteer-core';

/** Types and helpers for the per-platform selector count tables (tests/e2e/selector-counts.e2e.ts). */

export type SelectorTable = Record<string, readonly string[]>;

export interface FixtureCase {
  name: string;
  url: string;
  /** Bring the page into the state to count (open a thread, scroll…), through the fixture's own hooks. */
  prepare?: (page: Page) => Promise<void>;
  expected: Record<string, number>;
}

export interface PlatformCases {
  platform: string;
  selectors: SelectorTable;
  cases: FixtureCase[];
}

/** Open the fixture's n-th thread through its own SPA switch (the same code path as a click), then settle. */
export const openFirst =
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
