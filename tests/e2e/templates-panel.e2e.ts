import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../core/templates/default-pack';
import type { TemplateRecord } from '../../core/templates/types';
import { screenshot } from './support/screenshots';
import { eventually, readStore, type Session } from './support/session';
import { openSidePanelTab } from './support/side-panel';
import { fold } from './support/text';
import { startZhAgentSession } from './support/translation-prefs';

/**
 * The template library in the side panel (issue 5), in the built extension, as a Chinese-speaking agent with the
 * UI in zh-CN: the default pack on first run, creating and editing a German template with a keyword, fuzzy search,
 * the policy warning in the editor, keyword clashes, export → import (merge and replace), hostile text, and the
 * usage count after a template was used. Every write goes through the background's messages.
 */

const GERMAN_NAME = 'Lieferung unterwegs';
const GERMAN_BODY = ', Ihre Bestellung {{order_id}} ist unterwegs und kommt in 3 Tagen an.';
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

let session: Session;
let panel: Page;
let downloads: string;
let germanId = '';

beforeAll(async () => {
  // A Chinese-speaking agent (new templates start with a 中文 tab), with the panel in zh-CN.
  session = await startZhAgentSession();
  await session.dbPage.evaluate(() =>
    chrome.storage.local.set({ settings: { uiLanguage: 'zh-CN', slaHours: 24, showOverlay: true } }),
  );
  downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-template-export-'));
  panel = await openSidePanelTab(session);
  await panel.setViewport({ width: 360, height: 860 });
  const cdp = await panel.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
});
afterAll(async () => {
  await session?.close();
  if (downloads) fs.rmSync(downloads, { recursive: true, force: true });
});

const q = (testId: string) => `[data-testid="${testId}"]`;

function storedTemplates(): Promise<TemplateRecord[]> {
  return readStore<TemplateRecord>(session, 'templates');
}

async function text(selector: string): Promise<string> {
  return fold(await panel.$eval(selector, (el) => el.textContent ?? ''));
}

async function tap(selector: string) {
  await panel.waitForSelector(selector, { visible: true });
  await panel.$eval(selector, (el) => el.scrollIntoView({ block: 'center' }));
  await panel.click(selector);
}

async function clearAndType(selector: string, value: string) {
  await panel.waitForSelector(selector, { visible: true });
  await panel.$eval(selector, (el) => el.scrollIntoView({ block: 'center' }));
  await panel.click(selector, { count: 3 });
  await panel.keyboard.down('Control');
  await panel.keyboard.press('a');
  await panel.keyboard.up('Control');
  await panel.keyboard.press('Backspace');
  await panel.type(selector, value);
}

async function waitText(selector: string, expected: string, timeout = 10_000) {
  await panel.waitForFunction(
    (sel, want) => (document.querySelector(sel)?.textContent ?? '').includes(want),
    { polling: 100, timeout },
    selector,
    expected,
  );
}

/** The names of the rows shown, top to bottom. */
function rowNames(): Promise<string[]> {
  return panel.$$eval('[data-testid="template-row"] [data-testid="template-name"]', (els) =>
    els.map((el) => el.textContent ?? ''),
  );
}

function rowSelector(id: string): string {
  return `[data-testid="template-row"][data-template-id="${id.replace(/["\\]/g, '\\$&')}"]`;
}

async function openLibrary() {
  if (await panel.$(q('templates-view'))) return;
  if (await panel.$(q('template-editor'))) {
    await tap(q('editor-back'));
    if (await panel.$(q('confirm-dialog'))) await tap(q('confirm-ok'));
  } else {
    await tap(q('open-templates'));
  }
  await panel.waitForSelector(q('templates-view'));
}

async function search(query: string) {
  await clearAndType(q('template-search'), query);
}

async function openTemplate(id: string) {
  await openLibrary();
  await search('');
  await tap(rowSelector(id));
  await panel.waitForSelector(`${q('template-editor')}[data-template-id="${id}"]`);
}

async function save() {
  await tap(q('template-save'));
  await panel.waitForSelector(q('templates-view'), { timeout: 10_000 });
}

/** One protocol message to the background, as @webext-core/messaging sends it (another page's template use). */
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

/** Import a file through the menu's real file picker. */
async function importFile(file: string, mode: 'merge' | 'replace') {
  await openLibrary();
  await tap(q('templates-menu'));
  const [chooser] = await Promise.all([panel.waitForFileChooser(), tap(q('templates-import'))]);
  await chooser.accept([file]);
  await panel.waitForSelector(q('import-dialog'));
  await tap(q(`import-mode-${mode}`));
  await tap(q('import-go'));
  if (mode === 'replace') {
    await panel.waitForSelector(q('confirm-dialog'));
    await tap(q('confirm-ok'));
  }
  await panel.waitForSelector(q('templates-notice'), { timeout: 10_000 });
  return text(q('templates-notice'));
}

function writeImport(name: string, content: unknown): string {
  const file = path.join(downloads, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('Side panel template library', () => {
  it('has the default pack on first run, in a zh-CN panel', async () => {
    await tap(q('open-templates'));
    await panel.waitForSelector(q('templates-view'));

    await panel.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="template-row"]').length === count,
      { polling: 100, timeout: 10_000 },
      DEFAULT_TEMPLATES.length,
    );
    expect(DEFAULT_TEMPLATES.length).toBeGreaterThan(5);
    expect(await panel.$eval('html', (html) => html.lang)).toBe('zh-CN');
    expect(await text('[data-testid="templates-view"] h1')).toBe('回复模板');
    const stored = await storedTemplates();
    expect(stored.map((t) => t.id).sort()).toEqual(DEFAULT_TEMPLATES.map((t) => t.id).sort());
    const offHours = rowSelector('default:off-hours');
    expect(await text(`${offHours} [data-testid="template-built-in"]`)).toBe('内置');
    expect(await text(`${offHours} [data-testid="template-languages"]`)).toBe('中 EN');
    expect(await text(offHours)).toContain('非工作时间通知');
  });

  it('creates a template with a German body, a keyword and a variable put in at the cursor', async () => {
    await openLibrary();
    await tap(q('template-new'));
    await panel.waitForSelector(q('template-editor'));

    await clearAndType(q('template-name-input'), GERMAN_NAME);
    await panel.select(q('template-category'), 'tracking');
    await clearAndType(q('template-keyword-input'), '/Versand');
    await panel.select(q('body-add-language'), 'de');
    await panel.waitForSelector(`${q('body-tab-de')}[aria-selected="true"]`);
    await tap(q('body-tab-zh'));
    await tap(q('body-remove-zh'));
    await panel.waitForSelector(q('body-tab-zh'), { hidden: true });
    await clearAndType(q('template-body'), 'Hallo ');
    await tap(q('insert-variable-buyer_name'));
    await panel.type(q('template-body'), GERMAN_BODY);

    const body = `Hallo {{buyer_name}}${GERMAN_BODY}`;
    expect(await panel.$eval(q('template-body'), (el) => (el as HTMLTextAreaElement).value)).toBe(body);
    expect(await panel.$eval(q('template-keyword-input'), (el) => (el as HTMLInputElement).value)).toBe(
      'versand',
    );
    const preview = await text(q('template-preview'));
    expect(preview).toContain('Hallo Anna Schmidt, Ihre Bestellung 305-1234567-8901234 ist unterwegs');
    expect(await text(q('template-policy-clean'))).toContain('未发现违规内容');
    expect(await text(q('editor-status'))).toBe('有未保存的修改');

    await save();

    const created = await eventually(
      async () => (await storedTemplates()).find((t) => t.name === GERMAN_NAME),
      'the new template stored',
    );
    germanId = created.id;
    expect(created).toMatchObject({
      category: 'tracking',
      keyword: 'versand',
      bodies: { de: body },
      platforms: [],
      usageCount: 0,
    });
    expect(await text(q('templates-notice'))).toContain(GERMAN_NAME);
    const row = rowSelector(germanId);
    await panel.waitForSelector(row);
    expect(await text(`${row} [data-testid="template-languages"]`)).toBe('DE');
    expect(await text(`${row} [data-testid="template-keyword"]`)).toBe('/versand');
  });

  it('finds it by a search with a typo, and filters by category and platform', async () => {
    await openLibrary();

    await search('Liefrung');

    await panel.waitForFunction(
      (name) =>
        document.querySelector('[data-testid="template-row"] [data-testid="template-name"]')?.textContent ===
        name,
      { polling: 100, timeout: 5_000 },
      GERMAN_NAME,
    );
    await search('versand');
    expect((await rowNames())[0]).toBe(GERMAN_NAME);

    await search('');
    await panel.select(q('template-category-filter'), 'off-hours');
    const offHours = await rowNames();
    expect(offHours.length).toBeGreaterThan(0);
    expect(offHours).not.toContain(GERMAN_NAME);
    await panel.select(q('template-category-filter'), 'tracking');
    expect(await rowNames()).toContain(GERMAN_NAME);
    await tap(q('template-platform-ebay'));
    expect(await rowNames()).toContain(GERMAN_NAME);

    await search('zzzz-nothing-like-this');
    await panel.waitForSelector(q('templates-no-matches'));
    await tap(`${q('templates-no-matches')} button`);
    await panel.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="template-row"]').length === count,
      { polling: 100, timeout: 5_000 },
      DEFAULT_TEMPLATES.length + 1,
    );
  });

  it('warns about a link and a WhatsApp number for Amazon with the reason, and still saves', async () => {
    await openTemplate(germanId);
    await tap(q('scope-ebay'));
    await tap(q('scope-shopee'));
    const risky = ' Schreiben Sie mir auf WhatsApp +49 151 23456789 oder besuchen Sie www.muster-shop.de';
    await panel.$eval(q('template-body'), (el) => {
      const box = el as HTMLTextAreaElement;
      box.focus();
      box.setSelectionRange(box.value.length, box.value.length);
    });
    await panel.keyboard.type(risky);

    await panel.waitForSelector(q('template-policy-amazon'), { timeout: 5_000 });
    expect(await panel.$(q('template-policy-ebay'))).toBeNull();
    const warning = await text(q('template-policy-amazon'));
    expect(warning).toContain('Amazon');
    expect(warning).toContain('www.muster-shop.de');
    expect(warning).toMatch(/WhatsApp|\+49 151 23456789/);
    expect(warning).toContain('Amazon：不允许包含链接——www.muster-shop.de');
    expect(warning).toMatch(/Amazon：(不允许包含电话号码|不允许留联系方式)/);
    const highlighted = await panel.$$eval(`${q('template-policy-amazon')} mark`, (els) =>
      els.map((el) => el.textContent ?? ''),
    );
    expect(highlighted.some((m) => m.includes('muster-shop.de'))).toBe(true);
    expect(highlighted.some((m) => /WhatsApp|23456789/.test(m))).toBe(true);
    await panel.waitForSelector(`${q('body-tab-de')} [data-testid="body-tab-flag"]`);
    await panel.$eval(q('template-policy'), (el) => el.scrollIntoView({ block: 'end' }));
    await screenshot(panel, 'templates-editor-policy.png');

    await save();

    const saved = await eventually(
      async () => (await storedTemplates()).find((t) => t.id === germanId && t.platforms.length === 1),
      'the flagged template saved for Amazon only',
    );
    expect(saved.platforms).toEqual(['amazon']);
    expect(saved.bodies.de).toContain('www.muster-shop.de');
  });

  it('edits a template (Ctrl+S saves), and asks before unsaved changes are dropped', async () => {
    await openTemplate(germanId);
    await clearAndType(q('template-name-input'), `${GERMAN_NAME} (DE)`);
    await tap(q('template-cancel'));
    await panel.waitForSelector(q('confirm-dialog'));
    expect(await text(q('confirm-dialog'))).toContain('放弃对此模板的修改吗');
    await tap(q('confirm-cancel'));
    expect(await panel.$eval(q('template-name-input'), (el) => (el as HTMLInputElement).value)).toBe(
      `${GERMAN_NAME} (DE)`,
    );

    await panel.focus(q('template-name-input'));
    await panel.keyboard.down('Control');
    await panel.keyboard.press('s');
    await panel.keyboard.up('Control');
    await panel.waitForSelector(q('templates-view'));

    await eventually(
      async () =>
        (await storedTemplates()).find((t) => t.id === germanId && t.name === `${GERMAN_NAME} (DE)`),
      'the renamed template stored',
    );
    await waitText(rowSelector(germanId), `${GERMAN_NAME} (DE)`);
  });

  it('refuses a keyword another template already has, with a message naming it', async () => {
    await openLibrary();
    await tap(q('template-new'));
    await clearAndType(q('template-name-input'), 'Zweite Antwort');
    await clearAndType(q('template-body'), 'Danke für Ihre Nachricht.');
    const before = (await storedTemplates()).length;

    await clearAndType(q('template-keyword-input'), 'versand');

    const message = await panel.waitForSelector('[data-testid^="error-"]');
    const shown = fold((await message!.evaluate((el) => el.textContent)) ?? '');
    expect(shown).toBe(`“/versand”已被模板“${GERMAN_NAME} (DE)”使用，请换一个。`);
    await tap(q('template-save'));
    await waitText(q('editor-status'), '请先修正标出的内容');
    expect((await storedTemplates()).length).toBe(before);

    await clearAndType(q('template-keyword-input'), 'Wo ist');
    expect(await text('[data-testid^="error-"]')).toBe('只能使用小写字母、数字和“-”。');

    await tap(q('template-cancel'));
    await tap(q('confirm-ok'));
    await panel.waitForSelector(q('templates-view'));
    expect((await storedTemplates()).length).toBe(before);
  });

  it('duplicates a template as a new one without its keyword', async () => {
    await openTemplate(germanId);

    await tap(q('template-duplicate'));

    await panel.waitForSelector(`${q('template-editor')}[data-template-id=""]`);
    expect(await panel.$eval(q('template-name-input'), (el) => (el as HTMLInputElement).value)).toBe(
      `${GERMAN_NAME} (DE)（副本）`,
    );
    expect(await panel.$eval(q('template-keyword-input'), (el) => (el as HTMLInputElement).value)).toBe('');
    await save();
    const copy = await eventually(
      async () => (await storedTemplates()).find((t) => t.name === `${GERMAN_NAME} (DE)（副本）`),
      'the copy stored',
    );
    expect(copy.id).not.toBe(germanId);
    expect(copy.keyword).toBe('');
    expect(copy.bodies.de).toContain('Hallo {{buyer_name}}');
  });

  it('exports the library and imports the file back: merge restores a deleted template, replace swaps all', async () => {
    await openLibrary();
    const library = await storedTemplates();
    await tap(q('templates-menu'));
    await tap(q('templates-export'));

    const date = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    const fileName = `helloworld-templates-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
    const exported = await eventually(async () => {
      const file = path.join(downloads, fileName);
      return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    }, `${fileName} downloaded`);
    const parsed = JSON.parse(exported) as { format: string; version: number; templates: TemplateRecord[] };
    expect(parsed).toMatchObject({ format: 'helloworld-templates', version: 1 });
    expect(parsed.templates).toHaveLength(library.length);
    expect(parsed.templates.find((t) => t.name === `${GERMAN_NAME} (DE)`)?.keyword).toBe('versand');

    // Delete the German template (with its confirmation), then merge the export back in, plus a broken entry.
    await openTemplate(germanId);
    await tap(q('template-delete'));
    await panel.waitForSelector(q('confirm-dialog'));
    expect(await text(q('confirm-dialog'))).toContain(`确定删除“${GERMAN_NAME} (DE)”吗？`);
    await tap(q('confirm-ok'));
    await panel.waitForSelector(q('templates-view'));
    await eventually(async () => !(await storedTemplates()).some((t) => t.id === germanId), 'deleted');

    const withBroken = { ...parsed, templates: [...parsed.templates, { name: 'Kaputt', category: 'other' }] };
    const merged = await importFile(writeImport('merge.json', withBroken), 'merge');

    expect(merged).toMatch(/新增 1 个，更新 \d+ 个，跳过 1 个/);
    // The skipped entry's reason in the seller's language, not core's English line.
    expect(merged).toContain(`第 ${withBroken.templates.length} 条（Kaputt）：缺少正文`);
    const back = await eventually(
      async () => (await storedTemplates()).find((t) => t.id === germanId),
      'the deleted template back from the file',
    );
    expect(back.keyword).toBe('versand');
    expect(back.bodies.de).toContain('www.muster-shop.de');
    expect((await storedTemplates()).length).toBe(library.length);

    const two = {
      ...parsed,
      templates: parsed.templates.filter((t) => t.id === germanId || t.id === 'default:off-hours'),
    };
    const replaced = await importFile(writeImport('replace.json', two), 'replace');

    expect(replaced).toMatch(/新增 \d+ 个，更新 \d+ 个，跳过 0 个/);
    await eventually(
      async () => (await storedTemplates()).length === 2,
      'only the two imported templates left',
    );
    expect((await storedTemplates()).map((t) => t.id).sort()).toEqual([germanId, 'default:off-hours'].sort());
    await panel.waitForFunction(
      () => document.querySelectorAll('[data-testid="template-row"]').length === 2,
      { polling: 100, timeout: 5_000 },
    );

    await tap(q('templates-menu'));
    await tap(q('templates-restore'));
    await waitText(q('templates-notice'), `已恢复 ${DEFAULT_TEMPLATES.length - 1} 个默认模板`);
    await eventually(
      async () => (await storedTemplates()).length === DEFAULT_TEMPLATES.length + 1,
      'the default pack restored',
    );
  });

  it('shows the usage count once a template was used', async () => {
    await openLibrary();
    const row = rowSelector(germanId);
    expect(await panel.$(`${row} [data-testid="template-usage"]`)).toBeNull();

    for (let i = 0; i < 3; i++) {
      await call('templateUsed', { templateId: germanId, via: 'picker', language: 'de', translated: false });
    }

    await waitText(`${row} [data-testid="template-usage"]`, '已用 3 次');
    expect((await storedTemplates()).find((t) => t.id === germanId)?.usageCount).toBe(3);
    await search('');
    await tap(`${q('templates-notice')} button`);
    await panel.$eval(q('template-search'), (el) => (el as HTMLInputElement).blur());
    await screenshot(panel, 'templates-panel.png');
  });

  it('says so when the chosen file is not a template export, and changes nothing', async () => {
    await openLibrary();
    const before = (await storedTemplates()).length;
    await tap(q('templates-menu'));
    const [chooser] = await Promise.all([panel.waitForFileChooser(), tap(q('templates-import'))]);

    await chooser.accept([writeImport('notes.json', 'Dear buyer, this is not JSON')]);

    await waitText(q('templates-notice'), '无法读取此文件，它不是模板导出文件。');
    expect(await panel.$eval(q('templates-notice'), (el) => el.getAttribute('data-tone'))).toBe('error');
    expect(await panel.$(q('import-dialog'))).toBeNull();
    expect((await storedTemplates()).length).toBe(before);
  });

  it('shows a hostile template name and body as text', async () => {
    const file = writeImport('hostile.json', {
      format: 'helloworld-templates',
      version: 1,
      templates: [
        { name: HOSTILE, category: 'other', bodies: { en: `Hi ${HOSTILE} {{buyer_name}}` }, platforms: [] },
      ],
    });

    expect(await importFile(file, 'merge')).toMatch(/新增 1 个/);

    const hostile = await eventually(
      async () => (await storedTemplates()).find((t) => t.name === HOSTILE),
      'the hostile template stored',
    );
    const row = rowSelector(hostile.id);
    await panel.waitForSelector(row);
    expect(await text(`${row} [data-testid="template-name"]`)).toBe(HOSTILE);
    await openTemplate(hostile.id);
    expect(await text(q('template-preview'))).toContain(`Hi ${HOSTILE} Emily Johnson`);
    const injected = await panel.evaluate(() => ({
      img: document.querySelector('img[src="x"]') !== null,
      pwned: (window as unknown as { __pwned?: number }).__pwned,
    }));
    expect(injected).toEqual({ img: false, pwned: undefined });
  });

  it('shows the empty state once every template is gone, and brings the default pack back from there', async () => {
    const only = await storedTemplates().then((all) => all.find((t) => t.id === germanId)!);
    await importFile(
      writeImport('one.json', { format: 'helloworld-templates', version: 1, templates: [only] }),
      'replace',
    );
    await eventually(async () => (await storedTemplates()).length === 1, 'one template left');
    await openTemplate(germanId);
    await tap(q('template-delete'));
    await tap(q('confirm-ok'));

    await panel.waitForSelector(q('templates-empty'));
    expect(await text(q('templates-empty'))).toContain('还没有模板');
    expect(await panel.$(q('template-search'))).toBeNull();
    await tap(q('templates-empty-restore'));

    await panel.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="template-row"]').length === count,
      { polling: 100, timeout: 10_000 },
      DEFAULT_TEMPLATES.length,
    );
    await waitText(q('templates-notice'), `已恢复 ${DEFAULT_TEMPLATES.length} 个默认模板`);
  });
});
