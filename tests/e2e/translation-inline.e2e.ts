import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TranslationSettings } from '../../storage/translation-settings';
import { addLiveMessage as addAmazonMessage, openPortal, waitForAdapter } from './support/amazon-portal';
import {
  addLiveMessage as addEbayMessage,
  fixtureThreads as ebayThreads,
  messagesUrl,
  openEbay,
  openThread as openEbayThread,
} from './support/ebay-portal';
import { screenshot } from './support/screenshots';
import { eventually, type Session, startSession, stopServiceWorker, storedMessages } from './support/session';
import { conversations, openConversation, openShopee } from './support/shopee-portal';

/**
 * The translation under buyer messages in the portals (issue 4), through the BUILT extension in real Chromium:
 * content script → background queue → provider mocks under the real hostnames (tests/harness/provider-mocks.mjs),
 * which translate the fixture phrases deterministically (anything else becomes "[zh] <text>").
 */

const AMAZON_DE_CASE = '0b7e4c2a-9d1f-4e38-a5c6-71f2d8e9b304';
const amazonDeThread = (caseId = AMAZON_DE_CASE, extra = '') =>
  `https://sellercentral.amazon.de/messaging/inbox-v3?fi=caseId&ss=${caseId}&cc=${caseId}${extra}`;

let session: Session;

beforeAll(async () => {
  session = await startSession();
  await configure();
});
afterAll(async () => {
  await session?.close();
});
beforeEach(async () => {
  session.providers.reset();
  await configure(); // a test that failed half-way must not leave a thread or everything switched off
});

type Providers = TranslationSettings['providers'];

/** Agent language Chinese, one provider chain, the extension UI in Chinese (as the options page stores them). */
async function configure(
  providers: Providers = [{ id: 'edge', enabled: true }],
  secrets: Record<string, { apiKey: string }> = {},
  inlineTranslation = true,
) {
  const translation: TranslationSettings = {
    agentLanguage: 'zh',
    providers,
    inlineTranslation,
    glossary: [],
    doNotTranslate: [],
    cacheDays: 30,
  };
  await session.dbPage.evaluate(
    (t, s) =>
      chrome.storage.local.set({
        translation: t,
        providerSecrets: s,
        translationOffThreads: {},
        settings: { uiLanguage: 'zh-CN', slaHours: 24, showOverlay: true },
      }),
    translation as unknown as Record<string, unknown>,
    secrets,
  );
}

interface Shown {
  state: string;
  label: string;
  text: string;
  /** The text of the portal element it sits in or after (the buyer's message). */
  under: string;
  /** Whether anything besides text was rendered inside our shadow root. */
  markup: boolean;
}

/** Every `<hw-translation>` on the page and in its same-origin frames, read through their open shadow roots. */
function shownTranslations(page: Page): Promise<Shown[]> {
  return page.evaluate(() => {
    const docs: Document[] = [document];
    for (const frame of document.querySelectorAll('iframe')) {
      try {
        if (frame.contentDocument) docs.push(frame.contentDocument);
      } catch {
        // cross-origin
      }
    }
    return docs.flatMap((doc) =>
      [...doc.querySelectorAll<HTMLElement>('hw-translation')].map((host) => {
        const root = host.shadowRoot!;
        const placement = host.dataset.hwPlacement;
        const around = placement === 'after' ? host.previousElementSibling : host.parentElement;
        return {
          state: host.dataset.hwState ?? '',
          label: root.querySelector('.label')?.textContent ?? '',
          text: root.querySelector('.text')?.textContent ?? '',
          under: around?.textContent ?? '',
          markup: root.querySelector('.text *, img, script, b, iframe') !== null,
        };
      }),
    );
  });
}

async function waitForTranslations(page: Page, count: number, what: string): Promise<Shown[]> {
  return eventually(
    async () => {
      const shown = await shownTranslations(page);
      const settled = shown.filter((s) => s.state === 'translated' || s.state === 'error');
      return settled.length >= count && shown.every((s) => s.state !== 'pending') ? shown : null;
    },
    what,
    20_000,
  );
}

/** How many translations on the page show exactly this text. */
async function countShowing(page: Page, text: string): Promise<number> {
  return (await shownTranslations(page)).filter((s) => s.state === 'translated' && s.text === text).length;
}

/** Add a live message and wait until one more translation shows `translated` (the thread may hold the same text). */
async function expectLiveTranslation(
  page: Page,
  add: () => Promise<unknown>,
  translated: string,
): Promise<void> {
  const before = await countShowing(page, translated);
  await add();
  await eventually(
    async () => (await countShowing(page, translated)) === before + 1,
    `the live message translated as ${translated}`,
    20_000,
  );
}

/** A fixture text as one line, the way it sits in the page's textContent (line breaks become block edges). */
const squash = (text: string) => text.replace(/\s+/g, '');

describe('Translation under buyer messages: Amazon', () => {
  it('shows a German buyer message in Chinese under the original, stores it, and translates a live message', async () => {
    const page = await openPortal(session, amazonDeThread());
    await waitForAdapter(page, 'inbox-with-thread');

    const [first] = await waitForTranslations(page, 1, 'the German message translated');

    expect(first).toMatchObject({ state: 'translated', markup: false });
    expect(first!.label).toBe('HW 译 · 德语 → 中文 · Edge');
    expect(first!.text).toContain('我的订单在哪里？');
    expect(first!.text).toContain('此致敬礼');
    // The original is still there, untouched, above ours.
    expect(squash(first!.under)).toContain(
      squash('Die Sendungsverfolgung zeigt seit vier Tagen keinen neuen Status.'),
    );
    const threadId = `amazon:amazon.de:${AMAZON_DE_CASE}`;
    const stored = await eventually(async () => {
      const messages = await storedMessages(session, threadId);
      const german = messages.find((m) => m.text.startsWith('Guten Tag'));
      return german?.translations?.zh ? german : null;
    }, 'translations.zh on the stored message');
    expect(stored.translations!.zh).toContain('我的订单在哪里？');

    await expectLiveTranslation(page, () => addAmazonMessage(page, 'Das Ladekabel fehlt.'), '充电线不见了。');

    await page.bringToFront();
    await page.evaluate(() => document.querySelector('hw-translation')?.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'inline-amazon.png');
    await page.close();
  });

  it('hides and restores the translations per thread from the overlay, and hides them all from the options switch', async () => {
    const page = await openPortal(session, amazonDeThread());
    await waitForTranslations(page, 1, 'translations shown');
    const asked = session.providers.requests('edge.microsoft.com').length;

    const toggle = await page.waitForSelector('pierce/[data-testid="hw-inline-toggle"]');
    expect(await toggle!.evaluate((el) => [el.textContent, el.getAttribute('aria-pressed')])).toEqual([
      '译',
      'true',
    ]);
    await toggle!.click();
    await eventually(async () => (await shownTranslations(page)).length === 0, 'translations hidden');
    await eventually(
      async () => (await toggle!.evaluate((el) => el.getAttribute('aria-pressed'))) === 'false',
      'the switch off',
    );
    expect(await toggle!.evaluate((el) => el.getAttribute('title'))).toBe('本会话已隐藏译文，点击显示。');
    await toggle!.click();
    const back = await waitForTranslations(page, 1, 'translations back');
    expect(back[0]!.text).toContain('我的订单在哪里？');
    expect(session.providers.requests('edge.microsoft.com').length).toBe(asked); // from the cache

    await configure([{ id: 'edge', enabled: true }], {}, false);
    await eventually(async () => (await shownTranslations(page)).length === 0, 'hidden by the global switch');
    await configure();
    await waitForTranslations(page, 1, 'shown again');
    await page.close();
  });

  it('translates a message that arrives while the service worker is stopped (it wakes on the next request)', async () => {
    const page = await openPortal(session, amazonDeThread());
    await waitForTranslations(page, 1, 'translations shown');

    await stopServiceWorker(session);

    await expectLiveTranslation(page, () => addAmazonMessage(page, 'Hallo,'), '你好，');
    await page.close();
  });

  it('keeps hostile buyer text as text in the translation', async () => {
    const page = await openPortal(session, amazonDeThread());
    await waitForTranslations(page, 1, 'translations shown');

    const hostile = '<img src=x onerror="window.__hwPwned=1">Hallo?<b>fett</b>';
    await addAmazonMessage(page, hostile);
    const shown = await eventually(async () => {
      const all = await shownTranslations(page);
      return all.find((s) => s.state === 'translated' && s.text.includes('onerror')) ?? null;
    }, 'the hostile message translated');

    expect(shown.markup).toBe(false);
    expect(shown.text).toContain('<img src=x onerror=');
    expect(
      await page.evaluate(() => (window as unknown as { __hwPwned?: number }).__hwPwned),
    ).toBeUndefined();
    await page.close();
  });

  it('asks for the messages on screen first in a long thread', async () => {
    const page = await openPortal(session, amazonDeThread(AMAZON_DE_CASE, '&n=120'));
    await page.bringToFront();
    await waitForTranslations(page, 60, 'all 60 buyer messages translated');

    const requests = session.providers.requests('edge.microsoft.com');
    const batches = requests.map((r) => (JSON.parse(r.body) as string[]).length);
    const onScreen = await page.evaluate(() => {
      const out: string[] = [];
      for (const host of document.querySelectorAll('hw-translation')) {
        const message = host.parentElement!;
        const box = message.getBoundingClientRect();
        if (box.bottom > 0 && box.top < innerHeight) out.push(message.textContent ?? '');
      }
      return out;
    });
    const firstAsked = JSON.parse(requests[0]!.body) as string[];

    expect(batches.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(60);
    expect(batches[0]).toBeLessThan(60);
    expect(onScreen.length).toBeGreaterThan(0);
    // Every text of the first request belongs to a message that is on screen.
    for (const text of firstAsked) {
      expect(onScreen.some((shown) => squash(shown).includes(squash(text)))).toBe(true);
    }
    await page.close();
  });

  it('shows a clear message under the original when the DeepL key is rejected', async () => {
    await configure([{ id: 'deepl', enabled: true, deeplPlan: 'free' }], {
      deepl: { apiKey: 'wrong-key:fx' },
    });
    try {
      const threads = await openPortal(session, 'https://sellercentral.amazon.de/messaging/inbox-v3?fi=all');
      const caseId = await threads.evaluate(
        () =>
          (
            window as unknown as {
              __fixture: { threads(): { caseId: string; messages: { direction: string }[] }[] };
            }
          ).__fixture
            .threads()
            .find((t, i) => i > 0 && t.messages.some((m) => m.direction === 'in'))!.caseId,
      );
      await threads.close();
      const page = await openPortal(session, amazonDeThread(caseId));

      const [shown] = await waitForTranslations(page, 1, 'the error under the message');

      expect(shown!.state).toBe('error');
      expect(shown!.text).toBe('翻译失败：API 密钥被拒绝，请在扩展选项中检查。');
      expect(shown!.under.trim().length).toBeGreaterThan(0);
      const retry = await page.evaluate(() => {
        const button = document
          .querySelector('hw-translation')
          ?.shadowRoot?.querySelector<HTMLElement>('.retry');
        return button && !button.hidden ? button.textContent : null;
      });
      expect(retry).toBe('重试');
      expect(session.providers.requests('api-free.deepl.com').map((r) => r.status)).toContain(403);
      await page.bringToFront();
      await page.evaluate(() =>
        document.querySelector('hw-translation')?.scrollIntoView({ block: 'center' }),
      );
      await screenshot(page, 'inline-amazon-bad-key.png');
      await page.close();
    } finally {
      await configure();
    }
  });
});

describe('Translation under buyer messages: eBay', () => {
  it('translates a German conversation on ebay.de and follows SPA switches without a stale translation', async () => {
    const page = await openEbay(session, messagesUrl('www.ebay.de'));
    await waitForAdapter(page);
    const members = (await ebayThreads(page)).filter(
      (t) => t.type === 'member' && t.messages.some((m) => m.direction === 'in' && !m.system && m.text),
    );
    const [a, b] = members;
    await openEbayThread(page, a!.conversationId);
    const inbound = (t: typeof a) => t!.messages.filter((m) => m.direction === 'in' && !m.system && m.text);

    const first = await waitForTranslations(page, 1, 'the first conversation translated');
    expect(first.every((s) => s.state === 'translated')).toBe(true);
    expect(first.length).toBe(inbound(a).length);

    await openEbayThread(page, b!.conversationId);
    const second = await eventually(async () => {
      const shown = await shownTranslations(page);
      const expected = inbound(b).length;
      return shown.length === expected && shown.every((s) => s.state === 'translated') ? shown : null;
    }, 'the second conversation translated');
    // Each translation sits under a message of the open conversation and translates that very message.
    for (const s of second) {
      const source = inbound(b).find((m) => squash(s.under).includes(squash(m.text.split('\n')[0]!)));
      expect(source, s.under).toBeDefined();
    }

    // An e-mail conversation: the translations go into the same-origin e-mail frame, under each member message.
    const email = members.find((t) => t.mode === 'email' && t !== a && t !== b);
    expect(email, 'an e-mail conversation on ebay.de').toBeDefined();
    await openEbayThread(page, email!.conversationId);
    const inFrame = await eventually(async () => {
      const shown = await shownTranslations(page);
      return shown.length === inbound(email!).length && shown.every((s) => s.state === 'translated')
        ? shown
        : null;
    }, 'the e-mail conversation translated');
    expect(inFrame.every((s) => !s.markup)).toBe(true);
    await page.bringToFront();
    await page.evaluate(() =>
      document
        .querySelector<HTMLIFrameElement>('iframe#app__email-iframe')
        ?.contentDocument?.querySelector('hw-translation')
        ?.scrollIntoView({ block: 'center' }),
    );
    await screenshot(page, 'inline-ebay-email.png');
    expect(
      await page.evaluate(
        () =>
          document
            .querySelector<HTMLIFrameElement>('iframe#app__email-iframe')
            ?.contentDocument?.querySelectorAll('hw-translation').length,
      ),
    ).toBe(inbound(email!).length);
    await openEbayThread(page, b!.conversationId);
    await waitForTranslations(page, inbound(b).length, 'back on the chat conversation');

    await expectLiveTranslation(page, () => addEbayMessage(page, 'Hallo?'), '你好？');
    await page.bringToFront();
    await screenshot(page, 'inline-ebay.png');
    await page.close();
  });
});

describe('Translation under buyer messages: Shopee', () => {
  it('shows a Thai buyer message in Chinese beside the bubble on chat-management, and a live message too', async () => {
    const page = await openShopee(session, 'https://seller.shopee.co.th/portal/chat-management');
    await waitForAdapter(page);
    const thai = (await conversations(page)).find((c) =>
      c.messages.some((m) => m.direction === 'in' && m.text.includes('261119T9W3E5R7')),
    )!;
    await openConversation(page, thai.conversationId);

    const shown = await eventually(async () => {
      const all = await shownTranslations(page);
      return all.find((s) => s.text.includes('还没有发货')) ?? null;
    }, 'the Thai message translated');

    expect(shown.text).toBe('你好，订单 261119T9W3E5R7 还没有发货。\n已经等了 3 天了。');
    expect(shown.label).toBe('HW 译 · 泰语 → 中文 · Edge');
    expect(squash(shown.under)).toContain(squash('ยังไม่ได้จัดส่งเลยครับ'));

    await expectLiveTranslation(
      page,
      () =>
        page.evaluate(() =>
          (window as unknown as { __fixture: { addMessage(m: object): unknown } }).__fixture.addMessage({
            direction: 'in',
            text: 'สินค้ายังมีอยู่ไหมคะ',
          }),
        ),
      '商品还有货吗？',
    );
    await page.bringToFront();
    await screenshot(page, 'inline-shopee.png');

    // An SPA switch to another buyer: every translation shown belongs to a message of that conversation.
    const other = (await conversations(page)).find(
      (c) =>
        c.conversationId !== thai.conversationId &&
        c.messages.some((m) => m.direction === 'in' && m.type === 'text' && m.text),
    )!;
    await openConversation(page, other.conversationId);
    const switched = await eventually(async () => {
      const all = await shownTranslations(page);
      return all.length > 0 && all.every((s) => s.state === 'translated') ? all : null;
    }, 'the other conversation translated');
    const texts = other.messages.filter((m) => m.direction === 'in' && m.type === 'text').map((m) => m.text);
    for (const s of switched) {
      expect(
        texts.some((text) => squash(s.under).includes(squash(text.split('\n')[0]!))),
        s.under,
      ).toBe(true);
      expect(s.text).not.toContain('还没有发货');
    }
    await page.close();
  });
});
