import fs from 'node:fs';
import path from 'node:path';
import type { Page, ScreenshotOptions } from 'puppeteer-core';

/** Where E2E tests leave screenshots for a human to look at (gitignored; created on demand, so a fresh clone works). */
export const SCREENSHOT_DIR = path.resolve('test-output/screenshots');

/** A screenshot for review, never an assertion. The page comes to the front first (TESTING.md pitfall 5). */
export async function screenshot(page: Page, name: string, options: ScreenshotOptions = {}): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.bringToFront();
  await page.screenshot({ ...options, path: path.join(SCREENSHOT_DIR, name) as `${string}.png` });
}
