import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as amazon from './support/amazon-portal';
import * as ebay from './support/ebay-portal';
import { screenshot } from './support/screenshots';
import { eventually, type Session, storedThread } from './support/session';
import * as shopee from './support/shopee-portal';
import { SHIPPED_REPLY, startZhAgentSession } from './support/translation-prefs';

/**
 * The policy check in the portal's translate-my-reply panel (issue 5): a reply that carries an e-mail address, a
 * link or a WhatsApp number gets the platform's warning — highlighted, with the reason — before Insert, both on the
 * agent's draft and on the translation; Insert becomes "Insert anyway" and still puts the text into the portal's
 * reply box, without sending it. A clean reply shows no warning.
 */

const q = (testId: string) => `pierce/[data-testid="${testId}"]`;
const PANEL = q('hw-reply-translator');

let session: Session;

beforeAll(async () => {
  session = await startZhAgentSession();
});
afterAll(async () => {
  await session?.close();
});

interface PolicyCase {
  name: string;
  open(): Promise<{ page: Page; threadId: string }>;
  composerState(page: Page): Promise<string | null>;
  sentMessages(page: Page): Promise<string[]>;
  /** What the agent adds to the shipped-parcel reply. */
  extra: string;
  rule: string;
  match: string;
  reason: string;
}

const CASES: PolicyCase[] = [
  {
    name: 'amazon',
    async open() {
      const page = await amazon.openPortal(session, 'https://sellercentral.amazon.de/messaging/inbox-v3');
      const caseId = await amazon.clickRow(page, 0);
      return { page, threadId: amazon.caseThreadId('amazon.de', caseId) };
    },
    composerState: amazon.composerState,
    sentMessages: amazon.sentMessages,
    extra: '有问题请发邮件到 service@meinshop.de',
    rule: 'email',
    match: 'service@meinshop.de',
    reason: 'Amazon: e-mail addresses are not allowed — service@meinshop.de',
  },
  {
    name: 'ebay',
    async open() {
      const page = await ebay.openEbay(session, ebay.messagesUrl('www.ebay.de'));
      const conversation = (await ebay.fixtureThreads(page))[1]!;
      await ebay.clickCard(page, conversation.conversationId);
      return { page, threadId: ebay.conversationThreadId('ebay.de', conversation.conversationId) };
    },
    composerState: ebay.composerState,
    sentMessages: ebay.sentMessages,
    extra: '更多商品请看 www.meinshop.de',
    rule: 'link',
    match: 'www.meinshop.de',
    reason: 'eBay: links are not allowed — www.meinshop.de',
  },
  {
    name: 'shopee',
    async open() {
      const page = await shopee.openShopee(session, 'https://seller.shopee.co.th/webchat/conversations');
      const thai = (await shopee.conversations(page)).find(
        (c) =>
          !c.expired &&
          c.messages.filter((m) => m.direction === 'in' && /[\u0e00-\u0e7f]/.test(m.text)).length >= 2,
      )!;
      const open = await shopee.clickConversation(page, thai.buyer);
      return { page, threadId: shopee.shopeeThreadId('shopee.co.th', open.buyer) };
    },
    composerState: shopee.composerState,
    sentMessages: shopee.sentMessages,
    extra: '加我 WhatsApp +66 81 234 5678',
    rule: 'phone',
    match: '+66 81 234 5678',
    reason: 'Shopee: phone numbers are not allowed — +66 81 234 5678',
  },
];

async function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) => els.map((el) => el.textContent ?? ''));
}

async function ready(page: Page, threadId: string): Promise<void> {
  await eventually(async () => (await storedThread(session, threadId))?.captured === 1, `${threadId} stored`);
  await page.waitForSelector(q('hw-open-reply-translator'), { timeout: 15_000 });
}

describe.each(CASES)('Policy warning in translate-my-reply on $name', (portal) => {
  it(`flags the ${portal.rule} with its reason before Insert, and still inserts without sending`, async () => {
    const { page, threadId } = await portal.open();
    await ready(page, threadId);
    await page.bringToFront();
    const before = await portal.composerState(page);
    await page.click(q('hw-open-reply-translator'));
    await page.waitForSelector(PANEL, { timeout: 5_000 });

    // A clean draft: no warning.
    const source = await page.waitForSelector(q('hw-rt-source'));
    await source!.type(SHIPPED_REPLY.zh);
    expect(await page.$(q('hw-rt-policy'))).toBeNull();
    // The contact detail shows up on the draft already, before anything is translated.
    await source!.type(` ${portal.extra}`);
    await page.waitForSelector(`${q('hw-rt-policy')} mark[data-rule="${portal.rule}"]`, { timeout: 5_000 });

    await page.click(q('hw-rt-translate'));
    await page.waitForSelector(q('hw-rt-translation'), { timeout: 20_000 });
    const translation = await page.$eval(q('hw-rt-translation'), (el) => (el as HTMLTextAreaElement).value);
    expect(translation).toContain(portal.match);

    // The warning now reads the translation: the match highlighted, the reason in the interface language.
    await eventually(
      async () => (await texts(page, `${q('hw-rt-policy-text')}`))[0] === translation,
      'the warning to show the translation',
    );
    expect(await texts(page, `${q('hw-rt-policy')} mark[data-rule="${portal.rule}"]`)).toEqual([
      portal.match,
    ]);
    expect(await texts(page, `${q('hw-rt-policy-reasons')} li`)).toContain(portal.reason);
    const insert = await page.$eval(q('hw-rt-insert'), (el) => ({
      text: el.textContent,
      policy: (el as HTMLElement).dataset.policy,
      disabled: (el as HTMLButtonElement).disabled,
    }));
    expect(insert).toEqual({ text: 'Insert anyway', policy: 'flagged', disabled: false });
    expect(await portal.composerState(page)).toBe(before);
    await screenshot(page, `policy-${portal.name}.png`);

    await page.click(q('hw-rt-insert'));
    await page.waitForSelector(`${q('hw-rt-result')}[data-result="ok"]`, { timeout: 10_000 });
    await eventually(
      async () => (await portal.composerState(page)) === translation,
      'the portal reply box to hold the flagged translation',
    );
    expect(await portal.sentMessages(page)).toEqual([]);
    await page.close();
  });
});
