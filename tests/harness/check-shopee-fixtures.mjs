#!/usr/bin/env node
/**
 * Checks that the Shopee fixture pages behave like the real Seller Centre chat (PORTALS.md section 4 and the
 * checklist in section 7) in real headless Chromium, without the extension:
 *   ./node_modules/.bin/node tests/harness/check-shopee-fixtures.mjs
 * Starts the HTTPS fixture server, opens every variant under its real hostname, asserts the behaviour through
 * `window.__fixture` and the DOM, writes screenshots to /tmp/fixture-shots/shopee-*.png and exits non-zero when a
 * check fails.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assert, check, equal, summarise } from './fixture-checks.mjs';
import { launchChromium, startFixtureServer } from './fixture-server.mjs';

const SHOTS = '/tmp/fixture-shots';
const poll = (timeout = 10_000) => ({ polling: 100, timeout });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const VARIANTS = {
  id: {
    url: 'https://seller.shopee.co.id/webchat/conversations',
    lang: 'id-ID',
    layout: 'classic',
    today: 'Hari ini',
    yesterday: 'Kemarin',
    restart: 'Mulai ulang percakapan',
    dupTitle: 'Pesan berulang terdeteksi',
    edit: 'Ubah',
    send: 'Kirim',
    unreadTab: 'Belum Dibaca',
  },
  cn: {
    url: 'https://seller.shopee.cn/webchat/conversations?cnsc_shop_id=1023456701',
    lang: 'zh-CN',
    layout: 'classic',
    cnsc: true,
    today: '今天',
    yesterday: '昨天',
    restart: '重新启动对话',
    dupTitle: '检测到重复消息',
    edit: '编辑',
    send: '发送',
    unreadTab: '未读',
  },
  th: {
    url: 'https://seller.shopee.co.th/portal/chat-management',
    lang: 'th-TH',
    layout: 'portal',
    today: 'วันนี้',
    yesterday: 'เมื่อวาน',
    restart: 'เริ่มการสนทนาใหม่',
    dupTitle: 'ตรวจพบข้อความซ้ำ',
    edit: 'แก้ไข',
    send: 'ส่ง',
    unreadTab: 'ยังไม่ได้อ่าน',
  },
  my: {
    url: 'https://seller.shopee.com.my/new-webchat/conversations',
    lang: 'en',
    layout: 'classic',
    today: 'Today',
    yesterday: 'Yesterday',
    restart: 'Restart conversation',
    dupTitle: 'Repetitive message detected',
    edit: 'Edit',
    send: 'Send',
    unreadTab: 'Unread',
  },
};

const ORDER_SN = /^\d{6}[A-Z0-9]{8}$/;
const CELL = '[data-cy="webchat-conversation-cell-container"]';
const SEND = '[data-cy="webchat-message-send"]';
const SYSTEM = '[data-cy="webchat-message-system"]';

function withQuery(url, extra) {
  const u = new URL(url);
  for (const [k, v] of Object.entries(extra)) u.searchParams.set(k, v);
  return u.href;
}

async function openPage(page, url) {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => Boolean(window.__fixture?.ready), poll());
  await page.evaluate(() => window.__fixture.ready);
}

const threads = (page) => page.evaluate(() => window.__fixture.threads());

/** Expected row signature of a thread message (see readRows). */
function signature(m) {
  if (m.direction === 'system') return `system:${m.text}`;
  if (m.type === 'sticker') return `sticker:${m.sticker}`;
  if (m.type === 'image') return `image:${m.image}`;
  if (m.type === 'product') return `product:${m.product.url}`;
  if (m.type === 'order') return `order:${m.order.sn}`;
  return `text:${m.text}`;
}

/**
 * The mounted rows of the virtualised list, in DOM order, read the way an adapter would: positioned rows, `data-cy`
 * markers on the row or inside it, text from <pre>, stickers from `/packs/`, cards from their links.
 */
function readRows(page) {
  return page.evaluate(() => {
    const inner = document.querySelector(
      '#message-virtualized-list > .ReactVirtualized__Grid__innerScrollContainer',
    );
    if (!inner) return null;
    return [...inner.children].map((row) => {
      const has = (sel) => row.matches(sel) || Boolean(row.querySelector(sel));
      const direction = has('[data-cy="webchat-message-send"]')
        ? 'out'
        : has('[data-cy="webchat-message-system"]')
          ? 'system'
          : 'in';
      const pre = row.querySelector('pre');
      const img = row.querySelector('img')?.getAttribute('src') ?? '';
      const product = row.querySelector('a[href*="/product/"]')?.getAttribute('href');
      const order = row.querySelector('a[href*="/portal/sale/order/"]');
      const all = row.textContent;
      const time = /(?:\d\d\/\d\d )?\d\d:\d\d$/.exec(all)?.[0] ?? null;
      let sig = null;
      if (direction === 'system') sig = `system:${row.querySelector('span').textContent}`;
      else if (pre) sig = `text:${pre.textContent}`;
      else if (product) sig = `product:${product}`;
      else if (order) sig = `order:${/\d{6}[A-Z0-9]{8}/.exec(all)?.[0]}`;
      else if (img.includes('/packs/')) sig = `sticker:${img}`;
      else if (img) sig = `image:${img}`;
      return {
        top: Number.parseFloat(row.style.top),
        position: row.style.position,
        direction,
        separator: sig === null,
        sig,
        text: all,
        time,
      };
    });
  });
}

/** Mounted rows sorted by `top` match a contiguous run of the thread's messages (order, direction, time). */
async function verifyRows(page, thread, { expectScrambled = true } = {}) {
  const rows = await readRows(page);
  assert(rows?.length, 'no mounted rows');
  assert(
    rows.every((r) => r.position === 'absolute' && Number.isFinite(r.top)),
    'rows absolutely positioned with top',
  );
  const sorted = [...rows].sort((a, b) => a.top - b.top);
  if (expectScrambled && rows.length >= 3) {
    assert(
      rows.some((r, i) => r !== sorted[i]),
      'DOM order equals visual order',
    );
  }
  const msgs = sorted.filter((r) => !r.separator);
  const expected = thread.messages.map(signature);
  const start = expected.indexOf(msgs[0].sig);
  assert(start >= 0, `first mounted row not in thread: ${msgs[0].sig.slice(0, 80)}`);
  msgs.forEach((r, i) => {
    const m = thread.messages[start + i];
    assert(m, `extra row ${r.sig.slice(0, 60)}`);
    equal(r.sig, signature(m), `row ${i} signature`);
    equal(r.direction, m.direction, `row ${i} direction`);
    equal(r.time, m.displayTime, `row ${i} time`);
  });
  return { rows, sorted, msgs, start };
}

/** Rendering slips such as a stray "null" or "undefined" text node. */
async function noJunkText(page) {
  const junk = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const bad = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (/^(null|undefined|NaN|\[object \w+\])$/.test(n.data.trim())) bad.push(n.data);
    }
    return bad;
  });
  equal(junk, [], 'junk text nodes');
}

async function screenshot(page, name) {
  await noJunkText(page);
  await page.waitForFunction(() => [...document.images].every((i) => i.complete), poll());
  await page.bringToFront();
  await page.screenshot({ path: `${SHOTS}/shopee-${name}.png` });
}

/** Clicks the conversation cell whose `title` element names `buyer`. */
async function clickCell(page, buyer) {
  const cell = await page.evaluateHandle(
    (sel, name) =>
      [...document.querySelectorAll(sel)].find((c) => c.querySelector('[title]')?.title === name),
    CELL,
    buyer,
  );
  assert(await cell.evaluate((c) => Boolean(c)), `no cell for ${buyer}`);
  await cell.click();
}

async function waitConversation(page, id) {
  await page.waitForFunction(
    (cid) =>
      window.__fixture.openConversationId() === cid &&
      document.querySelector('#message-virtualized-list .ReactVirtualized__Grid__innerScrollContainer > *'),
    poll(),
    id,
  );
}

const textarea = (page) => page.$('textarea');

async function setNative(page, text) {
  await page.evaluate((t) => {
    const ta = document.querySelector('textarea');
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(ta, t);
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    ta.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
}

async function main() {
  fs.mkdirSync(SHOTS, { recursive: true });
  const server = await startFixtureServer();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-shopee-profile-'));
  const browser = await launchChromium({
    port: server.port,
    userDataDir,
    protocolTimeout: 60_000,
    defaultViewport: { width: 1500, height: 900 },
  });
  const pageErrors = [];
  const watch = (p) => {
    p.on('pageerror', (err) => pageErrors.push(err.message));
    p.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(msg.text());
    });
    p.on('response', (res) => {
      if (res.status() >= 400) pageErrors.push(`${res.status()} ${res.url()}`);
    });
    p.on('requestfailed', (req) => pageErrors.push(`failed ${req.url()}`));
  };
  const page = await browser.newPage();
  watch(page);

  try {
    console.log(`fixture server on 127.0.0.1:${server.port}, Chromium ${await browser.version()}`);

    for (const [key, v] of Object.entries(VARIANTS)) {
      console.log(`\n[${key}] ${v.url}`);

      await check(`${key}: list renders: no iframe, data-cy hooks, titles, badges, times`, async () => {
        await openPage(page, v.url);
        const data = await threads(page);
        const res = await page.evaluate((sel) => {
          const wrapper = document.querySelector('[data-cy="webchat-conversation-list-wrapper"]');
          const list = wrapper?.querySelector('[data-cy="webchat-conversation-list"]');
          return {
            lang: document.documentElement.lang,
            page: window.__fixture.page,
            layout: window.__fixture.layout,
            iframes: document.querySelectorAll('iframe').length,
            listInWrapper: Boolean(list),
            cells: [...document.querySelectorAll(sel)].map((c) => ({
              inList: list?.contains(c) ?? false,
              title: c.querySelector('[title]')?.getAttribute('title'),
              titleText: c.querySelector('[title]')?.textContent,
              text: c.textContent,
              badge: [...c.querySelectorAll('span, sup')]
                .filter((e) => /^\d+$/.test(e.textContent) && e.getBoundingClientRect().width < 40)
                .map((e) => Number(e.textContent)),
            })),
            composer: window.__fixture.composerState(),
            vlist: Boolean(document.querySelector('#message-virtualized-list')),
            rss: Boolean(document.querySelector('#regionShopSelector')),
          };
        }, CELL);
        equal(res.lang, v.lang, 'lang');
        equal(res.page, 'shopee-chat', 'page');
        equal(res.layout, v.layout, 'layout');
        equal(res.iframes, 0, 'iframes');
        assert(res.listInWrapper, 'list inside wrapper');
        equal(res.cells.length, 6, 'cells');
        assert(
          res.cells.every((c) => c.inList),
          'cells inside the list',
        );
        for (const c of res.cells) {
          const th = data.find((t) => t.buyer === c.title);
          assert(th, `cell title ${c.title} is a buyer`);
          equal(c.titleText, th.buyer, 'title text');
          equal(c.badge, th.unread ? [th.unread] : [], `badge of ${th.buyer}`);
          assert(c.text.includes(th.listTime), `list time ${th.listTime} in ${c.text}`);
          assert(/^(\d\d:\d\d|\d\d\/\d\d)$/.test(th.listTime), `list time format ${th.listTime}`);
          if (v.cnsc) assert(c.text.includes(`(${th.region}) ${th.shop}`), `(${th.region}) ${th.shop}`);
        }
        assert(
          data.some((t) => /^\d\d:\d\d$/.test(t.listTime)) &&
            data.some((t) => /^\d\d\/\d\d$/.test(t.listTime)),
          'both HH:MM and DD/MM list times',
        );
        equal(res.composer, null, 'no composer before a conversation is open');
        assert(!res.vlist, 'no message list before a conversation is open');
        equal(res.rss, Boolean(v.cnsc), '#regionShopSelector only on CNSC');
        if (v.cnsc) {
          const regions = data.map((t) => t.region);
          for (const r of ['MY', 'TH', 'PH', 'TW']) assert(regions.includes(r), `region ${r}`);
          const myShops = new Set(data.filter((t) => t.region === 'MY').map((t) => t.shopId));
          equal(myShops.size, 2, 'two MY shops');
        }
        await screenshot(page, `${key}-list`);
      });

      await check(
        `${key}: data set: order card, repeated text, 2,000+ chars, emoji, hostile, expired`,
        async () => {
          const data = await threads(page);
          equal(data.length, 6, 'six conversations');
          const all = data.flatMap((t) => t.messages);
          assert(
            data.some(
              (t) => t.orderSns.length && t.messages.some((m) => m.type === 'order' && m.direction === 'in'),
            ),
            'buyer order card',
          );
          assert(
            all.filter((m) => m.type === 'order').every((m) => ORDER_SN.test(m.order.sn)),
            'order sn format',
          );
          assert(
            data.some((t) => {
              const texts = t.messages
                .filter((m) => m.direction === 'in' && m.type === 'text')
                .map((m) => m.text);
              return texts.some((x, i) => texts.indexOf(x) !== i);
            }),
            'same buyer text twice',
          );
          assert(
            all.some((m) => m.text.length >= 2000),
            '2,000+ character message',
          );
          assert(
            all.some((m) => m.text.includes('😀🚚𝒜') && m.text.includes('👨‍👩‍👧‍👦')),
            'emoji and non-BMP',
          );
          for (const type of ['sticker', 'image', 'product', 'order']) {
            assert(
              all.some((m) => m.type === type),
              `type ${type}`,
            );
          }
          assert(
            all.some((m) => m.direction === 'system'),
            'system rows',
          );
          assert(
            data.some((t) => t.expired),
            'expired conversation',
          );
          assert(
            data.some((t) => t.messages.some((m) => m.text.includes('onerror'))),
            'hostile conversation',
          );
          for (const t of data) {
            const times = t.messages.map((m) => Date.parse(m.at));
            assert(
              times.every((x, i) => i === 0 || x >= times[i - 1]),
              `${t.buyer}: oldest first`,
            );
          }
        },
      );

      await check(`${key}: hashed class names change on every load; stable hooks stay`, async () => {
        const classes = () =>
          page.evaluate(() => {
            const set = new Set();
            for (const el of document.querySelectorAll('[class]')) {
              for (const c of el.classList) set.add(c);
            }
            return [...set];
          });
        const first = await classes();
        await openPage(page, v.url);
        const second = await classes();
        const shared = first.filter((c) => second.includes(c));
        assert(
          shared.every((c) => c.startsWith('ReactVirtualized__')),
          `classes kept across loads: ${shared}`,
        );
        equal(await page.$$eval(CELL, (c) => c.length), 6, 'cells after reload');
      });

      await check(`${key}: click = SPA switch (pushState), same composer, virtualised rows`, async () => {
        await openPage(page, v.url);
        const data = await threads(page);
        const th0 = data[0];
        await page.evaluate(() => {
          window.__noReload = true;
        });
        await clickCell(page, th0.buyer);
        await waitConversation(page, th0.conversationId);
        const url = new URL(page.url());
        equal(url.searchParams.get('conversation_id'), th0.conversationId, 'conversation_id');
        if (v.cnsc) equal(url.searchParams.get('cnsc_shop_id'), th0.shopId, 'cnsc_shop_id');
        const header = await page.evaluate(
          (name) => [...document.querySelectorAll('[title]')].filter((e) => e.title === name).length,
          th0.buyer,
        );
        assert(header >= 2, 'buyer title in the list and in the conversation header');
        await verifyRows(page, th0);
        equal(await page.evaluate(() => window.__fixture.composerState()), '', 'empty composer');
        await page.evaluate(() => {
          document.querySelector('textarea').__marker = 'same';
          document.querySelector('#message-virtualized-list').__marker = 'old';
        });

        const th1 = data[1];
        await clickCell(page, th1.buyer);
        await page.waitForFunction(() => !document.querySelector('#message-virtualized-list'), poll());
        await waitConversation(page, th1.conversationId);
        const after = await page.evaluate(() => ({
          noReload: window.__noReload,
          sameTextarea: document.querySelector('textarea').__marker === 'same',
          newList: document.querySelector('#message-virtualized-list').__marker === undefined,
        }));
        equal(after, { noReload: true, sameTextarea: true, newList: true }, 'after switch');
        const { rows } = await verifyRows(page, th1);
        const sticker = await page.$('#message-virtualized-list img[src*="/packs/"]');
        assert(sticker, 'sticker row');
        const sep = rows.filter((r) => r.separator).map((r) => r.text);
        assert(sep.includes(v.today), `separator ${v.today} in ${sep}`);
        assert(sep.includes(v.yesterday), `separator ${v.yesterday} in ${sep}`);
        const product = await page.$eval('#message-virtualized-list a[href*="/product/"]', (a) => ({
          href: a.href,
          text: a.textContent,
        }));
        const pm = th1.messages.find((m) => m.type === 'product').product;
        equal(product.href, pm.url, 'product link');
        assert(product.text.includes(pm.name) && product.text.includes(pm.price), 'product name and price');

        await page.goBack();
        await waitConversation(page, th0.conversationId);
        await page.goBack();
        await page.waitForFunction(() => window.__fixture.openConversationId() === null, poll());
        equal(
          await page.evaluate(() => window.__fixture.composerState()),
          null,
          'no composer on the list URL',
        );
        assert(await page.evaluate(() => window.__noReload), 'no page load on Back');
      });

      await check(`${key}: order card, image, system rows, separators and DD/MM HH:MM times`, async () => {
        const data = await threads(page);
        await page.evaluate((id) => window.__fixture.openConversation(id), data[0].conversationId);
        await page.evaluate(() => window.__fixture.scrollMessagesTo('top'));
        const { msgs } = await verifyRows(page, data[0], { expectScrambled: false });
        const order = msgs.find((r) => r.sig.startsWith('order:'));
        assert(order && ORDER_SN.test(order.sig.slice(6)), 'order card with sn');
        assert(
          msgs.some((r) => r.direction === 'system'),
          'system row',
        );
        assert(
          msgs.some((r) => /^\d\d\/\d\d \d\d:\d\d$/.test(r.time)),
          'DD/MM HH:MM under an older bubble',
        );
        const status = await page.$eval(
          '#message-virtualized-list a[href*="/portal/sale/order/"]',
          (a) => a.parentElement.textContent,
        );
        assert(status.includes(data[0].messages[0].order.status), 'order status');
        const marked = await page.$$eval(
          '#message-virtualized-list .ReactVirtualized__Grid__innerScrollContainer > *',
          (els) => ({
            onRow: els.filter((e) => e.matches('[data-cy]')).length,
            inside: els.filter((e) => e.querySelector('[data-cy]')).length,
          }),
        );
        if (v.layout === 'portal') {
          equal(marked.onRow, 0, 'newest generation: no data-cy on the positioned row');
          assert(marked.inside > 0, 'newest generation: data-cy on an inner wrapper');
        } else {
          assert(marked.onRow > 0, 'classic: data-cy on the positioned row');
        }
        await page.evaluate((id) => window.__fixture.openConversation(id), data[2].conversationId);
        await page.evaluate(() => window.__fixture.scrollMessagesTo('top'));
        const { rows } = await verifyRows(page, data[2], { expectScrambled: false });
        assert(
          rows.some((r) => r.separator && /^\d\d\/\d\d\/\d{4}$/.test(r.text)),
          'DD/MM/YYYY separator',
        );
        assert(await page.$('#message-virtualized-list img[src*="/file/"]'), 'image row');
        await page.evaluate(() => window.__fixture.scrollMessagesTo('bottom'));
        await verifyRows(page, data[2], { expectScrambled: false });
        equal(
          await page.$$eval(`#message-virtualized-list ${SYSTEM}`, (e) => e.length),
          1,
          'system row marker',
        );
        assert(await page.$(`#message-virtualized-list ${SEND}`), 'seller row marker');
      });

      await check(
        `${key}: composer: tracker, Enter sends from state, Shift+Enter newline, send icon`,
        async () => {
          await openPage(page, withQuery(v.url, { latency: '0' }));
          const data = await threads(page);
          await clickCell(page, data[1].buyer);
          await waitConversation(page, data[1].conversationId);
          const plain = await page.evaluate(() => {
            const ta = document.querySelector('textarea');
            ta.value = 'plain assignment';
            ta.dispatchEvent(new Event('input', { bubbles: true }));
            return window.__fixture.composerState();
          });
          equal(plain, '', 'plain assignment dropped');
          // Send (icon) with an empty state sends nothing, although the DOM shows text.
          await page.evaluate(() => {
            const ta = document.querySelector('textarea');
            const icon = [...ta.parentElement.children].find((e) => e !== ta && e.querySelector('svg'));
            icon.click();
          });
          equal(await page.evaluate(() => window.__fixture.sentMessages()), [], 'nothing sent from DOM text');
          await setNative(page, 'Siap kak, stok ready 👍');
          equal(
            await page.evaluate(() => window.__fixture.composerState()),
            'Siap kak, stok ready 👍',
            'native',
          );
          await page
            .mainFrame()
            .isolatedRealm()
            .evaluate(() => {
              const ta = document.querySelector('textarea');
              ta.value = 'from isolated world';
              ta.dispatchEvent(new Event('input', { bubbles: true }));
            });
          equal(
            await page.evaluate(() => window.__fixture.composerState()),
            'from isolated world',
            'isolated',
          );
          const before = (await readRows(page)).filter((r) => r.direction === 'out').length;
          await (await textarea(page)).focus();
          await page.keyboard.press('Enter');
          await page.waitForFunction(() => window.__fixture.sentMessages().length === 1, poll());
          const afterEnter = await page.evaluate(() => ({
            box: document.querySelector('textarea').value,
            state: window.__fixture.composerState(),
            sent: window.__fixture.sentMessages(),
          }));
          equal(afterEnter, { box: '', state: '', sent: ['from isolated world'] }, 'after Enter');
          const rows = await readRows(page);
          const last = [...rows].sort((a, b) => a.top - b.top).at(-1);
          equal(last.sig, 'text:from isolated world', 'outgoing row at the bottom');
          equal(last.direction, 'out', 'outgoing marker');
          assert(rows.filter((r) => r.direction === 'out').length === before + 1, 'one more outgoing row');
          // Shift+Enter adds a newline; Enter then sends both lines.
          await (await textarea(page)).type('line one');
          await page.keyboard.down('Shift');
          await page.keyboard.press('Enter');
          await page.keyboard.up('Shift');
          await (await textarea(page)).type('line two');
          equal(
            await page.evaluate(() => window.__fixture.composerState()),
            'line one\nline two',
            'shift+enter',
          );
          // Send icon (an <i>, or a <div> in the newest generation) next to the textarea.
          const tag = await page.evaluate(() => {
            const ta = document.querySelector('textarea');
            const icon = [...ta.parentElement.children].find((e) => e !== ta && e.querySelector('svg'));
            icon.click();
            return icon.tagName;
          });
          equal(tag, v.layout === 'portal' ? 'DIV' : 'I', 'send icon element');
          equal(
            await page.evaluate(() => window.__fixture.sentMessages()),
            ['from isolated world', 'line one\nline two'],
            'sent',
          );
          const pre = await page.evaluate(() =>
            [...document.querySelectorAll('#message-virtualized-list pre')].map((p) => p.textContent),
          );
          assert(pre.includes('line one\nline two'), 'newline kept in <pre>');
        },
      );

      await check(`${key}: duplicate-message modal with Edit and Send`, async () => {
        await setNative(page, 'line one\nline two');
        await (await textarea(page)).focus();
        await page.keyboard.press('Enter');
        await page.waitForSelector('[role="dialog"][aria-modal="true"]', poll());
        equal(
          await page.evaluate(() => window.__fixture.modal()),
          { kind: 'duplicate', text: 'line one\nline two' },
          'modal()',
        );
        const dialog = await page.$eval('[role="dialog"]', (d) => ({
          text: d.textContent,
          buttons: [...d.querySelectorAll('button')].map((b) => b.textContent),
        }));
        assert(dialog.text.includes(v.dupTitle), `title ${v.dupTitle}`);
        equal(dialog.buttons, [v.edit, v.send], 'buttons');
        await screenshot(page, `${key}-duplicate-modal`);
        await page.evaluate(() => document.querySelectorAll('[role="dialog"] button')[0].click());
        equal(await page.evaluate(() => window.__fixture.modal()), null, 'closed by Edit');
        equal(await page.evaluate(() => window.__fixture.composerState()), 'line one\nline two', 'text kept');
        equal(await page.evaluate(() => window.__fixture.sentMessages().length), 2, 'Edit sends nothing');
        await (await textarea(page)).focus();
        await page.keyboard.press('Enter');
        await page.waitForSelector('[role="dialog"]', poll());
        await page.evaluate(() => document.querySelectorAll('[role="dialog"] button')[1].click());
        const res = await page.evaluate(() => ({
          modal: window.__fixture.modal(),
          sent: window.__fixture.sentMessages().length,
          state: window.__fixture.composerState(),
        }));
        equal(res, { modal: null, sent: 3, state: '' }, 'sent anyway');
      });

      await check(`${key}: expired conversation shows "${v.restart}" instead of the composer`, async () => {
        const data = await threads(page);
        const expired = data.find((t) => t.expired);
        await clickCell(page, expired.buyer);
        await waitConversation(page, expired.conversationId);
        const res = await page.evaluate(() => ({
          textarea: Boolean(document.querySelector('textarea')),
          state: window.__fixture.composerState(),
          buttons: [...document.querySelectorAll('button')].map((b) => b.textContent),
        }));
        equal(res.textarea, false, 'no textarea');
        equal(res.state, null, 'composerState null');
        assert(res.buttons.includes(v.restart), `restart button in ${res.buttons}`);
        await screenshot(page, `${key}-expired`);
        await page.evaluate((label) => {
          [...document.querySelectorAll('button')].find((b) => b.textContent === label).click();
        }, v.restart);
        assert(await textarea(page), 'composer after restart');
        equal(await page.evaluate(() => window.__fixture.composerState()), '', 'empty state after restart');
      });

      await check(`${key}: addMessage: live rows, list snippet, unread badge, row order`, async () => {
        await openPage(page, withQuery(v.url, { latency: '0' }));
        const data = await threads(page);
        await page.evaluate((id) => window.__fixture.openConversation(id), data[0].conversationId);
        const added = await page.evaluate(() =>
          window.__fixture.addMessage({ direction: 'in', text: 'Halo? Ada orang?\nPesan baru' }),
        );
        assert(/^\d\d:\d\d$/.test(added.displayTime), `live time ${added.displayTime}`);
        const rows = await readRows(page);
        const last = [...rows].sort((a, b) => a.top - b.top).at(-1);
        equal(last.sig, 'text:Halo? Ada orang?\nPesan baru', 'live row at the bottom');
        equal(rows.at(-1).sig, last.sig, 'live row appended last in the DOM');
        const cell0 = await page.evaluate(
          (sel, name) =>
            [...document.querySelectorAll(sel)].find((c) => c.querySelector('[title]')?.title === name)
              .textContent,
          CELL,
          data[0].buyer,
        );
        assert(cell0.includes('Halo? Ada orang? Pesan baru'), `snippet updated: ${cell0}`);
        const sticker = await page.evaluate(() =>
          window.__fixture.addMessage({ direction: 'out', type: 'sticker' }),
        );
        assert(sticker.sticker.includes('/packs/'), 'sticker src');
        await page.evaluate(() => window.__fixture.addMessage({ direction: 'in', type: 'order' }));
        const lastSig = (await readRows(page)).sort((a, b) => a.top - b.top).at(-1).sig;
        equal(lastSig, 'order:261123LIVE0001', 'live order card');
        // A message to another conversation raises its unread badge and moves it to the top of the list.
        const other = data[4];
        await page.evaluate(
          (id) => window.__fixture.addMessage({ conversationId: id, direction: 'in', text: 'Masih ada?' }),
          other.conversationId,
        );
        const top = await page.evaluate(
          (sel) => document.querySelector(sel).querySelector('[title]').title,
          CELL,
        );
        equal(top, other.buyer, 'row moved to the top');
        const th = (await threads(page)).find((t) => t.conversationId === other.conversationId);
        equal(th.unread, other.unread + 1, 'unread incremented');
      });

      await check(`${key}: hostile conversation stays text; window.__pwned undefined`, async () => {
        const data = await threads(page);
        const hostile = data.find((t) => t.messages.some((m) => m.text.includes('onerror')));
        await page.evaluate((id) => window.__fixture.openConversation(id), hostile.conversationId);
        await sleep(200);
        await verifyRows(page, hostile);
        const listText = () => page.$eval('#message-virtualized-list', (e) => e.textContent);
        await page.evaluate(() => window.__fixture.scrollMessagesTo('top'));
        const topText = await listText();
        await page.evaluate(() => window.__fixture.scrollMessagesTo('bottom'));
        const res = await page.evaluate(() => ({
          pwned: window.__pwned ?? null,
          bad: document.querySelectorAll(
            'img[src="x"], #message-virtualized-list script, #message-virtualized-list button, #message-virtualized-list kat-button',
          ).length,
          fakeMarkers: document.querySelectorAll('#message-virtualized-list pre [data-cy]').length,
          text: document.querySelector('#message-virtualized-list').textContent,
        }));
        equal(res.pwned, null, '__pwned');
        equal(res.bad + res.fakeMarkers, 0, 'parsed hostile markup');
        res.text += topText;
        for (const s of [
          '<img src=x onerror=',
          '<script>',
          '[data-cy="webchat-message-send"]',
          'Ignore previous instructions',
          'مرحبا',
          '\u202E',
          '\u200B',
          '261112MMMM0012',
        ]) {
          assert(res.text.includes(s), `missing ${JSON.stringify(s)}`);
        }
        await screenshot(page, `${key}-hostile`);
      });

      await check(`${key}: status filter persists in localStorage["chat-filter"]`, async () => {
        await page.evaluate(() => localStorage.removeItem('chat-filter'));
        await openPage(page, withQuery(v.url, { latency: '0' }));
        const data = await threads(page);
        await page.evaluate((label) => {
          [...document.querySelectorAll('span')].find((s) => s.textContent === label).click();
        }, v.unreadTab);
        const unreadCount = data.filter((t) => t.unread).length;
        equal(await page.$$eval(CELL, (c) => c.length), unreadCount, 'unread cells');
        const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('chat-filter')));
        equal(saved.status, 'unread', 'saved');
        await openPage(page, withQuery(v.url, { latency: '0' }));
        equal(await page.$$eval(CELL, (c) => c.length), unreadCount, 'after reload');
        await page.evaluate(() => window.__fixture.setFilter({ status: 'all', region: '', shopId: '' }));
        equal(await page.$$eval(CELL, (c) => c.length), 6, 'all again');
      });
    }

    console.log('\n[behaviour]');

    await check('cn: #regionShopSelector filters by region and shop and persists', async () => {
      const url = withQuery(VARIANTS.cn.url, { latency: '0' });
      await openPage(page, url);
      await page.evaluate(() => localStorage.removeItem('chat-filter'));
      await openPage(page, url);
      await page.click('#regionShopSelector');
      await page.waitForSelector('[role="listbox"] [role="option"]', poll());
      const options = await page.$$eval('[role="listbox"] [role="option"]', (o) =>
        o.map((e) => e.textContent),
      );
      for (const r of ['BR', 'CL', 'CO', 'MY', 'PH', 'SG', 'TH', 'TW', 'VN']) {
        assert(
          options.some((o) => o.startsWith(r)),
          `region option ${r}`,
        );
      }
      await screenshot(page, 'cn-region-selector');
      await page.evaluate(() =>
        [...document.querySelectorAll('[role="option"]')].find((o) => o.textContent.startsWith('MY')).click(),
      );
      const cells = await page.$$eval(CELL, (c) => c.map((e) => e.textContent));
      equal(cells.length, 2, 'MY cells');
      assert(
        cells.every((c) => c.includes('(MY)')),
        'only MY rows',
      );
      equal(
        JSON.parse(await page.evaluate(() => localStorage.getItem('chat-filter'))).region,
        'MY',
        'saved region',
      );
      await openPage(page, url);
      equal(await page.$$eval(CELL, (c) => c.length), 2, 'region kept after reload');
      assert(
        (await page.$eval('#regionShopSelector', (e) => e.textContent)).includes('MY'),
        'selector shows MY',
      );
      await page.click('#regionShopSelector');
      await page.evaluate(() =>
        [...document.querySelectorAll('[role="option"]')]
          .find((o) => o.textContent === 'Kiko Gadget MY')
          .click(),
      );
      equal(await page.$$eval(CELL, (c) => c.length), 1, 'one shop');
      await page.evaluate(() => window.__fixture.setFilter({ region: '', shopId: '' }));
      equal(await page.$$eval(CELL, (c) => c.length), 6, 'all regions');
    });

    await check(
      'n=300: only nearby rows are mounted; scrolling mounts older rows and unmounts newer',
      async () => {
        await openPage(page, withQuery(VARIANTS.id.url, { n: '300', latency: '0' }));
        const th = (await threads(page))[0];
        equal(th.messages.length, 300, 'generated');
        await page.evaluate((id) => window.__fixture.openConversation(id), th.conversationId);
        const bottom = await verifyRows(page, th);
        assert(bottom.rows.length < 60, `mounted rows ${bottom.rows.length}`);
        assert(bottom.msgs.at(-1).sig.includes('(#300)'), 'newest at the bottom');
        const height = await page.$eval(
          '.ReactVirtualized__Grid__innerScrollContainer',
          (e) => e.getBoundingClientRect().height,
        );
        assert(height > 300 * 30, `inner height ${height}`);
        await page.bringToFront();
        // A real scroll (scroll event) mounts the rows of the new viewport.
        await page.$eval('#message-virtualized-list', (el) => {
          el.scrollTop = el.scrollHeight / 2;
        });
        await page.waitForFunction(
          () =>
            ![...document.querySelectorAll('#message-virtualized-list pre')].some((p) =>
              p.textContent.includes('(#300)'),
            ),
          poll(),
        );
        await verifyRows(page, th, { expectScrambled: false });
        await page.evaluate(() => window.__fixture.scrollMessagesTo('top'));
        const top = await verifyRows(page, th, { expectScrambled: false });
        equal(top.start, 0, 'first message mounted at the top');
        assert(top.msgs[0].sig.includes('(#1)'), 'oldest row');
        const domOrder = (await readRows(page)).map((r) => r.top);
        assert(
          domOrder.some((t, i) => i > 0 && t < domOrder[i - 1]),
          'rows mounted by scrolling are out of visual order',
        );
        await screenshot(page, 'long-top');
        assert(new URL(page.url()).searchParams.get('n') === '300', 'flag kept in pushed URL');
      },
    );

    await check('overscan=all (benchmark only): every row of the virtualised list is mounted', async () => {
      await openPage(page, withQuery(VARIANTS.id.url, { n: '200', overscan: 'all', latency: '0' }));
      const th = (await threads(page))[0];
      await page.evaluate((id) => window.__fixture.openConversation(id), th.conversationId);
      const texts = await page.$$eval('#message-virtualized-list pre', (els) =>
        els.map((e) => e.textContent),
      );
      equal(texts.length, 200, 'every message row mounted');
      assert(
        texts.some((t) => t.includes('(#1)')) && texts.some((t) => t.includes('(#200)')),
        'oldest and newest',
      );
      await page.evaluate(() => window.__fixture.scrollMessagesTo('top'));
      equal(
        await page.$$eval('#message-virtualized-list pre', (els) => els.length),
        200,
        'still all after a scroll',
      );
      assert(new URL(page.url()).searchParams.get('overscan') === 'all', 'flag kept in pushed URL');
    });

    await check('latency=600: spinner, no message list until loaded', async () => {
      await openPage(page, withQuery(VARIANTS.my.url, { latency: '600' }));
      const data = await threads(page);
      await clickCell(page, data[2].buyer);
      await sleep(150);
      const during = await page.evaluate(() => ({
        list: Boolean(document.querySelector('#message-virtualized-list')),
        spinner: Boolean(document.querySelector('[role="progressbar"]')),
        id: window.__fixture.openConversationId(),
        url: new URL(location.href).searchParams.get('conversation_id'),
      }));
      equal(
        during,
        { list: false, spinner: true, id: data[2].conversationId, url: data[2].conversationId },
        'while loading',
      );
      await waitConversation(page, data[2].conversationId);
    });

    await check('urlsync=0: the conversation switches but the URL does not change', async () => {
      await openPage(page, withQuery(VARIANTS.id.url, { urlsync: '0', latency: '0' }));
      const data = await threads(page);
      const before = page.url();
      await clickCell(page, data[1].buyer);
      await waitConversation(page, data[1].conversationId);
      await clickCell(page, data[2].buyer);
      await waitConversation(page, data[2].conversationId);
      equal(page.url(), before, 'url unchanged');
      await verifyRows(page, data[2]);
    });

    await check('deep link ?conversation_id= and expired=<id> flag', async () => {
      const data = await threads(page);
      await openPage(
        page,
        withQuery(VARIANTS.id.url, {
          conversation_id: data[0].conversationId,
          expired: data[0].conversationId,
        }),
      );
      equal(await page.evaluate(() => window.__fixture.openConversationId()), data[0].conversationId, 'open');
      assert(await page.$('#message-virtualized-list'), 'message list');
      equal(await page.evaluate(() => window.__fixture.composerState()), null, 'expired: no composer');
      assert((await threads(page))[0].expired, 'threads() expired');
    });

    await check(
      'layout=redesign: no data-cy, no virtualised list, no textarea (not recognisable)',
      async () => {
        await openPage(page, withQuery(VARIANTS.id.url, { layout: 'redesign' }));
        const data = await threads(page);
        await page.evaluate((id) => window.__fixture.openConversation(id), data[0].conversationId);
        const res = await page.evaluate(() => ({
          dataCy: document.querySelectorAll('[data-cy]').length,
          vlist: document.querySelectorAll('#message-virtualized-list, .ReactVirtualized__Grid, pre').length,
          textarea: document.querySelectorAll('textarea').length,
          editor: document.querySelectorAll('[contenteditable="true"]').length,
          text: document.body.textContent.includes('Kira-kira kapan sampai ya kak?'),
        }));
        equal(res, { dataCy: 0, vlist: 0, textarea: 0, editor: 1, text: true }, 'redesign');
        await page.focus('[contenteditable="true"]');
        await page.keyboard.type('Halo kak');
        equal(await page.evaluate(() => window.__fixture.composerState()), 'Halo kak', 'editor state');
        await page.keyboard.press('Enter');
        equal(await page.evaluate(() => window.__fixture.sentMessages()), ['Halo kak'], 'sent');
        await screenshot(page, 'redesign');
      },
    );

    await check('home: floating chat window on /portal/product/list; no URL change on switch', async () => {
      await page.goto('https://seller.shopee.co.id/portal/product/list', { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => Boolean(window.__fixture?.ready), poll());
      equal(await page.evaluate(() => window.__fixture.page), 'shopee-home', 'page');
      equal(await page.$$eval('[data-cy]', (e) => e.length), 0, 'collapsed: no chat hooks');
      const closed = await page.evaluate(
        (id) =>
          window.__fixture.openConversation(id).then(
            () => 'ok',
            (e) => e.message,
          ),
        '2214567890123456781',
      );
      assert(closed.includes('closed'), `openConversation while closed: ${closed}`);
      await screenshot(page, 'home-collapsed');
      await page.click('[role="button"][aria-label="Chat"]');
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 6, poll(), CELL);
      const url = page.url();
      const data = await threads(page);
      await clickCell(page, data[0].buyer);
      await waitConversation(page, data[0].conversationId);
      await verifyRows(page, data[0]);
      equal(page.url(), url, 'url unchanged');
      await page.evaluate(() => {
        document.querySelector('textarea').__marker = 'mini';
      });
      await clickCell(page, data[1].buyer);
      await waitConversation(page, data[1].conversationId);
      assert(
        await page.evaluate(() => document.querySelector('textarea').__marker === 'mini'),
        'same textarea',
      );
      await setNative(page, 'Ready kak');
      await page.evaluate(() => {
        const ta = document.querySelector('textarea');
        [...ta.parentElement.children].find((e) => e !== ta && e.querySelector('svg')).click();
      });
      equal(
        await page.evaluate(() => window.__fixture.sentMessages()),
        ['Ready kak'],
        'sent from the mini window',
      );
      await screenshot(page, 'home-mini-window');
      await page.evaluate(() => window.__fixture.closeChatWindow());
      equal(await page.$$eval('[data-cy]', (e) => e.length), 0, 'minimised: no chat hooks');
      await page.evaluate(() =>
        window.__fixture.addMessage({ conversationId: '2214567890123456782', direction: 'in', text: 'Kak?' }),
      );
      await page.evaluate(() => window.__fixture.openChatWindow());
      equal(await page.$$eval(CELL, (e) => e.length), 6, 'reopened');
      equal(
        await page.evaluate(() => window.__fixture.openConversationId()),
        null,
        'reopened without a conversation',
      );
    });

    await check('home: CNSC dashboard with the window open (?chat=open)', async () => {
      await openPage(page, 'https://seller.shopee.cn/?chat=open');
      equal(await page.$$eval(CELL, (e) => e.length), 6, 'cells');
      assert(await page.$('#regionShopSelector'), 'region selector in the mini window');
      const data = await threads(page);
      await page.evaluate((id) => window.__fixture.openConversation(id), data[1].conversationId);
      await verifyRows(page, data[1]);
      await screenshot(page, 'home-cn-dashboard');
    });

    await check('screenshots of each variant with an open conversation', async () => {
      for (const [key, v] of Object.entries(VARIANTS)) {
        await openPage(page, withQuery(v.url, { latency: '0' }));
        const data = await threads(page);
        await page.evaluate(
          (id) => window.__fixture.openConversation(id),
          data[key === 'cn' ? 2 : 0].conversationId,
        );
        await screenshot(page, `${key}-chat`);
      }
    });

    await check('no page errors, no failed requests', () => equal(pageErrors, [], 'page errors'));
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }

  summarise(SHOTS);
}

await main();
