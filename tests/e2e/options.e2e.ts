import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/screenshots';
import { eventually, type Session, startSession } from './support/session';
import { fold } from './support/text';

const VALID_DEEPL_KEY = 'test-deepl-key:fx';
const BAD_DEEPL_KEY = 'wrong-deepl-key-0000:fx';

let session: Session;
/** Everything the options pages print: a key must never show up here. */
const consoleLines: string[] = [];

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

/** The options page as a tab, in Chinese (the switch writes the UI-language setting every page follows). */
async function openOptions(prepare?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await session.browser.newPage();
  page.on('console', (message) => consoleLines.push(message.text()));
  await prepare?.(page);
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  // Permission checks add warnings above later cards: wait for them, so clicks do not land on a moving layout.
  await page.waitForSelector('[data-testid="section-providers"][data-permissions-checked="true"]');
  if ((await page.$eval('html', (html) => html.lang)) !== 'zh-CN') {
    await tap(page, '[data-testid="language-zh-CN"]');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN', { polling: 100 });
  }
  return page;
}

/** Click a control after centring it: the sticky Save bar would otherwise take clicks meant for the bottom row. */
async function tap(page: Page, selector: string) {
  await page.$eval(selector, (el) => el.scrollIntoView({ block: 'center' }));
  await page.click(selector);
}

async function text(page: Page, selector: string): Promise<string> {
  return fold(await page.$eval(selector, (el) => el.textContent ?? ''));
}

async function providerOrder(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="provider-list"] > li', (items) =>
    items.map((li) => (li.getAttribute('data-testid') ?? '').replace('provider-', '')),
  );
}

/** Extension storage as Chrome holds it (`local` and `sync` areas). */
async function storageArea(page: Page, area: 'local' | 'sync'): Promise<Record<string, unknown>> {
  return page.evaluate((name) => chrome.storage[name].get(null), area);
}

async function save(page: Page) {
  await tap(page, '[data-testid="save"]');
  await page.waitForFunction(
    () => document.querySelector('[data-testid="save-status"]')?.textContent?.includes('已保存'),
    { polling: 100, timeout: 10_000 },
  );
}

async function clearAndType(page: Page, selector: string, value: string) {
  await page.$eval(selector, (el) => el.scrollIntoView({ block: 'center' }));
  await page.click(selector, { count: 3 });
  await page.keyboard.press('Backspace');
  await page.type(selector, value);
}

describe('Options page', () => {
  it('opens from the popup’s gear, in Chinese, with every section', async () => {
    const popup = await session.browser.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.waitForSelector('[data-testid="open-options"]');
    const before = new Set(session.browser.targets());

    await tap(popup, '[data-testid="open-options"]');

    const target = await session.browser.waitForTarget(
      (t) => !before.has(t) && t.url().endsWith('/options.html'),
      { timeout: 10_000 },
    );
    expect(target.url()).toContain(session.extensionId);
    const page = await openOptions();
    expect(await text(page, 'h1')).toBe('翻译设置');
    for (const section of ['language', 'providers', 'glossary', 'cache', 'privacy']) {
      expect(await page.$(`[data-testid="section-${section}"]`), section).not.toBeNull();
    }
    expect(await text(page, '[data-testid="section-privacy"]')).toContain('密钥只保存在本浏览器');
    await (await target.asPage())?.close();
    await page.close();
  });

  it('reorders providers with the buttons and the keyboard and stores the order', async () => {
    const page = await openOptions();
    expect(await providerOrder(page)).toEqual(['chrome', 'edge', 'google', 'deepl', 'openai', 'baidu']);

    await tap(page, '[data-testid="move-up-deepl"]');
    await tap(page, '[data-testid="move-up-deepl"]');
    // Keyboard: focus stays on the moved card's arrow, so Enter twice moves Google down twice.
    await page.focus('[data-testid="move-down-google"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'move-down-google',
      { polling: 100 },
    );
    await page.keyboard.press('Enter');

    const expected = ['chrome', 'deepl', 'edge', 'openai', 'baidu', 'google'];
    expect(await providerOrder(page)).toEqual(expected);
    expect(await text(page, '[data-testid="save-status"]')).toBe('有未保存的更改');
    await save(page);
    const local = await storageArea(page, 'local');
    const stored = local.translation as { providers: { id: string }[] };
    expect(stored.providers.map((p) => p.id)).toEqual(expected);

    await page.reload();
    await page.waitForSelector('[data-testid="provider-list"]');
    expect(await providerOrder(page)).toEqual(expected);
    await page.close();
  });

  it('keeps a DeepL key in local providerSecrets only and shows it masked after a reload', async () => {
    const page = await openOptions();
    await tap(page, '[data-testid="enable-deepl"]');
    await page.waitForSelector('[data-testid="deepl-key"]');
    expect(await page.$eval('[data-testid="deepl-key"]', (el) => (el as HTMLInputElement).type)).toBe(
      'password',
    );

    await page.type('[data-testid="deepl-key"]', VALID_DEEPL_KEY);

    // The ":fx" suffix picks the Free plan.
    expect(await page.$eval('[data-testid="deepl-plan"]', (el) => (el as HTMLSelectElement).value)).toBe(
      'free',
    );
    await save(page);
    const local = await storageArea(page, 'local');
    expect(local.providerSecrets).toEqual({ deepl: { apiKey: VALID_DEEPL_KEY } });
    expect(JSON.stringify(local.translation)).not.toContain(VALID_DEEPL_KEY);
    expect(JSON.stringify(local.translation)).toContain('"deeplPlan":"free"');
    expect(JSON.stringify(await storageArea(page, 'sync'))).not.toContain(VALID_DEEPL_KEY);
    // Chrome's permission prompt cannot be answered headless: the page saved anyway and says access is missing.
    expect(await text(page, '[data-testid="permission-deepl"]')).toContain('api-free.deepl.com');

    await page.reload();
    await page.waitForSelector('[data-testid="deepl-key-masked"]');
    expect(await text(page, '[data-testid="deepl-key-masked"]')).toMatch(/^••••••••ey:fx\s*已保存$/);
    const html = await page.content();
    expect(html).not.toContain(VALID_DEEPL_KEY);
    expect(html).not.toContain('test-deepl-key');
    expect(consoleLines.join('\n')).not.toContain('test-deepl-key');
    await page.close();
  });

  it('refuses to save an http address that is not on this computer, and says why', async () => {
    const page = await openOptions();
    const before = (await storageArea(page, 'local')).translation;
    await tap(page, '[data-testid="enable-openai"]');
    await page.waitForSelector('[data-testid="openai-base-url"]');

    await clearAndType(page, '[data-testid="openai-base-url"]', 'http://llm.example.com/v1');
    await tap(page, '[data-testid="save"]');

    await page.waitForSelector('[data-testid="save-status"]');
    expect(await text(page, '[data-testid="save-status"]')).toBe('请先修正标红的字段，再保存。');
    const errors = await page.$$eval('[data-testid^="error-"]', (els) =>
      els.map((el) => el.textContent ?? ''),
    );
    expect(errors).toContain('只有 localhost 或 127.0.0.1 可以使用 http://');
    expect(errors).toContain('必填'); // the API key of a remote endpoint
    expect((await storageArea(page, 'local')).translation).toEqual(before);

    // Fixing the address to Ollama on this computer clears both marks (no key needed there).
    await clearAndType(page, '[data-testid="openai-base-url"]', 'http://localhost:11434/v1');
    await page.waitForFunction(() => !document.querySelector('[data-testid^="error-"]'), { polling: 100 });
    await tap(page, '[data-testid="discard"]');
    await page.close();
  });

  it('tests the DeepL connection: success with the valid key, “key rejected” with a bad one', async () => {
    const page = await openOptions();
    await page.waitForSelector('[data-testid="test-deepl"]');

    await tap(page, '[data-testid="test-deepl"]');

    const ok = await eventually(
      async () => {
        const el = await page.$('[data-testid="test-result-deepl"]');
        return el ? text(page, '[data-testid="test-result-deepl"]') : null;
      },
      'the DeepL test result',
      20_000,
    );
    expect(ok).toMatch(/连接成功——示例翻译用时 \d+ 毫秒/);
    expect(session.providers.requests('api-free.deepl.com').length).toBeGreaterThan(0);

    await tap(page, '[data-testid="deepl-key-replace"]');
    await page.type('[data-testid="deepl-key"]', BAD_DEEPL_KEY);
    await tap(page, '[data-testid="test-deepl"]');

    const rejected = await eventually(
      async () => {
        const value = await text(page, '[data-testid="test-result-deepl"]').catch(() => '');
        return value.includes('密钥') ? value : null;
      },
      'the DeepL key rejection',
      20_000,
    );
    expect(rejected).toContain('密钥被拒绝——请检查密钥和套餐。');
    // The test saved the new key first.
    expect((await storageArea(page, 'local')).providerSecrets).toEqual({ deepl: { apiKey: BAD_DEEPL_KEY } });
    expect(consoleLines.join('\n')).not.toContain(BAD_DEEPL_KEY);

    // The queue's last word on a provider (session storage) shows under it, live.
    await page.evaluate(() =>
      chrome.storage.session.set({
        translationHealth: [
          { id: 'deepl', state: 'error', kind: 'quota', error: 'HTTP 456', at: Date.now() },
          { id: 'edge', state: 'ok', at: Date.now() },
        ],
      }),
    );
    await page.waitForSelector('[data-testid="health-deepl"]');
    expect(await text(page, '[data-testid="health-deepl"]')).toMatch(
      /^上次调用（.+）失败：额度已用完——这个密钥没有剩余字符数，请检查套餐或账单。$/,
    );
    expect(await text(page, '[data-testid="health-edge"]')).toMatch(/^上次调用（.+）：成功$/);
    await page.close();
  });

  it('stores glossary pairs, never-translate words and the cache duration, and clears the cache', async () => {
    const page = await openOptions();
    await tap(page, '[data-testid="glossary-add"]');
    await page.type('[data-testid="glossary-source-0"]', ' Anker ');
    await tap(page, '[data-testid="save"]');
    // Half a pair is flagged, not silently dropped.
    await page.waitForSelector('[data-testid="error-glossary-0"]');
    await page.type('[data-testid="glossary-target-0"]', '安克');
    await page.type('[data-testid="dnt-input"]', 'PowerCore 10000，Soundcore');
    await page.keyboard.press('Enter');
    await clearAndType(page, '[data-testid="cache-days"]', '7');

    await save(page);

    const stored = (await storageArea(page, 'local')).translation as Record<string, unknown>;
    expect(stored.glossary).toEqual([{ source: 'Anker', target: '安克' }]);
    expect(stored.doNotTranslate).toEqual(['PowerCore 10000', 'Soundcore']);
    expect(stored.cacheDays).toBe(7);
    await tap(page, '[data-testid="cache-clear"]');
    await page.waitForSelector('[data-testid="cache-result"]', { timeout: 10_000 });
    expect(await text(page, '[data-testid="cache-result"]')).toMatch(/^已清除 \d+ 条缓存译文。$/);
    await page.close();
  });

  it('says plainly when Chrome has no on-device translator', async () => {
    const page = await openOptions(async (p) => {
      await p.evaluateOnNewDocument(() => {
        delete (globalThis as { Translator?: unknown }).Translator;
      });
    });

    expect(await text(page, '[data-testid="on-device-absent"]')).toBe(
      '此 Chrome 没有本地翻译功能，将使用列表中的下一个服务。',
    );
    await page.close();
  });

  it('downloads an on-device model from the click, with progress, and ends ready', async () => {
    const page = await openOptions(async (p) => {
      await p.evaluateOnNewDocument(installTranslatorStub, 'progress-then-ready');
    });
    await page.waitForSelector('[data-testid="on-device-availability"][data-state="downloadable"]');

    await tap(page, '[data-testid="on-device-download"]');

    await page.waitForFunction(
      () => document.querySelector('[data-testid="on-device-progress"]')?.textContent?.includes('50%'),
      { polling: 50, timeout: 10_000 },
    );
    await page.waitForSelector('[data-testid="on-device-outcome"]', { timeout: 10_000 });
    expect(await text(page, '[data-testid="on-device-outcome"]')).toBe(
      '下载完成——这对语言现在可在本机翻译。',
    );
    await page.waitForSelector('[data-testid="on-device-availability"][data-state="available"]');
    // Both directions (buyer → agent and back) were created inside the click. The agent's language follows the
    // headless browser (English), so the buyer language offered first is German.
    expect(await page.evaluate(() => (globalThis as unknown as { __creates: string[] }).__creates)).toEqual([
      'de→en',
      'en→de',
    ]);
    await page.close();
  });

  it('gives up on a download Chrome never starts, without leaving the page stuck', async () => {
    const page = await openOptions(async (p) => {
      await p.evaluateOnNewDocument(installTranslatorStub, 'never');
    });
    await page.waitForSelector('[data-testid="on-device-availability"][data-state="downloadable"]');

    await tap(page, '[data-testid="on-device-download"]');

    expect(await text(page, '[data-testid="on-device-progress"]')).toBe('正在开始下载…');
    await page.waitForSelector('[data-testid="on-device-outcome"]', { timeout: 30_000 });
    expect(await text(page, '[data-testid="on-device-outcome"]')).toContain('Chrome 没有开始下载');
    expect(
      await page.$eval('[data-testid="on-device-download"]', (el) => (el as HTMLButtonElement).disabled),
    ).toBe(false);
    await page.close();
  }, 60_000);

  it('looks right (screenshot for review)', async () => {
    const page = await openOptions(async (p) => {
      await p.evaluateOnNewDocument(installTranslatorStub, 'never');
    });
    await page.setViewport({ width: 1100, height: 900 });
    await tap(page, '[data-testid="enable-openai"]');
    await page.bringToFront();
    await screenshot(page, 'options.png', { fullPage: true });
    await tap(page, '[data-testid="discard"]');
    await page.close();
  });
});

/**
 * A `Translator` global with the real API's shape (TESTING.md §5): availability() and create() with a monitor that
 * receives `downloadprogress` events. Runs in the page before its scripts, so it replaces Chromium's own. `mode`:
 * 'progress-then-ready' (four progress steps, then ready) or 'never' (create() never settles, as headless Chrome).
 */
function installTranslatorStub(mode: string) {
  let ready = false;
  const creates: string[] = [];
  (globalThis as unknown as { __creates: string[] }).__creates = creates;
  (globalThis as unknown as { Translator: unknown }).Translator = {
    availability: async () => (ready ? 'available' : 'downloadable'),
    create(options: { sourceLanguage: string; targetLanguage: string; monitor?: (m: EventTarget) => void }) {
      creates.push(`${options.sourceLanguage}→${options.targetLanguage}`);
      const monitor = new EventTarget();
      options.monitor?.(monitor);
      if (mode === 'never') return new Promise(() => undefined);
      return new Promise((resolve) => {
        let loaded = 0;
        const timer = setInterval(() => {
          loaded += 0.25;
          monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
          if (loaded >= 1) {
            clearInterval(timer);
            ready = true;
            resolve({ translate: async (t: string) => t, destroy() {} });
          }
        }, 300);
      });
    },
  };
}
