import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadReplyContext } from '../../core/protocol';
import type { TemplateRecord } from '../../core/templates/types';
import * as amazon from './support/amazon-portal';
import { type ReplyPortal, replyPortals } from './support/reply-portals';
import { screenshot } from './support/screenshots';
import { eventually, readStore, type Session, storedThread } from './support/session';
import {
  setRejectedDeeplKey,
  setTranslationSettings,
  startZhAgentSession,
  ZH_AGENT_SETTINGS,
} from './support/translation-prefs';

/**
 * The template picker in the portals (issue 5), as a Chinese-speaking agent with the mock translation providers:
 * a `/keyword` typed with real keystrokes into the NATIVE reply box opens the picker with its template on top,
 * Enter fills it for this buyer, translates the Chinese body into the buyer's language (the mocks mark their
 * translations `[de] …`) and puts it where the keyword was — nothing is sent, and Shopee's Enter-to-send never sees
 * that Enter. Then the shortcut and the pill's button, a typo in the search, a missing variable, a policy warning
 * and Esc, on Amazon.
 */

const PICKER = 'pierce/[data-testid="hw-template-picker"]';
const q = (testId: string) => `pierce/[data-testid="${testId}"]`;

const REPLY_SETTINGS = {
  agentName: '李伟',
  storeNames: { amazon: 'Muster Shop', ebay: 'Muster Shop', shopee: 'Muster Shop' },
  triggerChar: '/',
  urgentFirst: false,
};

/** A template of the seller's own with a link, which Amazon's messaging rules do not allow. */
const LINK_TEMPLATE = {
  name: '说明书链接 · Manual link',
  category: 'product-guide',
  bodies: { zh: '{{buyer_name}}，您好！使用说明请看 www.example.com/guide 。' },
  platforms: [],
  keyword: 'manual',
  intents: [],
};

let session: Session;

/** One protocol message to the background, as @webext-core/messaging sends it, from an extension page. */
async function call<T>(type: string, data: unknown): Promise<T> {
  const response = (await session.dbPage.evaluate(
    (type, data) =>
      chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() }),
    type,
    data as Record<string, unknown>,
  )) as { res?: T; err?: { message: string } } | undefined;
  if (response?.err) throw new Error(response.err.message);
  return response?.res as T;
}

function listTemplates(platform: string, threadId?: string) {
  return call<{ templates: TemplateRecord[]; thread?: ThreadReplyContext }>('listTemplates', {
    platform,
    threadId,
  });
}

async function usageOf(platform: string, id: string): Promise<number> {
  const { templates } = await listTemplates(platform);
  return templates.find((t) => t.id === id)?.usageCount ?? -1;
}

beforeAll(async () => {
  session = await startZhAgentSession();
  await session.dbPage.evaluate(
    (value) => chrome.storage.local.set({ replies: value, replies$: { v: 1 } }),
    REPLY_SETTINGS,
  );
  const saved = await call<{ ok: boolean; error?: string }>('saveTemplate', LINK_TEMPLATE);
  expect(saved).toEqual(expect.objectContaining({ ok: true }));
});
afterAll(async () => {
  await session?.close();
});

interface PortalCase extends ReplyPortal {
  platform: string;
  /** Typed before the keyword: the agent's own words stay. */
  prefix: string;
}

const portals = replyPortals(() => session);
const AMAZON_DE: PortalCase = { ...portals.amazonDe, platform: 'amazon', prefix: '' };
const EBAY_DE: PortalCase = { ...portals.ebayDe, platform: 'ebay', prefix: 'Guten Tag! ' };
const SHOPEE_TH: PortalCase = { ...portals.shopeeTh, platform: 'shopee', prefix: '' };

/** The thread is stored and the overlay knows it (the pill offers the picker). */
async function ready(page: Page, threadId: string): Promise<void> {
  await eventually(async () => (await storedThread(session, threadId))?.captured === 1, `${threadId} stored`);
  await page.waitForSelector(q('hw-open-template-picker'), { timeout: 15_000 });
}

async function items(page: Page): Promise<string[]> {
  return page.$$eval(q('hw-tp-item'), (els) => els.map((el) => el.getAttribute('data-template-id') ?? ''));
}

async function topItem(page: Page, id: string): Promise<void> {
  await eventually(async () => (await items(page))[0] === id, `${id} on top of the picker`);
}

async function text(page: Page, testId: string): Promise<string> {
  return page.$eval(q(testId), (el) => el.textContent ?? '');
}

async function pressShortcut(page: Page): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyQ');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

/** Enter keydowns that reach the portal's own listeners from now on (Shopee sends on Enter). */
async function countEnterKeys(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __hwEnter: number };
    w.__hwEnter = 0;
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') w.__hwEnter++;
    });
  });
  return () => page.evaluate(() => (window as unknown as { __hwEnter: number }).__hwEnter);
}

describe.each([AMAZON_DE, EBAY_DE, SHOPEE_TH])('Template keyword in the $name reply box', (portal) => {
  it(`"/wismo" + Enter inserts the filled template in the buyer's language (${portal.language}), never sending`, async () => {
    const { page, threadId } = await portal.open();
    await ready(page, threadId);
    await page.bringToFront();
    const sentBefore = await portal.sentMessages(page);
    const usageBefore = await usageOf(portal.platform, 'default:order-status');
    const { thread } = await listTemplates(portal.platform, threadId);
    const values = thread?.values ?? {};
    expect(values.buyer_name, 'the buyer name the thread fills').toBeTruthy();
    const enterKeys = await countEnterKeys(page);

    await portal.focusComposer(page);
    await page.keyboard.type(`${portal.prefix}/wismo`);
    await page.waitForSelector(PICKER, { timeout: 10_000 });
    await topItem(page, 'default:order-status');
    expect(await text(page, 'hw-tp-language')).toMatch(/from Chinese|从中文/);
    if (portal.name === 'amazon') await screenshot(page, 'portal-templates.png');
    // Still the agent's own text: nothing is written before they choose.
    expect(await portal.composerState(page)).toBe(`${portal.prefix}/wismo`);

    // Enter held down: the press chooses, its auto-repeat after the insert must not send the reply either.
    await page.keyboard.down('Enter');
    await page.waitForSelector(`${q('hw-tp-result')}[data-result="ok"]`, { timeout: 20_000 });
    await page.keyboard.down('Enter'); // a second down of a held key is a repeat (event.repeat)
    await page.keyboard.up('Enter');
    const translation = await text(page, 'hw-tp-translation');
    expect(translation.startsWith(`[${portal.language}] `), translation).toBe(true);
    expect(translation).toContain(values.buyer_name!);
    if (values.order_id) expect(translation).toContain(values.order_id);
    expect(translation).toContain('李伟');
    expect(translation).not.toMatch(/\{\{|\/wismo/);
    await eventually(
      async () => (await portal.composerState(page)) === `${portal.prefix}${translation}`,
      'the portal state to hold the agent text and the translated template',
    );
    expect(await text(page, 'hw-tp-language')).toContain('Edge');
    expect((await text(page, 'hw-tp-back')).length).toBeGreaterThan(0);
    // Nothing sent; the Enter that chose the template never reached the portal (Shopee would have sent).
    expect(await portal.sentMessages(page)).toEqual(sentBefore);
    expect(await enterKeys()).toBe(0);
    await eventually(
      async () => (await usageOf(portal.platform, 'default:order-status')) === usageBefore + 1,
      'the usage count to go up',
    );
    await eventually(async () => {
      const events = await readStore<{ type: string; threadId?: string; detail: Record<string, unknown> }>(
        session,
        'events',
      );
      return events.find((e) => e.type === 'reply.inserted' && e.threadId === threadId);
    }, 'a reply.inserted event');
    await page.close();
  });
});

describe('Template picker on Amazon: shortcut, button, search, variables, policy, Esc', () => {
  it('opens by shortcut, finds a template despite a typo, and Esc leaves the box untouched', async () => {
    const { page, threadId } = await AMAZON_DE.open();
    await ready(page, threadId);
    await page.bringToFront();
    await AMAZON_DE.focusComposer(page);
    await page.keyboard.type('Hallo');
    await pressShortcut(page);
    await page.waitForSelector(PICKER, { timeout: 5_000 });
    expect(await AMAZON_DE.composerState(page)).toBe('Hallo');
    // Empty query: the templates for the last buyer message ("where is my order") first.
    await eventually(async () => (await items(page)).length > 0, 'templates listed');
    expect(await page.$eval(q('hw-open-template-picker'), (el) => el.getAttribute('title'))).toContain(
      'Alt+Shift+Q',
    );

    await page.keyboard.type('refnd'); // the search field has the focus
    await eventually(async () => (await items(page))[0]?.includes('refund'), 'a refund template on top');
    await page.keyboard.press('Escape');
    await page.waitForSelector(PICKER, { hidden: true, timeout: 5_000 });
    expect(await AMAZON_DE.composerState(page)).toBe('Hallo');

    // Following a keyword typed in the box, Esc closes too and the agent's text stays as typed.
    await AMAZON_DE.focusComposer(page);
    await page.keyboard.type(' /refu');
    await page.waitForSelector(PICKER, { timeout: 5_000 });
    await eventually(async () => (await items(page))[0]?.includes('refund'), 'a refund template for /refu');
    await page.keyboard.press('Escape');
    await page.waitForSelector(PICKER, { hidden: true, timeout: 5_000 });
    expect(await AMAZON_DE.composerState(page)).toBe('Hallo /refu');
    expect(await AMAZON_DE.sentMessages(page)).toEqual([]);
    await page.close();
  });

  it('a missing variable blocks the insert until the agent fills it', async () => {
    const { page, threadId } = await AMAZON_DE.open();
    await ready(page, threadId);
    await page.bringToFront();
    const before = await AMAZON_DE.composerState(page);
    await page.click(q('hw-open-template-picker'));
    await page.waitForSelector(PICKER, { timeout: 5_000 });
    await page.keyboard.type('track');
    await topItem(page, 'default:tracking-info');
    await page.waitForSelector(`${q('hw-tp-missing')}[data-variable="tracking_number"]`);

    await page.keyboard.press('Enter');
    await page.waitForSelector(q('hw-tp-missing-hint'));
    expect(
      await page.$eval(q('hw-tp-missing-hint'), (el) => el.getAttribute('role')),
      'the hint turns into an alert',
    ).toBe('alert');
    expect(await AMAZON_DE.composerState(page)).toBe(before);
    // The focus moved to the empty field: the agent types the tracking number there.
    await page.keyboard.type('1Z999AA10123456784');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${q('hw-tp-result')}[data-result="ok"]`, { timeout: 20_000 });
    await eventually(
      async () => (await AMAZON_DE.composerState(page))?.includes('1Z999AA10123456784'),
      'the tracking number in the reply box',
    );
    expect(await AMAZON_DE.composerState(page)).not.toContain('{{');
    expect(await AMAZON_DE.sentMessages(page)).toEqual([]);
    await page.close();
  });

  it('shows the policy warning for a link, and the agent can still insert it', async () => {
    const { page, threadId } = await AMAZON_DE.open();
    await ready(page, threadId);
    await page.bringToFront();
    await AMAZON_DE.focusComposer(page);
    await page.keyboard.type('/manual');
    await page.waitForSelector(PICKER, { timeout: 10_000 });
    await eventually(
      async () => (await items(page))[0]?.startsWith('tpl_'),
      'the seller’s link template on top',
    );
    await page.waitForSelector(`${q('hw-tp-policy')} mark[data-rule="link"]`, { timeout: 5_000 });
    expect(await text(page, 'hw-tp-policy')).toContain('www.example.com/guide');
    expect(await AMAZON_DE.composerState(page)).toBe('/manual');

    await page.keyboard.press('Enter');
    // Translated now: the warning is shown again for the German text, once, and Insert says "anyway".
    await page.waitForSelector(q('hw-tp-policy-confirm'), { timeout: 20_000 });
    expect(await text(page, 'hw-tp-translation')).toContain('www.example.com/guide');
    expect(await page.$(`${q('hw-tp-policy')} mark[data-rule="link"]`)).not.toBeNull();
    expect(await text(page, 'hw-tp-insert')).toMatch(/仍然填入|Insert anyway/);
    expect(await AMAZON_DE.composerState(page)).toBe('/manual');
    await page.click(q('hw-tp-insert'));
    await page.waitForSelector(`${q('hw-tp-result')}[data-result="ok"]`, { timeout: 20_000 });
    await eventually(
      async () => (await AMAZON_DE.composerState(page))?.includes('www.example.com/guide'),
      'the template with its link in the reply box',
    );
    expect(await AMAZON_DE.sentMessages(page)).toEqual([]);
    await page.close();
  });

  it('keeps the template when the provider fails, says why, and inserts it in Chinese on request', async () => {
    await setRejectedDeeplKey(session);
    try {
      const { page, threadId } = await AMAZON_DE.open();
      await ready(page, threadId);
      await page.bringToFront();
      await AMAZON_DE.focusComposer(page);
      await page.keyboard.type('/wismo');
      await topItem(page, 'default:order-status');
      await page.keyboard.press('Enter');

      const error = await page.waitForSelector(q('hw-tp-error'), { timeout: 20_000 });
      expect(await error!.evaluate((el) => el.getAttribute('data-kind'))).toBe('auth');
      expect(await error!.evaluate((el) => el.textContent)).toMatch(/rejected the API key|拒绝了 API 密钥/);
      expect(await AMAZON_DE.composerState(page)).toBe('/wismo');
      expect(await text(page, 'hw-tp-body')).toContain('您好');

      await page.click(q('hw-tp-insert-original'));
      await page.waitForSelector(`${q('hw-tp-result')}[data-result="ok"]`, { timeout: 10_000 });
      const box = await AMAZON_DE.composerState(page);
      expect(box).toContain('您好');
      expect(box).not.toMatch(/\{\{|\/wismo/);
      expect(await AMAZON_DE.sentMessages(page)).toEqual([]);
      await page.close();
    } finally {
      await setTranslationSettings(session, ZH_AGENT_SETTINGS);
    }
  });

  it('works in a reply box with no thread (Contact Buyer): values asked for, inserted, never sent', async () => {
    const page = await session.browser.newPage();
    await page.goto(
      'https://sellercentral.amazon.de/messaging/contact?orderID=302-0000000-0000000&marketplaceID=A1PA6795UKMFR9',
      { waitUntil: 'domcontentloaded' },
    );
    await page.bringToFront();
    await amazon.waitForAdapter(page);
    // The overlay's shadow host: the picker's listeners start with it.
    await page.waitForSelector('hw-overlay', { timeout: 10_000 });
    // No pill on this page (nothing to capture), but the keyword works in its reply box.
    await AMAZON_DE.focusComposer(page);
    await page.keyboard.type('/thanks');
    await page.waitForSelector(PICKER, { timeout: 10_000 });
    await eventually(async () => (await items(page))[0] !== undefined, 'templates listed');
    const top = (await items(page))[0]!;
    expect(top).toContain('thanks');
    await page.waitForSelector(`${q('hw-tp-missing')}[data-variable="buyer_name"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${q('hw-tp-missing-hint')}[role="alert"]`);
    expect(await AMAZON_DE.composerState(page)).toBe('/thanks');
    await page.keyboard.type('Lucía');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${q('hw-tp-result')}[data-result="ok"]`, { timeout: 10_000 });
    const box = (await AMAZON_DE.composerState(page)) ?? '';
    expect(box).toContain('Lucía');
    expect(box).not.toMatch(/\{\{buyer_name|\/thanks/);
    expect(await AMAZON_DE.sentMessages(page)).toEqual([]);
    await page.close();
  });
});
