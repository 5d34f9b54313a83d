import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTranslatable } from '../../core/translation/translatable';
import * as amazon from './support/amazon-portal';
import { screenshot } from './support/screenshots';
import { eventually, type Session, storedMessages, storedThread } from './support/session';
import * as shopee from './support/shopee-portal';
import { openSidePanelTab, openThreadInPanel } from './support/side-panel';
import {
  SHIPPED_REPLY,
  setRejectedDeeplKey,
  setTranslationSettings,
  startZhAgentSession,
  ZH_AGENT_SETTINGS,
} from './support/translation-prefs';

/**
 * The side panel's thread view with translation on (a Chinese-speaking agent, mock providers): buyer messages show
 * original and translation with the detected language, side by side when wide, stacked in the 360 px panel; the
 * per-thread switch hides them; the reply draft translates into the buyer's language and inserts that.
 */

const REPLY = SHIPPED_REPLY.zh;
const GERMAN = SHIPPED_REPLY.de;
const HAN = /[\u4e00-\u9fff]/;

let session: Session;

beforeAll(async () => {
  session = await startZhAgentSession();
});
afterAll(async () => {
  await session?.close();
});

async function captured(threadId: string): Promise<void> {
  await eventually(async () => (await storedThread(session, threadId))?.captured === 1, `${threadId} stored`);
}

interface ShownMessage {
  original: string;
  translation: string | null;
  line: string | null;
  source: string | null;
}

/** What the panel shows for each buyer message: original, translation, and the language line. */
function shownInbound(panel: Page): Promise<ShownMessage[]> {
  return panel.$$eval('[data-testid="timeline-message"][data-direction="in"]', (items) =>
    items.map((item) => ({
      original:
        (item.querySelector('[data-testid="message-original"]') ?? item.querySelector('p'))?.textContent ??
        '',
      translation: item.querySelector('[data-testid="message-translation"]')?.textContent ?? null,
      line: item.querySelector('[data-testid="translation-language"]')?.textContent ?? null,
      source: item.querySelector('[data-testid="translation-source"]')?.getAttribute('data-source') ?? null,
    })),
  );
}

/** Wait until every buyer message with text shows a translation. */
async function waitForTranslations(panel: Page, count: number): Promise<ShownMessage[]> {
  return eventually(
    async () => {
      // Placeholders of stickers, images and product/order cards are never sent to a provider.
      const shown = (await shownInbound(panel)).filter((m) => isTranslatable(m.original));
      return shown.length >= count && shown.every((m) => m.translation) ? shown : null;
    },
    'the buyer messages translated in the panel',
    20_000,
  );
}

describe('Side panel translation', () => {
  let portal: Page;
  let threadId: string;

  beforeAll(async () => {
    portal = await amazon.openPortal(session, 'https://sellercentral.amazon.de/messaging/inbox-v3');
    const caseId = await amazon.clickRow(portal, 0);
    threadId = amazon.caseThreadId('amazon.de', caseId);
    await captured(threadId);
  });
  afterAll(async () => {
    await portal?.close();
  });

  it('shows a German buyer message and its Chinese translation with the detected language, stacked in 360 px', async () => {
    const panel = await openSidePanelTab(session);
    await panel.setViewport({ width: 360, height: 900 });
    const inbound = (await storedMessages(session, threadId)).filter((m) => m.direction === 'in' && m.text);

    await openThreadInPanel(panel, threadId);
    const shown = await waitForTranslations(panel, inbound.length);

    for (const message of shown) {
      expect(message.translation).toMatch(HAN);
      expect(message.translation).not.toBe(message.original);
      expect(message.line).toMatch(/German DE\s*→\s*Chinese/);
      expect(message.line).toContain('Edge');
    }
    // The originals stay, as the page has them.
    expect(shown.map((m) => m.original)).toEqual(inbound.map((m) => m.text));
    const stored = await storedMessages(session, threadId);
    expect(stored.filter((m) => m.direction === 'in' && m.text).every((m) => m.translations.zh)).toBe(true);
    // Narrow: one column, the translation under the original.
    expect(await columns(panel)).toBe(1);
    await panel.bringToFront();
    await screenshot(panel, 'panel-translation.png');
    await panel.close();
  });

  it('puts original and translation side by side when the panel is wide, and the thread switch hides them', async () => {
    const panel = await openSidePanelTab(session);
    await panel.setViewport({ width: 760, height: 900 });
    await openThreadInPanel(panel, threadId);
    await waitForTranslations(panel, 1);

    expect(await columns(panel)).toBe(2);
    await panel.bringToFront();
    await screenshot(panel, 'panel-translation-wide.png');

    await panel.click('[data-testid="toggle-translation"]');
    await panel.waitForFunction(() => !document.querySelector('[data-testid="message-translation"]'), {
      polling: 100,
      timeout: 5_000,
    });
    expect((await shownInbound(panel)).every((m) => m.original !== '')).toBe(true);
    await panel.click('[data-testid="toggle-translation"]');
    await waitForTranslations(panel, 1);
    await panel.close();
  });

  it('translates the reply draft into the buyer’s language and inserts the translation, never sending it', async () => {
    const panel = await openSidePanelTab(session);
    await openThreadInPanel(panel, threadId);

    await panel.type('[data-testid="reply-draft"]', REPLY);
    expect(await panel.$eval('[data-testid="reply-target"]', (el) => (el as HTMLSelectElement).value)).toBe(
      'de',
    );
    await panel.click('[data-testid="translate-reply"]');
    await panel.waitForSelector('[data-testid="reply-translation-text"]', { timeout: 20_000 });

    expect(
      await panel.$eval('[data-testid="reply-translation-text"]', (el) => (el as HTMLTextAreaElement).value),
    ).toBe(GERMAN);
    expect(await panel.$eval('[data-testid="reply-back-translation"]', (el) => el.textContent)).toBe(REPLY);

    await panel.click('[data-testid="insert-translation"]');
    await panel.waitForSelector(
      '[data-testid="reply-translation"] [data-testid="insert-result"][data-result="ok"]',
      {
        timeout: 10_000,
      },
    );
    await eventually(
      async () => (await amazon.composerState(portal)) === GERMAN,
      'the portal state to hold it',
    );
    expect(await amazon.sentMessages(portal)).toEqual([]);
    await panel.bringToFront();
    await screenshot(panel, 'panel-translation-reply.png');
    await panel.close();
  });
});

describe('Side panel asking the background for missing translations', () => {
  /** A thread read while translation was off (so nothing translated it), with its portal tab closed again. */
  async function captureUntranslated(row: number): Promise<string> {
    await setTranslationSettings(session, { ...ZH_AGENT_SETTINGS, inlineTranslation: false });
    const portal = await amazon.openPortal(session, 'https://sellercentral.amazon.de/messaging/inbox-v3');
    const threadId = amazon.caseThreadId('amazon.de', await amazon.clickRow(portal, row));
    await captured(threadId);
    await portal.close();
    return threadId;
  }

  it('translates a thread that was read with translation off once it is opened with translation on', async () => {
    const threadId = await captureUntranslated(1);
    const inbound = (await storedMessages(session, threadId)).filter((m) => m.direction === 'in' && m.text);
    expect(inbound.some((m) => m.translations.zh)).toBe(false);
    await setTranslationSettings(session, ZH_AGENT_SETTINGS);
    const panel = await openSidePanelTab(session);

    await openThreadInPanel(panel, threadId);
    const shown = await waitForTranslations(panel, inbound.length);

    // The mock answers texts outside its phrase table as "[zh] <text>": translated, visibly.
    expect(shown.every((m) => m.translation && m.translation !== m.original)).toBe(true);
    const stored = (await storedMessages(session, threadId)).filter((m) => m.direction === 'in' && m.text);
    expect(stored.every((m) => m.translations.zh && m.translatedBy?.zh === 'edge')).toBe(true);
    await panel.close();
  });

  it('says readably when the translation fails, and keeps showing the originals', async () => {
    const threadId = await captureUntranslated(2);
    await setRejectedDeeplKey(session);
    const panel = await openSidePanelTab(session);

    await openThreadInPanel(panel, threadId);
    const banner = await panel.waitForSelector('[data-testid="translation-error"]', { timeout: 20_000 });

    expect(await banner!.evaluate((el) => el.textContent)).toContain('Could not translate this conversation');
    const inbound = (await storedMessages(session, threadId)).filter((m) => m.direction === 'in' && m.text);
    const shown = await shownInbound(panel);
    expect(shown.map((m) => m.original)).toEqual(inbound.map((m) => m.text));
    expect(shown.every((m) => m.translation === null)).toBe(true);
    await panel.bringToFront();
    await screenshot(panel, 'panel-translation-error.png');
    await panel.close();
    await setTranslationSettings(session, ZH_AGENT_SETTINGS);
  });
});

describe('Side panel translation of a Thai buyer (Shopee)', () => {
  it('shows the Thai messages with their Chinese translation and the detected language', async () => {
    const portal = await shopee.openShopee(session, 'https://seller.shopee.co.th/webchat/conversations');
    const thai = (await shopee.conversations(portal)).find(
      (c) =>
        !c.expired &&
        c.messages.filter((m) => m.direction === 'in' && /[\u0e00-\u0e7f]/.test(m.text)).length >= 2,
    )!;
    const open = await shopee.clickConversation(portal, thai.buyer);
    const threadId = shopee.shopeeThreadId('shopee.co.th', open.buyer);
    await captured(threadId);
    const panel = await openSidePanelTab(session);

    await openThreadInPanel(panel, threadId);
    const shown = await waitForTranslations(
      panel,
      (await storedMessages(session, threadId)).filter(
        (m) => m.direction === 'in' && /[\u0e00-\u0e7f]/.test(m.text) && isTranslatable(m.text),
      ).length,
    );

    const thaiShown = shown.filter((m) => /[\u0e00-\u0e7f]/.test(m.original));
    expect(thaiShown.length).toBeGreaterThanOrEqual(2);
    for (const message of thaiShown) {
      expect(message.translation).toMatch(HAN);
      expect(message.line).toMatch(/Thai TH\s*→\s*Chinese/);
    }
    await panel.bringToFront();
    await screenshot(panel, 'panel-translation-thai.png');
    await panel.close();
    await portal.close();
  });
});

/** Columns of the first translated message's original/translation grid. */
function columns(panel: Page): Promise<number> {
  return panel.$eval('[data-testid="message-translation"]', (el) => {
    const grid = el.parentElement!.parentElement!;
    return getComputedStyle(grid).gridTemplateColumns.split(' ').filter(Boolean).length;
  });
}
