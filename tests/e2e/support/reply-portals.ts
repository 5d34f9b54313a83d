import type { Page } from 'puppeteer-core';
import * as amazon from './amazon-portal';
import * as ebay from './ebay-portal';
import type { Session } from './session';
import * as shopee from './shopee-portal';

/**
 * One thread per portal with buyer messages in a language other than the agent's, for the tests that put a reply
 * into the portal's own reply box (translate-my-reply, the template picker): Amazon.de and eBay.de in German,
 * Shopee Thailand in Thai.
 */
export interface ReplyPortal {
  name: 'amazon' | 'ebay' | 'shopee';
  /** Opens the thread; returns the tab and the stored thread id. */
  open(): Promise<{ page: Page; threadId: string }>;
  /** Puts the caret into the portal's own reply box. */
  focusComposer(page: Page): Promise<void>;
  composerState(page: Page): Promise<string | null>;
  sentMessages(page: Page): Promise<string[]>;
  /** The buyer's language. */
  language: string;
}

/** The three portals' reply threads; `session` is read when a test opens one (it starts in beforeAll). */
export function replyPortals(
  session: () => Session,
): Record<'amazonDe' | 'ebayDe' | 'shopeeTh', ReplyPortal> {
  return {
    amazonDe: {
      name: 'amazon',
      async open() {
        const page = await amazon.openPortal(session(), 'https://sellercentral.amazon.de/messaging/inbox-v3');
        const caseId = await amazon.clickRow(page, 0);
        return { page, threadId: amazon.caseThreadId('amazon.de', caseId) };
      },
      focusComposer: (page) =>
        page.evaluate(() => {
          const host = document.querySelector('kat-textarea');
          (host?.shadowRoot?.querySelector('textarea') as HTMLTextAreaElement | null)?.focus();
        }),
      composerState: amazon.composerState,
      sentMessages: amazon.sentMessages,
      language: 'de',
    },
    ebayDe: {
      name: 'ebay',
      async open() {
        const page = await ebay.openEbay(session(), ebay.messagesUrl('www.ebay.de'));
        const conversation = (await ebay.fixtureThreads(page))[1]!;
        await ebay.clickCard(page, conversation.conversationId);
        return { page, threadId: ebay.conversationThreadId('ebay.de', conversation.conversationId) };
      },
      focusComposer: (page) =>
        page.evaluate(() =>
          document.querySelector<HTMLTextAreaElement>('#imageupload__sendmessage--textbox')?.focus(),
        ),
      composerState: ebay.composerState,
      sentMessages: ebay.sentMessages,
      language: 'de',
    },
    shopeeTh: {
      name: 'shopee',
      async open() {
        const page = await shopee.openShopee(session(), 'https://seller.shopee.co.th/webchat/conversations');
        const thai = (await shopee.conversations(page)).find(
          (c) =>
            !c.expired &&
            c.messages.filter((m) => m.direction === 'in' && /[\u0e00-\u0e7f]/.test(m.text)).length >= 2,
        )!;
        const open = await shopee.clickConversation(page, thai.buyer);
        return { page, threadId: shopee.shopeeThreadId('shopee.co.th', open.buyer) };
      },
      focusComposer: (page) => page.evaluate(() => document.querySelector('textarea')?.focus()),
      composerState: shopee.composerState,
      sentMessages: shopee.sentMessages,
      language: 'th',
    },
  };
}
