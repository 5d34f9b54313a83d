#!/usr/bin/env node
/**
 * The demo: Chromium with the built extension (.output/chrome-mv3) against the built-in demo portals: look-alike
 * Seller Central, eBay and Shopee pages served locally over HTTPS under the real hostnames (tests/fixtures).
 *
 * With a display it opens a normal window and stays open until you close it. Without one (or with --headless)
 * it runs headless, opens buyer threads on Amazon (US, German, Japanese), eBay (US, German) and Shopee
 * (Indonesia, the China cross-border centre), and saves screenshots of each portal with our overlay, the side
 * panel inbox and thread view, the popup and the options page into demo-output/.
 *
 * Replies in the demo: the agent is 李伟 with a store name per marketplace, so templates fill in full; the headless run
 * also types `/wismo` into the Amazon.de reply box for the template picker and opens the template library.
 *
 * Translation in the demo: the agent language is set to Chinese, and the providers answer from the local mock
 * servers under their real hostnames (tests/harness/provider-mocks.mjs), so the demo needs no network and no keys.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROME_PATH, launchWithExtension, startFixtureServer } from './fixture-server.mjs';

const EXTENSION = path.resolve('.output/chrome-mv3');
const OUT = path.resolve('demo-output');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Open a fixture thread through the page's own SPA switch (the same code path as a click on its row). */
const openVia = (hook, idKey) => async (page, index) =>
  page.evaluate(
    (h, key, i) => {
      const thread = window.__fixture.threads()[i];
      return thread ? window.__fixture[h](thread[key]) : undefined;
    },
    hook,
    idKey,
    index,
  );

const PORTALS = [
  {
    label: 'Amazon.com (English UI)',
    url: 'https://sellercentral.amazon.com/messaging/inbox-v3',
    shot: 'portal-amazon-com.png',
    open: openVia('openThread', 'caseId'),
  },
  {
    label: 'Amazon.de (German UI)',
    url: 'https://sellercentral.amazon.de/messaging/inbox-v3',
    shot: 'portal-amazon-de.png',
    open: openVia('openThread', 'caseId'),
  },
  {
    label: 'Amazon.co.jp (Japanese UI)',
    url: 'https://sellercentral.amazon.co.jp/messaging/inbox-v3',
    shot: 'portal-amazon-jp.png',
    open: openVia('openThread', 'caseId'),
  },
  {
    label: 'eBay.com messages (English UI)',
    url: 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE',
    shot: 'portal-ebay-com.png',
    open: openVia('openThread', 'conversationId'),
  },
  {
    label: 'eBay.de Nachrichten (German UI)',
    url: 'https://www.ebay.de/cnt/ViewMessage?group_type=CORE',
    shot: 'portal-ebay-de.png',
    open: openVia('openThread', 'conversationId'),
  },
  {
    label: 'Shopee Indonesia chat (Indonesian UI)',
    url: 'https://seller.shopee.co.id/webchat/conversations',
    shot: 'portal-shopee-id.png',
    open: openVia('openConversation', 'conversationId'),
  },
  {
    label: 'Shopee China cross-border centre (Chinese UI, every region)',
    url: 'https://seller.shopee.cn/webchat/conversations',
    shot: 'portal-shopee-cn.png',
    open: openVia('openConversation', 'conversationId'),
  },
];

/**
 * A Chinese-speaking agent with the free web providers first (the on-device model cannot be downloaded here), stored
 * the way the options page stores it.
 */
async function setDemoTranslation(browser, extensionId) {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.evaluate(async () => {
    const { translation } = await chrome.storage.local.get('translation');
    const providers = [
      { id: 'edge', enabled: true },
      { id: 'google', enabled: true },
      { id: 'chrome', enabled: true },
      { id: 'deepl', enabled: false, deeplPlan: 'free' },
      { id: 'openai', enabled: false, baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini' },
      { id: 'baidu', enabled: false },
    ];
    await chrome.storage.local.set({
      translation: {
        glossary: [],
        doNotTranslate: [],
        cacheDays: 30,
        ...translation,
        agentLanguage: 'zh',
        inlineTranslation: true,
        providers,
      },
      translation$: { v: 1 },
    });
  });
  await page.close();
}

/** The agent's name and store names, which fill `{{agent_name}}` and `{{store_name}}` in templates. */
async function setDemoReplies(browser, extensionId) {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.evaluate(async () => {
    const { replies } = await chrome.storage.local.get('replies');
    await chrome.storage.local.set({
      replies: {
        triggerChar: '/',
        urgentFirst: false,
        ...replies,
        agentName: '李伟',
        storeNames: {
          amazon: 'Sunrise Home',
          ebay: 'sunrise-home-de',
          shopee: 'Sunrise Home Official',
        },
      },
      replies$: { v: 1 },
    });
  });
  await page.close();
}

/** Type `/wismo` into the Amazon.de reply box: the template picker opens next to it with the filled template. */
async function showTemplatePicker(page) {
  await page.bringToFront();
  await page.evaluate(() => {
    const host = document.querySelector('kat-textarea');
    host?.shadowRoot?.querySelector('textarea')?.focus();
  });
  await page.keyboard.type('/wismo');
  await page.waitForSelector('pierce/[data-testid="hw-template-picker"]', { timeout: 10_000 });
  await sleep(1_500); // the translation into German arrives from the mock provider
  await page.screenshot({ path: path.join(OUT, 'portal-templates.png') });
  await page.keyboard.press('Escape');
}

async function main() {
  if (!fs.existsSync(path.join(EXTENSION, 'manifest.json'))) {
    throw new Error('The extension is not built: run "npm run demo" (it builds first).');
  }
  if (!fs.existsSync(CHROME_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROME_PATH}. Install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROME_PATH.`,
    );
  }
  fs.mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-demo-'));
  const { browser, extensionId } = await launchWithExtension({
    port: server.port,
    extensionPath: EXTENSION,
    userDataDir,
    headless,
    defaultViewport: headless ? { width: 1700, height: 950 } : null,
    extraArgs: ['--window-size=1700,1000'],
  });
  const cleanup = async () => {
    await browser.close().catch(() => undefined);
    await server.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    console.log(`Extension loaded (id ${extensionId}); demo portals served on 127.0.0.1:${server.port}.`);
    await setDemoTranslation(browser, extensionId);
    await setDemoReplies(browser, extensionId);

    let firstPortal;
    for (const portal of PORTALS) {
      const page = await browser.newPage();
      await page.goto(portal.url, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction('!!(window.__fixture && window.__fixture.ready)', { polling: 100 });
      await page.evaluate('window.__fixture.ready');
      for (const index of [1, 0]) {
        await portal.open(page, index);
        await sleep(700);
      }
      await page.waitForFunction(
        () => document.querySelector('hw-overlay')?.shadowRoot?.querySelector('[data-hw-state]'),
        {
          polling: 100,
          timeout: 10_000,
        },
      );
      if (headless) {
        await page.bringToFront();
        await page.screenshot({ path: path.join(OUT, portal.shot) });
      }
      console.log(`Opened ${portal.label}: ${portal.url}`);
      firstPortal ??= page;
      if (headless && portal.shot === 'portal-amazon-de.png') await showTemplatePicker(page);
    }

    // The side panel inbox, as a tab (the real panel is 360–400 px wide).
    const panel = await browser.newPage();
    await panel.setViewport({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.waitForSelector('[data-testid="inbox-row"]', { timeout: 15_000 });
    // The tab counts and the platform chips follow the first rows.
    await panel.waitForSelector('[data-testid="platform-chip-all"]', { timeout: 15_000 });
    const threads = await panel.evaluate(readThreads);
    if (headless) {
      await panel.bringToFront();
      await panel.screenshot({ path: path.join(OUT, 'sidepanel-inbox.png') });
      // A German buyer on eBay.de, so the thread view shows originals with their Chinese translations.
      const german = threads.find((t) => t.site === 'ebay.de' && t.messages > 1);
      const row = german
        ? `[data-testid="inbox-row"][data-thread-id="${german.id.replace(/["\\]/g, '\\$&')}"]`
        : '[data-testid="inbox-row"]';
      await panel.waitForSelector(row, { timeout: 10_000 });
      await panel.click(row);
      await panel.waitForSelector('[data-testid="timeline-message"]', { timeout: 10_000 });
      await sleep(300);
      await panel.screenshot({ path: path.join(OUT, 'sidepanel-thread.png') });

      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html#templates`);
      await panel.waitForSelector('[data-testid="template-row"]', { timeout: 15_000 });
      await sleep(300);
      await panel.screenshot({ path: path.join(OUT, 'sidepanel-templates.png') });

      const popup = await browser.newPage();
      await popup.setViewport({ width: 360, height: 520 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await sleep(800);
      await popup.bringToFront();
      await popup.screenshot({ path: path.join(OUT, 'popup.png') });

      const options = await browser.newPage();
      await options.setViewport({ width: 1100, height: 1400 });
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await sleep(800);
      await options.bringToFront();
      await options.screenshot({ path: path.join(OUT, 'options.png') });
    }

    console.log(`\nCaptured ${threads.length} conversations:`);
    for (const t of threads) {
      console.log(
        `  [${t.platform} ${t.site}] ${t.buyer} — ${t.subject} (${t.messages} messages${t.needsReply ? ', needs reply' : ''}` +
          `${t.intent && t.intent !== 'other' ? `, ${t.intent}` : ''}${t.urgent ? ', URGENT' : ''})`,
      );
    }
    if (headless) {
      console.log(`\nScreenshots in ${OUT}:`);
      for (const file of fs
        .readdirSync(OUT)
        .filter((f) => f.endsWith('.png'))
        .sort())
        console.log(`  ${file}`);
      await cleanup();
      return;
    }
    await firstPortal?.bringToFront();
    console.log(
      '\nThe browser stays open: click "Open inbox" on a portal page for the side panel. Close the window to end.',
    );
    await new Promise((resolve) => browser.on('disconnected', resolve));
    await server.close();
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** Runs in the side panel page: the captured threads, read with raw IndexedDB. */
function readThreads() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('helloworld-seller-assistant');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('threads').objectStore('threads').getAll();
      request.onsuccess = () =>
        resolve(
          request.result
            .sort((a, b) => b.lastMessageAt - a.lastMessageAt)
            .map((t) => ({
              id: t.id,
              platform: t.platform,
              site: t.site,
              buyer: t.buyerName,
              subject: t.subject,
              messages: t.messageCount,
              needsReply: t.needsReply === 1,
              intent: t.intent,
              urgent: t.urgent === 1,
            })),
        );
      request.onerror = () => reject(request.error);
    };
  });
}

main().catch((error) => {
  console.error(`Demo failed: ${error.message}`);
  process.exit(1);
});
