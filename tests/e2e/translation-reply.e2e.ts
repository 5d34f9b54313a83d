import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReplyPortal, replyPortals } from './support/reply-portals';
import { screenshot } from './support/screenshots';
import { eventually, readStore, type Session, storedThread } from './support/session';
import * as shopee from './support/shopee-portal';
import {
  SHIPPED_REPLY,
  setRejectedDeeplKey,
  setTranslationSettings,
  startZhAgentSession,
  ZH_AGENT_SETTINGS,
} from './support/translation-prefs';

/**
 * Translate-my-reply in the portals: the agent (Chinese) opens our panel next to the native reply box with
 * Alt+Shift+R or the pill's button, writes in Chinese, gets the buyer's language with a back-translation from the
 * mock providers (tests/harness/provider-mocks.mjs), and inserts it into the portal's reply box; nothing is sent.
 */

const REPLY = SHIPPED_REPLY.zh;
const GERMAN = SHIPPED_REPLY.de;
const THAI = SHIPPED_REPLY.th;

const PANEL = 'pierce/[data-testid="hw-reply-translator"]';
const q = (testId: string) => `pierce/[data-testid="${testId}"]`;

let session: Session;

beforeAll(async () => {
  session = await startZhAgentSession();
});
afterAll(async () => {
  await session?.close();
});

interface PortalCase extends ReplyPortal {
  expected: string;
}

const portals = replyPortals(() => session);
const AMAZON_DE: PortalCase = { ...portals.amazonDe, expected: GERMAN };
const EBAY_DE: PortalCase = { ...portals.ebayDe, expected: GERMAN };
const SHOPEE_TH: PortalCase = { ...portals.shopeeTh, expected: THAI };

async function pressShortcut(page: Page): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyR');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

async function value(page: Page, testId: string): Promise<string> {
  return page.$eval(q(testId), (el) => (el as HTMLTextAreaElement | HTMLSelectElement).value);
}

async function text(page: Page, testId: string): Promise<string> {
  return page.$eval(q(testId), (el) => el.textContent ?? '');
}

/** The thread is stored and the overlay knows it (the pill offers the reply translator). */
async function ready(page: Page, threadId: string): Promise<void> {
  await eventually(async () => (await storedThread(session, threadId))?.captured === 1, `${threadId} stored`);
  await page.waitForSelector(q('hw-open-reply-translator'), { timeout: 15_000 });
}

describe.each([AMAZON_DE, EBAY_DE, SHOPEE_TH])('Translate my reply on $name', (portal) => {
  it(`inserts a reply written in Chinese in the buyer's language (${portal.language}), never sending it`, async () => {
    const { page, threadId } = await portal.open();
    await ready(page, threadId);
    await page.bringToFront();
    const before = await portal.composerState(page);

    // The shortcut works with the caret in the portal's own reply box, and types nothing there.
    await portal.focusComposer(page);
    await pressShortcut(page);
    await page.waitForSelector(PANEL, { timeout: 5_000 });
    expect(await portal.composerState(page)).toBe(before);
    const source = await page.waitForSelector(q('hw-rt-source'));
    await source!.type(REPLY);
    // Esc closes it; the pill's button opens it again with the draft kept.
    await page.keyboard.press('Escape');
    await page.waitForSelector(PANEL, { hidden: true, timeout: 5_000 });
    await page.click(q('hw-open-reply-translator'));
    await page.waitForSelector(PANEL, { timeout: 5_000 });
    expect(await value(page, 'hw-rt-source')).toBe(REPLY);
    expect(await value(page, 'hw-rt-target')).toBe(portal.language);

    await page.click(q('hw-rt-translate'));
    await page.waitForSelector(q('hw-rt-translation'), { timeout: 20_000 });

    expect(await value(page, 'hw-rt-translation')).toBe(portal.expected);
    expect(await text(page, 'hw-rt-back')).toBe(REPLY);
    expect(await text(page, 'hw-rt-provider')).toContain('Edge');
    expect(await portal.composerState(page)).toBe(before); // nothing inserted before the agent asks

    await page.click(q('hw-rt-insert'));
    await page.waitForSelector(`${q('hw-rt-result')}[data-result="ok"]`, { timeout: 10_000 });

    await eventually(
      async () => (await portal.composerState(page)) === portal.expected,
      'the portal state to hold the translation',
    );
    expect(await text(page, 'hw-rt-result')).toContain('review and send it in the portal');
    expect(await portal.sentMessages(page)).toEqual([]);
    expect(session.providers.requests('edge.microsoft.com').length).toBeGreaterThan(0);
    // The audit trail has the insert, like one from the side panel.
    await eventually(async () => {
      const events = await readStore<{ type: string; threadId?: string; detail: Record<string, unknown> }>(
        session,
        'events',
      );
      return events.find(
        (e) =>
          e.type === 'reply.inserted' &&
          e.threadId === threadId &&
          e.detail.via === 'portal' &&
          e.detail.characters === portal.expected.length,
      );
    }, 'a reply.inserted event from the portal');
    await page.bringToFront();
    await screenshot(page, `reply-${portal.name}.png`);
    await page.close();
  });
});

describe('Translate my reply when the portal blocks the reply box', () => {
  it('reports an expired Shopee conversation as needing a restart, and writes nothing', async () => {
    const page = await shopee.openShopee(session, 'https://seller.shopee.co.th/webchat/conversations');
    const expired = (await shopee.conversations(page)).find((c) => c.expired)!;
    await shopee.clickConversation(page, expired.buyer);
    await ready(page, shopee.shopeeThreadId('shopee.co.th', expired.buyer));
    await page.bringToFront();

    await page.click(q('hw-open-reply-translator'));
    const source = await page.waitForSelector(q('hw-rt-source'));
    await source!.type(REPLY);
    await page.select(q('hw-rt-target'), 'th');
    await page.click(q('hw-rt-translate'));
    await page.waitForSelector(q('hw-rt-translation'), { timeout: 20_000 });
    await page.click(q('hw-rt-insert'));
    const result = await page.waitForSelector(q('hw-rt-result'), { timeout: 10_000 });

    expect(await result!.evaluate((el) => el.getAttribute('data-result'))).toBe('restart-needed');
    expect(await result!.evaluate((el) => el.textContent)).toContain('Restart conversation');
    expect(await shopee.composerState(page)).toBeNull();
    expect(await shopee.sentMessages(page)).toEqual([]);
    expect(
      (await shopee.conversations(page)).find((c) => c.conversationId === expired.conversationId)!.expired,
    ).toBe(true);
    await page.close();
  });
});

describe('Translate my reply when the provider fails', () => {
  it('shows a readable message, keeps the agent’s text and inserts nothing', async () => {
    await setRejectedDeeplKey(session);
    const { page, threadId } = await AMAZON_DE.open();
    await ready(page, threadId);
    await page.bringToFront();
    const draft = '请问您希望退款还是换货？';

    await page.click(q('hw-open-reply-translator'));
    const source = await page.waitForSelector(q('hw-rt-source'));
    await source!.type(draft);
    await page.click(q('hw-rt-translate'));
    const error = await page.waitForSelector(q('hw-rt-error'), { timeout: 20_000 });

    expect(await error!.evaluate((el) => el.getAttribute('data-kind'))).toBe('auth');
    expect(await error!.evaluate((el) => el.textContent)).toMatch(/rejected the API key/);
    expect(await value(page, 'hw-rt-source')).toBe(draft);
    expect(await page.$(q('hw-rt-translation'))).toBeNull();
    expect(await page.$eval(q('hw-rt-insert'), (el) => (el as HTMLButtonElement).disabled)).toBe(true);
    expect(await AMAZON_DE.composerState(page)).not.toContain(draft);
    expect(session.providers.requests('api-free.deepl.com').length).toBeGreaterThan(0);
    await screenshot(page, 'reply-error.png');
    await page.close();
    await setTranslationSettings(session, ZH_AGENT_SETTINGS);
  });
});
