#!/usr/bin/env node
/**
 * Checks that the fixture pages behave like the real portals in real Chromium (no extension loaded):
 *   node tests/harness/check-fixtures.mjs
 * Starts the HTTPS fixture server, opens the pages under their real hostnames, runs every check, writes screenshots
 * to /tmp/fixture-shots/ and exits non-zero when a check fails.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assert, check, equal, summarise } from './fixture-checks.mjs';
import { AMAZON_HOSTS, launchChromium, startFixtureServer } from './fixture-server.mjs';

const SHOTS = '/tmp/fixture-shots';
const POLL = { polling: 100, timeout: 10_000 };

// Per-locale expectations. `hello` is the repeated buyer text; its second copy was sent Sep 4, 2026 16:04.
const VARIANTS = {
  en: {
    url: 'https://sellercentral.amazon.com/messaging/inbox-v3',
    lang: 'en-US',
    responseNeeded: 'Response needed (3)',
    all: 'All',
    reply: 'Reply',
    send: 'Send',
    you: 'You',
    hello: 'Hello?',
    time: 'Sep 4, 2026 4:04 PM',
    altTime: '9/4/2026, 4:04 PM',
    rowDate: /^[A-Z][a-z]{2} \d{1,2}, 2026$/,
  },
  de: {
    url: 'https://sellercentral.amazon.de/messaging/inbox-v3',
    lang: 'de-DE',
    responseNeeded: 'Antwort erforderlich (3)',
    all: 'Alle',
    reply: 'Antworten',
    send: 'Senden',
    you: 'Sie',
    hello: 'Hallo?',
    time: '4. Sept. 2026, 16:04',
    altTime: '04.09.2026 16:04',
    rowDate: /^\d{1,2}\. \S+ 2026$/,
  },
  ja: {
    url: 'https://sellercentral.amazon.co.jp/messaging/inbox-v3',
    lang: 'ja-JP',
    responseNeeded: '返信が必要 (3)',
    all: 'すべて',
    reply: '返信',
    send: '送信',
    you: 'あなた',
    hello: 'もしもし？',
    time: '2026年9月4日 16:04',
    altTime: '2026/09/04 16:04',
    rowDate: /^2026年\d{1,2}月\d{1,2}日$/,
  },
  zh: {
    url: 'https://sellercentral.amazon.com/messaging/inbox-v3?lc=zh_CN',
    lang: 'zh-CN',
    responseNeeded: '需要回复 (3)',
    all: '全部',
    reply: '回复',
    send: '发送',
    you: '您',
    hello: 'Hello?',
    time: '2026年9月4日 下午4:04',
    altTime: '2026-09-04 16:04',
    rowDate: /^2026年\d{1,2}月\d{1,2}日$/,
  },
};

const ORDER_ID = /\d{3}-\d{7}-\d{7}/;

async function openInbox(page, url) {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => Boolean(window.__fixture?.ready), poll());
  await page.evaluate(() => window.__fixture.ready);
}

// waitForFunction options (a function so each call gets a fresh object).
function poll() {
  return { ...POLL };
}

const rowTexts = (page) =>
  page.$$eval('kat-table-row.case-list-row', (rows) =>
    rows.map((r) => [...r.querySelectorAll('kat-table-cell')].map((c) => c.textContent.trim())),
  );

async function clickFilter(page, label) {
  const links = await page.$$('.case-filter');
  for (const link of links) {
    if ((await link.evaluate((el) => el.textContent)) === label) return link.click();
  }
  throw new Error(`no filter ${label}`);
}

async function waitThread(page, caseId) {
  await page.waitForFunction(
    (id) => new URLSearchParams(location.search).get('cc') === id && document.querySelector('#case-messages'),
    poll(),
    caseId,
  );
}

/** Keeps the Amazon host list here in sync with the extension's manifest hosts. */
function siteHosts() {
  const src = fs.readFileSync(path.resolve('core/sites.ts'), 'utf8');
  const block = /AMAZON_SELLER_HOSTS = \[([\s\S]*?)\]/.exec(src)?.[1] ?? '';
  return [...block.matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

async function main() {
  fs.mkdirSync(SHOTS, { recursive: true });
  const server = await startFixtureServer();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-profile-'));
  const browser = await launchChromium({
    port: server.port,
    userDataDir,
    protocolTimeout: 60_000,
    defaultViewport: { width: 1700, height: 1000 },
  });
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource'))
      pageErrors.push(msg.text());
  });
  page.on('response', (res) => {
    if (res.status() >= 400) pageErrors.push(`${res.status()} ${res.url()}`);
  });

  try {
    console.log(`fixture server on 127.0.0.1:${server.port}, Chromium ${await browser.version()}`);

    await check('host list matches core/sites.ts AMAZON_SELLER_HOSTS', () => {
      if (!fs.existsSync('core/sites.ts')) return;
      equal([...AMAZON_HOSTS].sort(), siteHosts().sort(), 'hosts');
    });

    for (const [key, v] of Object.entries(VARIANTS)) {
      console.log(`\n[${key}] ${v.url}`);
      await check(`${key}: inbox renders rows, chrome and <html lang>`, async () => {
        await openInbox(page, v.url);
        equal(await page.evaluate(() => document.documentElement.lang), v.lang, 'lang');
        assert(await page.$('#sc-navbar-container .sc-navbar'), 'navbar');
        assert(await page.$('#sc-content-container kat-table'), 'kat-table');
        const filters = await page.$$eval('.case-filter', (els) => els.map((e) => e.textContent));
        assert(filters.includes(v.responseNeeded), `filters ${JSON.stringify(filters)}`);
        equal(await page.$eval('.metrics-card-value', (e) => e.textContent), '3', 'metrics card');
        const rows = await rowTexts(page);
        equal(rows.length, 3, 'response-needed rows');
        for (const [buyer, subject, date] of rows) {
          assert(buyer.length > 0, 'buyer name');
          assert(ORDER_ID.test(subject), `subject without order id: ${subject}`);
          assert(v.rowDate.test(date), `row date ${date}`);
        }
        equal(await page.$$eval('kat-table-row.case-list-row.unread', (r) => r.length), 3, 'unread rows');
        await clickFilter(page, v.all);
        await page.waitForFunction(
          () => document.querySelectorAll('kat-table-row.case-list-row').length >= 5,
          poll(),
        );
        assert((await page.$('#case-messages')) === null, 'no thread before a click');
      });

      await check(
        `${key}: row click switches thread via pushState, replaces the pane, back works`,
        async () => {
          const data = await page.evaluate(() => window.__fixture.threads());
          const startUrl = page.url();
          const rows = await page.$$('kat-table-row.case-list-row');
          const first = await rows[0].evaluate((r) => r.querySelector('.buyer-name').textContent);
          const firstThread = data.find((th) => th.buyer === first);
          await rows[0].click();
          await waitThread(page, firstThread.caseId);
          const url1 = new URL(page.url());
          equal(url1.pathname, '/messaging/inbox', 'pathname');
          equal(url1.searchParams.get('fi'), 'caseId', 'fi');
          equal(url1.searchParams.get('ss'), firstThread.caseId, 'ss');
          await page.evaluate(() => {
            window.__noReload = true;
            document.querySelector('.case-details').__marker = 1;
          });
          equal(await page.$eval('.case-buyer-name', (e) => e.textContent), first, 'header buyer');
          const count = await page.$$eval('#case-messages > article', (a) => a.length);
          equal(count, firstThread.messages.length, 'message count');

          const second = data.find((th) => th.caseId !== firstThread.caseId);
          const row2 = await page.evaluateHandle(
            (name) =>
              [...document.querySelectorAll('kat-table-row.case-list-row')].find(
                (r) => r.querySelector('.buyer-name').textContent === name,
              ),
            second.buyer,
          );
          await row2.click();
          await waitThread(page, second.caseId);
          assert(await page.evaluate(() => window.__noReload), 'no page load');
          assert(
            await page.evaluate(() => !document.querySelector('.case-details').__marker),
            'pane replaced',
          );
          equal(await page.$eval('.case-buyer-name', (e) => e.textContent), second.buyer, 'second header');

          await page.goBack();
          await waitThread(page, firstThread.caseId);
          equal(await page.$eval('.case-buyer-name', (e) => e.textContent), first, 'back to first');
          await page.goBack();
          await page.waitForFunction(() => !document.querySelector('#case-messages'), poll());
          equal(page.url(), startUrl, 'back to inbox url');
          assert(await page.evaluate(() => window.__noReload), 'no page load on back');
        },
      );

      await check(`${key}: deep link renders the thread; timestamps, sender labels, order`, async () => {
        const data = await page.evaluate(() => window.__fixture.threads());
        const th = data[0]; // the "Hello? … Hello?" thread with a 2,000+ character message
        const u = new URL(v.url);
        u.pathname = '/messaging/inbox';
        for (const [k, val] of [
          ['fi', 'caseId'],
          ['ss', th.caseId],
          ['cc', th.caseId],
        ])
          u.searchParams.set(k, val);
        await openInbox(page, u.href);
        await waitThread(page, th.caseId);
        const msgs = await page.$$eval('#case-messages > article', (els) =>
          els.map((a) => ({
            cls: a.className,
            sender: a.querySelector('.message-sender').textContent,
            time: a.querySelector('.message-timestamp').textContent,
            text: a.querySelector('.message-body').textContent,
          })),
        );
        equal(msgs.length, th.messages.length, 'count');
        equal(msgs.filter((m) => m.text === v.hello).length, 2, 'repeated text twice');
        assert(
          msgs.some((m) => m.time === v.time),
          `no timestamp ${v.time}: ${msgs.map((m) => m.time)}`,
        );
        assert(
          msgs.some((m) => m.text.length >= 2000),
          'long message',
        );
        assert(
          msgs.some((m) => m.sender === v.you && m.cls.includes('outbound')),
          'seller label',
        );
        assert(msgs[0].text.includes('\n'), 'newlines kept');
        const times = th.messages.map((m) => Date.parse(m.at));
        assert(
          times.every((x, i) => i === 0 || x >= times[i - 1]),
          'oldest first',
        );
        assert(await page.$('kat-table-row.case-list-row.selected'), 'selected row');
        await page.bringToFront();
        await page.screenshot({ path: `${SHOTS}/${key}-thread.png` });
      });

      await check(`${key}: timefmt=alt re-formats the same instants`, async () => {
        const u = new URL(page.url());
        u.searchParams.set('timefmt', 'alt');
        await openInbox(page, u.href);
        await page.waitForSelector('#case-messages', poll());
        const times = await page.$$eval('.message-timestamp', (els) => els.map((e) => e.textContent));
        assert(times.includes(v.altTime), `no ${v.altTime} in ${times}`);
      });
    }

    console.log('\n[behaviour]');
    await check('addMessage appends a live message to the open thread', async () => {
      await openInbox(page, VARIANTS.en.url);
      const caseId = (await page.evaluate(() => window.__fixture.threads()))[0].caseId;
      await page.evaluate((id) => window.__fixture.openThread(id), caseId);
      equal(await page.evaluate(() => window.__fixture.openCaseId()), caseId, 'openCaseId');
      const before = await page.$$eval('#case-messages > article', (a) => a.length);
      const added = await page.evaluate(() =>
        window.__fixture.addMessage({
          direction: 'in',
          text: 'Any news?\nStill waiting.',
          attachments: ['receipt.png'],
        }),
      );
      const after = await page.$$eval('#case-messages > article', (a) =>
        a.map((e) => ({
          text: e.querySelector('.message-body').textContent,
          chip: e.querySelector('.attachment-file-name')?.textContent,
        })),
      );
      equal(after.length, before + 1, 'count');
      equal(after.at(-1), { text: 'Any news?\nStill waiting.', chip: 'receipt.png' }, 'last message');
      assert(/^[A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d\d [AP]M$/.test(added.displayTime), added.displayTime);
      const out = await page.evaluate(() =>
        window.__fixture.addMessage({ direction: 'out', text: 'On it.' }),
      );
      equal(out.author, 'You', 'outbound author');
    });

    await check('below 1600 px the list pane is not rendered', async () => {
      await page.setViewport({ width: 1200, height: 1000 });
      await page.waitForFunction(() => !document.querySelector('kat-table'), poll());
      assert(await page.$('#case-messages'), 'thread still shown');
      await page.screenshot({ path: `${SHOTS}/en-narrow.png` });
      await openInbox(page, VARIANTS.en.url);
      assert(!(await page.$('kat-table')), 'cold load at 1200 px has no list');
      await page.setViewport({ width: 1700, height: 1000 });
      await page.waitForSelector('kat-table-row.case-list-row', poll());
    });

    await check('Reply reveals the Katal composer; React-like tracker', async () => {
      const caseId = (await page.evaluate(() => window.__fixture.threads()))[1].caseId;
      await page.evaluate((id) => window.__fixture.openThread(id), caseId);
      equal(await page.evaluate(() => window.__fixture.composerState()), null, 'no composer yet');
      assert(!(await page.$('kat-textarea')), 'composer hidden before Reply');
      await page.click('kat-button[label="Reply"]');
      await page.waitForSelector('kat-textarea', poll());
      assert(await page.$('kat-button[label="Send"]'), 'Send button');
      const id = await page.$eval('kat-textarea', (h) => h.shadowRoot.querySelector('textarea').id);
      assert(/^katal-id-\d+$/.test(id), `inner id ${id}`);
      const res = await page.evaluate(() => {
        const ta = document.querySelector('kat-textarea').shadowRoot.querySelector('textarea');
        const fire = () => ta.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        ta.value = 'plain assignment';
        fire();
        const afterPlain = window.__fixture.composerState();
        const hostWasSet = document.querySelector('kat-textarea').value;
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(ta, 'native setter');
        fire();
        return { afterPlain, hostWasSet, afterNative: window.__fixture.composerState() };
      });
      equal(res, { afterPlain: '', hostWasSet: 'plain assignment', afterNative: 'native setter' }, 'tracker');
      // Send through the inner <button> of the kat-button (composed click reaches the host).
      await page.evaluate(() =>
        document.querySelector('kat-button[label="Send"]').shadowRoot.querySelector('button').click(),
      );
      const sent = await page.evaluate(() => ({
        sent: window.__fixture.sentMessages(),
        last: [...document.querySelectorAll('#case-messages > article')].at(-1).querySelector('.message-body')
          .textContent,
        box: document.querySelector('kat-textarea').value,
        state: window.__fixture.composerState(),
      }));
      equal(sent, { sent: ['native setter'], last: 'native setter', box: '', state: '' }, 'after send');
      // A plain assignment is never sent: the page state stays empty.
      await page.evaluate(() => {
        const ta = document.querySelector('kat-textarea').shadowRoot.querySelector('textarea');
        ta.value = 'ignored';
        ta.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await page.click('kat-button[label="Send"]');
      equal(
        await page.evaluate(() => window.__fixture.sentMessages()),
        ['native setter'],
        'plain text not sent',
      );
      // An isolated world (like a content script's) does not see the instance accessor: a plain assignment works.
      await page
        .mainFrame()
        .isolatedRealm()
        .evaluate(() => {
          const ta = document.querySelector('kat-textarea').shadowRoot.querySelector('textarea');
          ta.value = 'from isolated world';
          ta.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        });
      equal(
        await page.evaluate(() => window.__fixture.composerState()),
        'from isolated world',
        'isolated world',
      );
    });

    await check('de: the composer is open from the start', async () => {
      await openInbox(page, `${VARIANTS.de.url}?latency=0`);
      const th = (await page.evaluate(() => window.__fixture.threads()))[0];
      await page.evaluate((id) => window.__fixture.openThread(id), th.caseId);
      assert(await page.$('kat-textarea'), 'kat-textarea');
      assert(await page.$('kat-button[label="Senden"]'), 'Senden');
      assert(!(await page.$('kat-button[label="Antworten"]')), 'no Reply button');
      equal(await page.evaluate(() => window.__fixture.composerState()), '', 'empty state');
    });

    for (const [key, v] of Object.entries(VARIANTS)) {
      await check(`${key}: hostile thread stays text and never executes`, async () => {
        await openInbox(page, v.url);
        const data = await page.evaluate(() => window.__fixture.threads());
        const hostile = data.find((th) => th.messages.some((m) => m.text.includes('onerror')));
        assert(hostile, 'hostile thread');
        await clickFilter(page, v.all);
        await page.evaluate((id) => window.__fixture.openThread(id), hostile.caseId);
        await new Promise((r) => setTimeout(r, 300));
        const res = await page.evaluate(() => ({
          pwned: window.__pwned ?? null,
          tags: document.querySelectorAll(
            '#case-messages img, #case-messages script, #case-messages kat-button',
          ).length,
          rowImgs: document.querySelectorAll('kat-table img').length,
          text: document.querySelector('#case-messages').textContent,
        }));
        equal(res.pwned, null, '__pwned');
        equal(res.tags + res.rowImgs, 0, 'parsed hostile tags');
        for (const s of [
          '<img src=x onerror=',
          '<script>',
          '<kat-button label="Send">',
          'Ignore previous instructions',
          '😀🚚𝒜',
          '\u200B',
          'الطلب',
        ]) {
          assert(res.text.includes(s), `missing ${s}`);
        }
      });
    }

    await check('?n=200 renders 200 messages in the first thread', async () => {
      await openInbox(page, `${VARIANTS.en.url}?n=200`);
      const th = (await page.evaluate(() => window.__fixture.threads()))[0];
      await page.evaluate((id) => window.__fixture.openThread(id), th.caseId);
      equal(await page.$$eval('#case-messages > article', (a) => a.length), 200, 'articles');
      const dirs = await page.$$eval('#case-messages > article', (a) =>
        a.slice(0, 4).map((e) => e.className.split(' ')[1]),
      );
      equal(
        dirs,
        [
          'message-item--inbound',
          'message-item--outbound',
          'message-item--inbound',
          'message-item--outbound',
        ],
        'alternating',
      );
      assert(new URL(page.url()).searchParams.get('n') === '200', 'flag kept in pushed URL');
    });

    await check('?layout=redesign opens a thread without #case-messages or Katal composer', async () => {
      await openInbox(page, `${VARIANTS.en.url}?layout=redesign`);
      assert(new URL(page.url()).searchParams.get('cc'), 'thread url');
      assert(await page.$('.rd-conversation'), 'redesign thread');
      assert(!(await page.$('#case-messages')), 'no #case-messages');
      assert(!(await page.$('kat-textarea')), 'no kat-textarea');
      await page.screenshot({ path: `${SHOTS}/en-redesign.png` });
    });

    await check('search by order id adds cc and opens the thread', async () => {
      const data = await page.evaluate(() => window.__fixture.threads());
      await openInbox(page, `${VARIANTS.en.url}?fi=search&ss=${data[2].orderId}`);
      await waitThread(page, data[2].caseId);
      const label = await page.$eval('.case-status-label', (e) => e.textContent);
      equal(label, 'Resolved on Sep 5, 2026', 'resolved label');
      equal(
        await page.$$eval('.attachment-file-name', (e) => e.map((x) => x.textContent)).then((x) => x.length),
        3,
        'chips',
      );
      await page.screenshot({ path: `${SHOTS}/en-resolved.png` });
    });

    await check('contact page: composer tracker, Review message dialog, success alert, files', async () => {
      await page.goto(
        'https://sellercentral.amazon.com/messaging/contact?orderID=114-0093127-6624410&marketplaceID=ATVPDKIKX0DER',
      );
      await page.waitForSelector('#ayb-contact-buyer kat-textarea', poll());
      equal(
        await page.$eval('.ayb-contact-buyer-header h2', (e) => e.textContent),
        'Send message to Somchai',
        'h2',
      );
      equal(
        await page.$eval('kat-label', (e) => e.getAttribute('text')),
        "Buyer's Language of Preference: Thai",
        'language label',
      );
      equal(await page.$$eval('kat-radiobutton', (e) => e.length), 5, 'reasons');
      await page.evaluate(() => {
        const ta = document
          .querySelector('.contact-buyer-text-area kat-textarea')
          .shadowRoot.querySelector('textarea');
        ta.value = 'plain';
        ta.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      });
      equal(await page.evaluate(() => window.__fixture.composerState()), '', 'plain assignment dropped');
      await page.evaluate(() => {
        const ta = document
          .querySelector('.contact-buyer-text-area kat-textarea')
          .shadowRoot.querySelector('textarea');
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(ta, 'สวัสดีครับ');
        ta.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        const dt = new DataTransfer();
        dt.items.add(new File(['x'], 'invoice.pdf', { type: 'application/pdf' }));
        const input = document.querySelector('.contact-buyer-file-input input[type=file]');
        input.files = dt.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      equal(await page.$eval('.file-attachment-list li', (e) => e.textContent), 'invoice.pdf', 'file chip');
      await page.click('kat-button.ayb-contact-form-send-button');
      await page.waitForSelector('kat-modal[visible]', poll());
      await page.screenshot({ path: `${SHOTS}/contact-review.png` });
      await page.click('kat-modal kat-button[label="Send"]');
      await page.waitForSelector('div.kat-alert-success-content', poll());
      equal(
        await page.$eval('div.kat-alert-success-content', (e) => e.textContent),
        'Your message has been sent',
        'alert',
      );
      equal(await page.evaluate(() => window.__fixture.sentMessages()), ['สวัสดีครับ'], 'sent');
    });

    await check('other Seller Central paths show a home page without messaging', async () => {
      const res = await page.goto('https://sellercentral.amazon.co.uk/home');
      equal(res.status(), 200, 'status');
      await page.waitForSelector('#sc-navbar-container .sc-navbar', poll());
      assert(!(await page.$('#case-messages, kat-table')), 'no messaging');
      equal(res.headers()['cache-control'], 'no-store', 'cache-control');
    });

    await check('ja inbox screenshot with an open thread', async () => {
      await openInbox(page, VARIANTS.ja.url);
      const data = await page.evaluate(() => window.__fixture.threads());
      await page.evaluate((id) => window.__fixture.openThread(id), data[2].caseId);
      await page.bringToFront();
      await page.screenshot({ path: `${SHOTS}/ja-inbox-thread.png` });
      await openInbox(page, VARIANTS.en.url);
      await page.evaluate(
        (id) => window.__fixture.openThread(id),
        (await page.evaluate(() => window.__fixture.threads()))[1].caseId,
      );
      await page.screenshot({ path: `${SHOTS}/en-inbox-thread.png` });
    });

    await check('no page errors', () => equal(pageErrors, [], 'page errors'));
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }

  summarise(SHOTS);
}

await main();
