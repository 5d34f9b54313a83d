#!/usr/bin/env node
/**
 * Checks that the eBay fixture pages behave like the real eBay messaging pages in real Chromium (no extension):
 *   ./node_modules/.bin/node tests/harness/check-ebay-fixtures.mjs
 * Starts the HTTPS fixture server, opens every variant under its real hostname, asserts the behaviour through
 * `window.__fixture` and the DOM, writes screenshots to /tmp/fixture-shots/ebay-*.png and exits non-zero when a
 * check fails.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assert, check, equal, summarise } from './fixture-checks.mjs';
import { EBAY_FIXTURE_HOSTS, launchChromium, startFixtureServer } from './fixture-server.mjs';

const SHOTS = '/tmp/fixture-shots';
const POLL = { polling: 100, timeout: 10_000 };
const APP = '/cnt/ViewMessage?group_type=CORE';
// Pinned fixture clock: relative data times count back from 12:00 on this day, so card times are exact.
const NOW = '2026-09-07T12:00';

const poll = () => ({ ...POLL });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Per-locale expectations (clock pinned at NOW). Ids are the dataset's conversation ids, in data order.
const VARIANTS = {
  en: {
    host: 'https://www.ebay.com',
    lang: 'en-US',
    title: 'Messages',
    tab: 'Messages (3)',
    send: 'Send',
    prefix: 'Unread, ',
    orderLabel: 'Order number:',
    times: ['45m', '7h', '2d', '3d', 'Aug 27', 'Mar 5', 'Mar 5, 2024'],
    posted2024: 'Mar 5, 2024, 10:12 AM',
    postedToday: '5:00 AM',
    repeated: 'Has my parcel been shipped yet?',
    ids: [
      '2361048871',
      '2361048872',
      '2361048873',
      '2361048874',
      '2361048875',
      '2361048876',
      '2361048877',
      '2361048878',
    ],
    systemAuthors: ['eBay', 'eBay Customer Service', 'eBay Messages'],
  },
  uk: {
    host: 'https://www.ebay.co.uk',
    lang: 'en-GB',
    title: 'Messages',
    tab: 'Messages (3)',
    send: 'Send',
    prefix: 'Unread, ',
    orderLabel: 'Order number:',
    times: ['45m', '7h', '2d', '3d', '27 Aug', '5 Mar', '5 Mar 2024'],
    posted2024: '5 Mar 2024, 10:12',
    postedToday: '05:00',
    repeated: 'Has my parcel been shipped yet?',
    ids: [
      '2361048871',
      '2361048872',
      '2361048873',
      '2361048874',
      '2361048875',
      '2361048876',
      '2361048877',
      '2361048878',
    ],
    systemAuthors: ['eBay', 'eBay Customer Service', 'eBay Messages'],
  },
  de: {
    host: 'https://www.ebay.de',
    lang: 'de-DE',
    title: 'Nachrichten',
    tab: 'Nachrichten (3)',
    send: 'Senden',
    prefix: 'Ungelesen, ',
    orderLabel: 'Bestellnummer:',
    times: ['vor 45 Min.', 'vor 7 Std.', 'vor 2 Tagen', 'vor 3 Tagen', '27. Aug.', '5. März', '5. März 2024'],
    posted2024: '5. März 2024, 10:12',
    postedToday: '05:00',
    repeated: 'Wurde mein Paket schon verschickt?',
    ids: [
      '4471920031',
      '4471920032',
      '4471920033',
      '4471920034',
      '4471920035',
      '4471920036',
      '4471920037',
      '4471920038',
    ],
    systemAuthors: ['eBay', 'eBay Kundenservice'],
  },
};

const ORDER_ID = /\b\d{2}-\d{5}-\d{5}\b/;

async function openApp(page, url) {
  const res = await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => Boolean(window.__fixture?.ready), poll());
  await page.evaluate(() => window.__fixture.ready);
  return res;
}

const card = (id) => `button.message-button[data-conversation-id="${id}"]`;

async function clickCard(page, id) {
  await page.waitForSelector(card(id), poll());
  await page.click(card(id));
}

async function waitBubbles(page) {
  await page.waitForFunction(
    () => document.querySelector('.msg-content-view .app-conversation__message-bubble'),
    poll(),
  );
}

/** Iframe body text once the placeholder has been replaced (null while loading). */
async function waitEmail(page, includes) {
  await page.waitForFunction(
    (needle) => {
      const doc = document.getElementById('app__email-iframe')?.contentDocument;
      const text = doc?.body?.textContent ?? '';
      return (
        doc?.querySelector('.email-body') && !doc.querySelector('[role=progressbar]') && text.includes(needle)
      );
    },
    poll(),
    includes,
  );
}

const cardsInDom = (page) =>
  page.$$eval('[data-testid="messages-inbox"] button.message-button', (els) =>
    els.map((b) => ({
      id: b.dataset.conversationId,
      testid: b.dataset.testid,
      cls: b.className,
      dot: b.querySelector(':scope > .status-dot')?.className ?? null,
      content: b.querySelector(':scope > .card__content')?.className ?? null,
      username: b.querySelector('.card__username .ux-textspans')?.textContent ?? null,
      clipped: b.querySelector('.card__conversation-title .clipped')?.textContent ?? null,
      title: b.querySelector('.card__conversation-title')?.textContent ?? null,
      latest: b.querySelector('.card__latest-message .ux-textspans')?.textContent ?? null,
      time: b.querySelector('.card__datetime small')?.textContent ?? null,
    })),
  );

const bubbles = (page) =>
  page.$$eval('.msg-content-view .app-conversation__message-bubble', (els) =>
    els.map((b) => ({
      grey: b.classList.contains('app-conversation__message-bubble__grey'),
      text: b.querySelector('.app-conversation__message-bubble__message__content')?.textContent ?? '',
      time: b.querySelector('.app-conversation__message-bubble__posted-time')?.textContent ?? '',
      imgs: [...b.querySelectorAll('img')].map((i) => i.getAttribute('src')),
      innerText: b.innerText,
    })),
  );

async function shot(page, name) {
  await page.bringToFront();
  await page.screenshot({ path: `${SHOTS}/ebay-${name}.png` });
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
    if (msg.type() === 'error') pageErrors.push(msg.text());
  });
  page.on('response', (res) => {
    if (res.status() >= 400) pageErrors.push(`${res.status()} ${res.url()}`);
  });

  try {
    console.log(`fixture server on 127.0.0.1:${server.port}, Chromium ${await browser.version()}`);

    for (const [key, v] of Object.entries(VARIANTS)) {
      const base = `${v.host}${APP}&now=${NOW}`;
      console.log(`\n[${key}] ${base}`);

      await check(`${key}: cards follow the PORTALS 3.2 sketch; chrome, counts and times`, async () => {
        const res = await openApp(page, base);
        equal(res.status(), 200, 'status');
        equal(await page.evaluate(() => document.documentElement.lang), v.lang, '<html lang>');
        equal(await page.evaluate(() => window.__fixture.page), 'ebay-messages', 'page');
        equal(await page.$eval('.app-messages__title', (e) => e.textContent), v.title, 'title');
        equal(await page.$eval('.mye-tabs__tab--active', (e) => e.textContent), v.tab, 'My eBay tab count');
        assert(await page.$('#gh a[href^="/usr/"]'), '#gh account link');
        assert(await page.$('[data-testid="messages-inbox"].app-infinite-scroll'), 'scroller');
        assert(await page.$('.Xk3s9aQ'), 'hashed wrapper class');
        const json = await page.$eval('#app-config', (e) => e.textContent);
        assert(/"userId":"[a-z_]+"/.test(json), `page JSON ${json}`);
        const badges = await page.$$eval('.app-folders .badge', (els) => els.map((e) => e.textContent));
        equal(badges, ['3', '3'], 'folder badges');

        const threads = await page.evaluate(() => window.__fixture.threads());
        equal(
          threads.map((th) => th.conversationId),
          v.ids,
          'data ids',
        );
        const cards = await cardsInDom(page);
        equal(cards.length, 8, 'cards');
        for (const c of cards) {
          const th = threads.find((x) => x.conversationId === c.id);
          assert(th, `card ${c.id} has data`);
          equal(
            c.testid,
            th.type === 'ebay' ? 'conversation-item__from-ebay' : 'conversation-item__from-member',
            `testid ${c.id}`,
          );
          equal(c.username, th.username, `username ${c.id}`);
          assert(c.latest?.length > 0 || th.messages.at(-1).attachments.length, `latest ${c.id}`);
          if (th.unread) {
            assert(/\bunread\b/.test(c.cls), `unread class ${c.id}`);
            equal(c.dot, 'status-dot', `dot ${c.id}`);
            assert(c.content.includes('card__content-unread'), `content ${c.id}`);
            equal(c.clipped, v.prefix, `clipped ${c.id}`);
            assert(c.title.startsWith(v.prefix), `title prefix ${c.id}`);
          } else {
            assert(!/\bunread\b/.test(c.cls), `read class ${c.id}`);
            equal(c.dot, 'status-dot status-dot--hidden', `dot ${c.id}`);
            assert(c.content.includes('card__content-read'), `content ${c.id}`);
            equal(c.clipped, null, `no clipped ${c.id}`);
          }
        }
        equal(cards.filter((c) => c.testid.includes('from-ebay')).length, 2, 'from-ebay cards');
        equal(cards.filter((c) => c.clipped).length, 3, 'unread cards');
        equal(
          cards.map((c) => c.time),
          [v.times[0], v.times[1], v.times[2], v.times[2], v.times[3], v.times[4], v.times[5], v.times[6]],
          'card times, newest first',
        );
        await shot(page, `${key}-list`);
      });

      await check(
        `${key}: card click = pushState + new pane; bubbles newest-first; item card; read`,
        async () => {
          const threads = await page.evaluate(() => window.__fixture.threads());
          const th = threads[0];
          await page.evaluate(() => {
            window.__noReload = true;
          });
          await clickCard(page, th.conversationId);
          await waitBubbles(page);
          const url = new URL(page.url());
          equal(url.pathname, '/cnt/ViewMessage', 'pathname');
          equal(url.searchParams.get('group_type'), 'CORE', 'group_type');
          equal(url.searchParams.get('conversation_id'), th.conversationId, 'conversation_id');
          equal(
            await page.evaluate(() => window.__fixture.openConversationId()),
            th.conversationId,
            'open id',
          );
          const got = await bubbles(page);
          const expected = [...th.messages].reverse();
          equal(
            got.map((b) => b.text),
            expected.map((m) => m.text),
            'texts newest first',
          );
          equal(
            got.map((b) => b.grey),
            expected.map((m) => m.direction === 'in'),
            'grey = buyer',
          );
          equal(
            got.map((b) => b.time),
            expected.map((m) => m.displayTime),
            'posted times',
          );
          equal(got[0].time, v.postedToday, 'today posted time');
          for (const b of got.filter((x) => x.grey)) {
            assert(
              b.innerText.startsWith(th.buyer[0].toUpperCase()),
              `avatar initial: ${b.innerText.slice(0, 20)}`,
            );
            // innerText collapses the copy's line breaks (the visually hidden copy is `white-space: nowrap`).
            const flat = (x) => x.replace(/\s+/g, ' ').trim();
            assert(
              flat(b.innerText).split(flat(b.text)).length - 1 >= 2,
              'screen-reader duplicate in innerText',
            );
          }
          const href = await page.$eval('.app-base-item-card__item-title a', (a) => a.href);
          assert(href.endsWith(`/itm/${th.itemId}`) && /\/itm\/\d{12}$/.test(href), `item href ${href}`);
          const order = await page.$eval('.app-base-item-card__order', (e) => e.textContent);
          assert(order.startsWith(v.orderLabel) && order.includes(th.orderId), `order line ${order}`);
          assert(ORDER_ID.test(th.orderId), 'order id format');
          const c = (await cardsInDom(page)).find((x) => x.id === th.conversationId);
          equal(c.dot, 'status-dot status-dot--hidden', 'card read after open');
          assert(c.cls.includes('card__item--active'), 'active card after click');
          equal(await page.evaluate(() => window.__fixture.threads()[0].unread), false, 'hook unread');
          equal(
            await page.$eval('.mye-tabs__tab--active', (e) => e.textContent),
            v.tab.replace('3', '2'),
            'count after read',
          );
          equal(
            await page.$$eval('#imageupload__send--button', (e) => e.map((b) => b.textContent)),
            [v.send],
            'Send',
          );
          await shot(page, `${key}-thread`);

          await page.evaluate(() => {
            document.querySelector('.app-conversation').__marker = 1;
          });
          const second = threads[1];
          await clickCard(page, second.conversationId);
          await page.waitForFunction(
            (id) => new URLSearchParams(location.search).get('conversation_id') === id,
            poll(),
            second.conversationId,
          );
          await page.waitForFunction(
            (text) =>
              [...document.querySelectorAll('.app-conversation__message-bubble__message__content')].filter(
                (e) => e.textContent === text,
              ).length === 2,
            poll(),
            v.repeated,
          );
          assert(await page.evaluate(() => window.__noReload), 'no page load');
          assert(
            await page.evaluate(() => !document.querySelector('.app-conversation').__marker),
            'pane replaced',
          );
          equal(new URL(page.url()).searchParams.get('conversation_id'), second.conversationId, 'second url');

          await page.goBack();
          await page.waitForFunction(
            (text) =>
              document.querySelector('.app-conversation__message-bubble__message__content')?.textContent ===
              text,
            poll(),
            th.messages.at(-1).text,
          );
          await page.goBack();
          await page.waitForSelector('.app-thread-placeholder', poll());
          equal(new URL(page.url()).searchParams.get('conversation_id'), null, 'back to inbox url');
          equal(await page.evaluate(() => window.__fixture.openConversationId()), null, 'nothing open');
          assert(await page.evaluate(() => window.__noReload), 'no page load on back');
        },
      );

      await check(`${key}: e-mail messages load into ONE reused iframe after a placeholder`, async () => {
        await openApp(page, `${base}&latency=400`);
        const threads = await page.evaluate(() => window.__fixture.threads());
        const long = threads[2];
        equal(long.mode, 'email', 'mode');
        await clickCard(page, long.conversationId);
        await page.waitForSelector('iframe#app__email-iframe', poll());
        const loading = await page.evaluate(() => {
          const f = document.getElementById('app__email-iframe');
          return {
            busy: f.getAttribute('aria-busy'),
            placeholder: Boolean(f.contentDocument.querySelector('[role=progressbar]')),
            body: Boolean(f.contentDocument.querySelector('.email-body')),
          };
        });
        equal(loading, { busy: 'true', placeholder: true, body: false }, 'placeholder first');
        await waitEmail(page, long.messages.at(-1).text.slice(0, 40));
        const longText = long.messages.at(-1).text;
        assert(longText.length >= 2000, `long message ${longText.length}`);
        const doc = await page.evaluate(() => {
          const d = document.getElementById('app__email-iframe').contentDocument;
          return {
            bodies: [...d.querySelectorAll('.email-body')].map((e) => e.textContent),
            text: d.body.textContent,
            sameOrigin: d.location.origin === 'null' || d.location.href === 'about:blank',
          };
        });
        equal(doc.bodies[0], longText, 'newest e-mail first, text intact');
        equal(doc.bodies.length, long.messages.length, 'every message in the document');
        assert(doc.text.includes(long.orderId) && doc.text.includes(long.itemId), 'item and order ids');
        assert(!(await page.$('.msg-content-view .app-conversation__message-bubble')), 'no bubbles');
        equal(await page.evaluate(() => window.__fixture.composerState()), '', 'member e-mail has composer');
        await shot(page, `${key}-email`);

        await page.evaluate(() => {
          document.getElementById('app__email-iframe').__marker = 1;
        });
        const notice = threads[5];
        await clickCard(page, notice.conversationId);
        await page.waitForFunction(
          () =>
            document.getElementById('app__email-iframe')?.contentDocument.querySelector('[role=progressbar]'),
          poll(),
        );
        await waitEmail(page, notice.messages[0].text.slice(0, 30));
        assert(
          await page.evaluate(() => document.getElementById('app__email-iframe').__marker === 1),
          'same iframe element reused',
        );
        equal(await page.$$eval('iframe#app__email-iframe', (f) => f.length), 1, 'one iframe');
        const sender = await page.evaluate(
          () =>
            document.getElementById('app__email-iframe').contentDocument.querySelector('.email-meta__value')
              .textContent,
        );
        equal(sender, 'eBay', 'system sender');
        equal(
          await page.evaluate(() => window.__fixture.composerState()),
          null,
          'no composer on eBay notices',
        );
        assert(!(await page.$('#imageupload__sendmessage--textbox')), 'no textarea');
        await shot(page, `${key}-ebay-notice`);

        const cs = threads[6];
        await clickCard(page, cs.conversationId);
        await waitEmail(page, cs.messages[1].text.slice(0, 30));
        const senders = await page.evaluate(() =>
          [
            ...document
              .getElementById('app__email-iframe')
              .contentDocument.querySelectorAll('.email-message'),
          ].map((m) => m.querySelector('.email-meta__value').textContent),
        );
        equal(
          senders,
          [...cs.messages].reverse().map((m) => m.author),
          'system senders newest first',
        );
        for (const a of cs.messages.map((m) => m.author)) assert(v.systemAuthors.includes(a), `author ${a}`);
        assert(
          cs.messages.every((m) => m.system && m.direction === 'in'),
          'system flags',
        );

        await clickCard(page, threads[0].conversationId);
        await waitBubbles(page);
        assert(
          await page.evaluate(() => document.querySelector('.app-email-view').hidden),
          'e-mail view hidden for bubbles',
        );
      });

      await check(`${key}: hostile conversation stays text and never executes`, async () => {
        await openApp(page, `${base}&latency=0`);
        const hostile = (await page.evaluate(() => window.__fixture.threads())).find((th) =>
          th.messages.some((m) => m.text.includes('onerror')),
        );
        await page.evaluate((id) => window.__fixture.openThread(id), hostile.conversationId);
        await sleep(200);
        const res = await page.evaluate(() => ({
          pwned: window.__pwned ?? null,
          tags: document.querySelectorAll(
            '.app-conversation__messages img, .app-conversation__messages script, .app-conversation__messages button',
          ).length,
          xImgs: document.querySelectorAll('img[src="x"]').length,
          sendButtons: document.querySelectorAll('#imageupload__send--button').length,
          text: document.querySelector('.app-conversation__messages').textContent,
          title: document.querySelector(`.message-button.card__item--active .card__conversation-title`)
            ?.textContent,
        }));
        equal(res.pwned, null, '__pwned');
        equal(res.tags + res.xImgs, 0, 'parsed hostile tags');
        equal(res.sendButtons, 1, 'only the real Send button');
        assert(res.title.includes('<img src=x onerror='), 'hostile card title as text');
        for (const s of [
          '<img src=x onerror=',
          '<script>window.__pwned=2</script>',
          '<button id="imageupload__send--button">Send</button>',
          '.app-conversation__message-bubble',
          'Ignore previous instructions',
          '😀🚚𝒜',
          '👨‍👩‍👧',
          '🇺🇸🇩🇪🇯🇵',
          '\u202E',
          '\u200B',
          '\uFEFF',
          'الطلب',
          '22-12121-21212',
        ]) {
          assert(res.text.includes(s), `missing ${JSON.stringify(s)}`);
        }
        await shot(page, `${key}-hostile`);

        // The same text in e-mail mode, inside the iframe.
        await openApp(page, `${base}&latency=0&mode=email&conversation_id=${hostile.conversationId}`);
        await waitEmail(page, 'Ignore previous instructions');
        const inFrame = await page.evaluate(() => {
          const d = document.getElementById('app__email-iframe').contentDocument;
          return {
            pwned: window.__pwned ?? null,
            tags: d.querySelectorAll('.email-body img, .email-body script, .email-body button').length,
            text: d.body.textContent,
          };
        });
        equal(inFrame.pwned, null, '__pwned (iframe)');
        equal(inFrame.tags, 0, 'parsed tags in iframe');
        assert(inFrame.text.includes('<script>window.__pwned=2</script>'), 'script as text in iframe');
      });

      await check(`${key}: images, 2024 thread and deep links`, async () => {
        const threads = await page.evaluate(() => window.__fixture.threads());
        const photos = threads[3];
        await openApp(page, `${base}&conversation_id=${photos.conversationId}`);
        await waitBubbles(page);
        const got = await bubbles(page);
        const imgs = got.flatMap((b) => b.imgs);
        equal(imgs.length, 3, 'image attachments');
        assert(
          imgs.every((src) => src.endsWith('.svg')),
          'img src',
        );
        assert(
          got.some((b) => b.imgs.length && b.text === ''),
          'image-only bubble without text',
        );
        assert(
          got.some((b) => b.text.includes('😀🚚𝒜') && b.text.includes('👨‍👩‍👧')),
          'emoji text',
        );
        assert(
          await page.$$eval('.msg-content-view img', (els) =>
            els.every((i) => i.complete && i.naturalWidth > 0 && i.closest('.app-conversation')),
          ),
          'images loaded',
        );
        const active = await page.$eval(card(photos.conversationId), (b) => b.className);
        assert(!active.includes('card__item--active'), 'no active class on a deep link');
        await shot(page, `${key}-photos`);

        const old = threads[7];
        await page.evaluate((id) => window.__fixture.openThread(id), old.conversationId);
        await waitBubbles(page);
        const times = (await bubbles(page)).map((b) => b.time);
        equal(times[0], v.posted2024, '2024 posted time');
        const dividers = await page.$$eval('.app-conversation__date-divider', (els) =>
          els.map((e) => e.textContent),
        );
        assert(dividers.length === 3, `date dividers ${dividers}`);

        if (key === 'en') {
          await openApp(
            page,
            `${v.host}/cnt/ViewMessage?reference_id=${threads[0].itemId}&other_user_id=${threads[0].buyer}&reference_type=LISTING&latency=0`,
          );
          equal(
            await page.evaluate(() => window.__fixture.openConversationId()),
            threads[0].conversationId,
            'ref',
          );
          const redirect = await page.goto(`${v.host}/sh/messages`);
          equal(new URL(redirect.url()).pathname, '/cnt/ViewMessage', 'Seller Hub redirect');
          equal(new URL(redirect.url()).searchParams.get('group_type'), 'CORE', 'redirect group_type');
        }
      });
    }

    console.log('\n[behaviour]');
    const en = VARIANTS.en;
    const base = `${en.host}${APP}&now=${NOW}`;

    await check(
      'loading: skeleton cards and a progressbar before the list; skeleton pane before a thread',
      async () => {
        await page.goto(`${base}&latency=1500`, { waitUntil: 'domcontentloaded' });
        await page.waitForFunction(
          () =>
            document.querySelector('[data-testid="messages-inbox"] .skeleton') &&
            document.querySelector('[data-testid="messages-inbox"] [role=progressbar]'),
          poll(),
        );
        assert(!(await page.$('button.message-button')), 'no cards while loading');
        await shot(page, 'loading');
        await page.evaluate(() => window.__fixture.ready);
        assert(!(await page.$('[data-testid="messages-inbox"] .skeleton')), 'skeleton gone');
        await page.evaluate(() => {
          document.querySelector('[data-conversation-id]').click();
        });
        await page.waitForSelector('.app-conversation--loading [role=progressbar]', poll());
        assert(!(await page.$('.app-conversation__message-bubble')), 'no bubbles while loading');
        await waitBubbles(page);
        assert(!(await page.$('.app-conversation--loading')), 'loading pane replaced');
      },
    );

    await check('nav=none: thread switches without any URL change', async () => {
      await openApp(page, `${base}&latency=0&nav=none`);
      const start = page.url();
      const entries = await page.evaluate(() => history.length);
      const threads = await page.evaluate(() => window.__fixture.threads());
      await clickCard(page, threads[0].conversationId);
      await waitBubbles(page);
      await clickCard(page, threads[1].conversationId);
      await page.waitForFunction(
        (id) => window.__fixture.openConversationId() === id && document.querySelector('.app-conversation'),
        poll(),
        threads[1].conversationId,
      );
      equal(page.url(), start, 'url unchanged');
      equal(await page.evaluate(() => history.length), entries, 'no history entries');
    });

    await check(
      'composer: React-like tracker, Send from state, newest-first outgoing bubble, auto-grow',
      async () => {
        await openApp(page, `${base}&latency=0&conversation_id=${en.ids[0]}`);
        await waitBubbles(page);
        equal(await page.evaluate(() => window.__fixture.composerState()), '', 'empty state');
        const markup = await page.evaluate(() => {
          const ta = document.getElementById('imageupload__sendmessage--textbox');
          const btn = document.getElementById('imageupload__send--button');
          return {
            parent: ta.parentElement.className,
            cls: ta.className,
            tag: btn.tagName,
            text: btn.textContent,
            disabled: btn.disabled,
            file: Boolean(document.querySelector('.imageupload input[type=file]')),
          };
        });
        equal(
          markup,
          {
            parent: 'imageupload__inputmultiline',
            cls: 'textbox__control',
            tag: 'BUTTON',
            text: 'Send',
            disabled: true,
            file: true,
          },
          'markup',
        );
        const res = await page.evaluate(() => {
          const ta = document.getElementById('imageupload__sendmessage--textbox');
          const fire = () => ta.dispatchEvent(new Event('input', { bubbles: true }));
          const h0 = ta.offsetHeight;
          ta.value = 'plain assignment';
          fire();
          const afterPlain = window.__fixture.composerState();
          const disabledAfterPlain = document.getElementById('imageupload__send--button').disabled;
          const text = 'Line 1\nLine 2\nLine 3\nLine 4\nLine 5\nLine 6';
          Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(ta, text);
          fire();
          return {
            afterPlain,
            disabledAfterPlain,
            afterNative: window.__fixture.composerState(),
            disabled: document.getElementById('imageupload__send--button').disabled,
            grew: ta.offsetHeight > h0 + 40,
          };
        });
        equal(
          res,
          {
            afterPlain: '',
            disabledAfterPlain: true,
            afterNative: 'Line 1\nLine 2\nLine 3\nLine 4\nLine 5\nLine 6',
            disabled: false,
            grew: true,
          },
          'tracker',
        );
        // The DOM value differs from the state: Send must use the state.
        await page.evaluate(() => {
          const ta = document.getElementById('imageupload__sendmessage--textbox');
          ta.value = 'DOM only, never sent';
        });
        await page.click('#imageupload__send--button');
        const sent = await page.evaluate(() => ({
          sent: window.__fixture.sentMessages(),
          first: (() => {
            const b = document.querySelector('.app-conversation__message-bubble');
            return {
              grey: b.classList.contains('app-conversation__message-bubble__grey'),
              text: b.querySelector('.app-conversation__message-bubble__message__content').textContent,
            };
          })(),
          box: document.getElementById('imageupload__sendmessage--textbox').value,
          state: window.__fixture.composerState(),
          disabled: document.getElementById('imageupload__send--button').disabled,
          height: document.getElementById('imageupload__sendmessage--textbox').offsetHeight,
          last: window.__fixture.threads()[0].messages.at(-1),
        }));
        const text = 'Line 1\nLine 2\nLine 3\nLine 4\nLine 5\nLine 6';
        equal(sent.sent, [text], 'sent from state');
        equal(sent.first, { grey: false, text }, 'outgoing bubble at the top');
        equal([sent.box, sent.state, sent.disabled], ['', '', true], 'cleared');
        assert(sent.height <= 44, `height reset ${sent.height}`);
        equal(
          [sent.last.direction, sent.last.author, sent.last.mode],
          ['out', 'northwind_outfitters', 'bubble'],
          'hook',
        );
        // setRangeText + input is accepted too; a content script's isolated world bypasses the tracker.
        equal(
          await page.evaluate(() => {
            const ta = document.getElementById('imageupload__sendmessage--textbox');
            ta.setRangeText('via setRangeText');
            ta.dispatchEvent(new Event('input', { bubbles: true }));
            return window.__fixture.composerState();
          }),
          'via setRangeText',
          'setRangeText',
        );
        await page
          .mainFrame()
          .isolatedRealm()
          .evaluate(() => {
            const ta = document.getElementById('imageupload__sendmessage--textbox');
            ta.value = 'from isolated world';
            ta.dispatchEvent(new Event('input', { bubbles: true }));
          });
        equal(
          await page.evaluate(() => window.__fixture.composerState()),
          'from isolated world',
          'isolated world',
        );
      },
    );

    await check(
      'addMessage: live inbound bubble at the TOP, card updated; other and e-mail conversations',
      async () => {
        await openApp(page, `${base}&latency=0`);
        const threads = await page.evaluate(() => window.__fixture.threads());
        let threw = false;
        await page
          .evaluate(() => window.__fixture.addMessage({ text: 'x' }))
          .catch(() => {
            threw = true;
          });
        assert(threw, 'throws with nothing open');
        const c1 = threads[0].conversationId;
        await page.evaluate((id) => window.__fixture.openThread(id), c1);
        const added = await page.evaluate(() =>
          window.__fixture.addMessage({ direction: 'in', text: 'Any news?\nStill waiting 😀' }),
        );
        equal(
          [added.direction, added.author, added.system, added.displayTime.length > 0],
          ['in', 'lentn_978928864', false, true],
          'added',
        );
        const top = (await bubbles(page))[0];
        equal([top.grey, top.text], [true, 'Any news?\nStill waiting 😀'], 'top bubble');
        const cards = await cardsInDom(page);
        equal(cards[0].id, c1, 'card moved to top');
        equal(
          [cards[0].latest, cards[0].time, cards[0].clipped],
          ['Any news? Still waiting 😀', 'Just now', null],
          'card',
        );
        await page.evaluate(() =>
          window.__fixture.addMessage({
            direction: 'in',
            text: '',
            attachments: ['/__fixtures/ebay/img/box-corner.svg'],
          }),
        );
        equal((await bubbles(page))[0].imgs, ['/__fixtures/ebay/img/box-corner.svg'], 'image message at top');
        const sys = await page.evaluate(() =>
          window.__fixture.addMessage({ text: 'Notice', author: 'eBay' }),
        );
        equal([sys.system, sys.author], [true, 'eBay'], 'system author');

        const old = threads[7].conversationId;
        await page.evaluate(
          (id) => window.__fixture.addMessage({ conversationId: id, text: 'Hello again!' }),
          old,
        );
        const after = await cardsInDom(page);
        equal(
          [after[0].id, after[0].clipped, after[0].dot],
          [old, en.prefix, 'status-dot'],
          'closed card unread at top',
        );
        equal(await page.$eval('.mye-tabs__tab--active', (e) => e.textContent), 'Messages (3)', 'count up');
        equal(await page.evaluate(() => window.__fixture.openConversationId()), c1, 'open thread unchanged');

        const mail = threads[2].conversationId;
        await page.evaluate((id) => window.__fixture.openThread(id), mail);
        await page.evaluate(() => window.__fixture.addMessage({ text: 'Live e-mail message' }));
        await waitEmail(page, 'Live e-mail message');
        equal(
          await page.evaluate(
            () =>
              document.getElementById('app__email-iframe').contentDocument.querySelector('.email-body')
                .textContent,
          ),
          'Live e-mail message',
          'newest e-mail first',
        );
      },
    );

    await check('rows=200: virtualised infinite scroll renders only visible cards', async () => {
      await openApp(page, `${base}&latency=300&rows=200`);
      equal(await page.evaluate(() => window.__fixture.threads().length), 200, 'conversations');
      const first = await cardsInDom(page);
      assert(first.length >= 5 && first.length <= 16, `rendered cards ${first.length}`);
      const geometry = await page.$eval('[data-testid="messages-inbox"]', (s) => ({
        scrollHeight: s.scrollHeight,
        clientHeight: s.clientHeight,
      }));
      assert(geometry.scrollHeight >= 20 * 88, `first page height ${geometry.scrollHeight}`);
      await shot(page, 'rows-top');
      await page.$eval('[data-testid="messages-inbox"]', (s) => {
        s.scrollTop = 10 * 88;
      });
      await page.waitForFunction(
        (id) => !document.querySelector(`[data-conversation-id="${id}"]`),
        poll(),
        first[0].id,
      );
      const mid = await cardsInDom(page);
      assert(mid.length <= 16, `rendered after scroll ${mid.length}`);
      assert(!mid.some((c) => c.id === first[0].id), 'first card unmounted');
      // Scroll to the bottom: the next page loads behind a skeleton and a progressbar.
      await page.$eval('[data-testid="messages-inbox"]', (s) => {
        s.scrollTop = s.scrollHeight;
      });
      await page.waitForFunction(
        () =>
          document.querySelector('.app-infinite-scroll__loader [role=progressbar]') &&
          document.querySelector('.app-infinite-scroll__loader .skeleton'),
        poll(),
      );
      await page.waitForFunction(
        (h) => document.querySelector('[data-testid="messages-inbox"]').scrollHeight > h,
        poll(),
        geometry.scrollHeight,
      );
      const deep = await cardsInDom(page);
      assert(deep.length <= 16, `rendered at the bottom ${deep.length}`);
      const target = deep.at(-4).id;
      await clickCard(page, target);
      await waitBubbles(page);
      equal(await page.evaluate(() => window.__fixture.openConversationId()), target, 'deep card opens');
      await shot(page, 'rows-scrolled');
    });

    await check('n=200: conversation 0 holds 200 generated bubbles, alternating, 17 min apart', async () => {
      await openApp(page, `${base}&latency=0&mode=email&n=200`);
      const first = await page.evaluate(() => window.__fixture.threads()[0]);
      equal(first.messages.length, 200, 'generated messages');
      equal(first.mode, 'bubble', 'bubble mode even with mode=email');
      assert(
        first.messages.every((m, i) => m.direction === (i % 2 === 0 ? 'in' : 'out')),
        'alternating buyer / seller',
      );
      const gaps = first.messages.slice(1).map((m, i) => Date.parse(m.at) - Date.parse(first.messages[i].at));
      assert(
        gaps.every((g) => g === 17 * 60_000),
        `17 minutes apart: ${[...new Set(gaps)]}`,
      );
      equal(new Set(first.messages.map((m) => m.text)).size, 200, 'distinct texts');
      const biggest = await page.evaluate(() =>
        window.__fixture.threads().reduce((a, b) => (b.messages.length > a.messages.length ? b : a)),
      );
      equal(biggest.conversationId, en.ids[0], 'the biggest conversation');
      await page.evaluate((id) => window.__fixture.openThread(id), en.ids[0]);
      await page.waitForFunction(
        () => document.querySelectorAll('.app-conversation__message-bubble').length === 200,
        poll(),
      );
      assert(new URL(page.url()).searchParams.get('n') === '200', 'n is carried over into pushed URLs');
      const newest = (await bubbles(page))[0];
      equal(newest.text, first.messages[199].text, 'newest first');
    });

    await check('folders and tabs: pushState with conversation_type / status; badges', async () => {
      await openApp(page, `${base}&latency=0`);
      await page.click('.app-folders__item:nth-child(3)'); // From eBay
      await page.waitForFunction(
        () => new URLSearchParams(location.search).get('conversation_type') === 'FROM_EBAY',
        poll(),
      );
      const ebay = await cardsInDom(page);
      equal(ebay.length, 2, 'eBay cards');
      assert(
        ebay.every((c) => c.testid === 'conversation-item__from-ebay'),
        'from-ebay only',
      );
      await page.click('.app-folders__item:nth-child(1)');
      await page.click('.app-inbox__tab:nth-child(2)');
      await page.waitForFunction(
        () => new URLSearchParams(location.search).get('status') === 'UNREAD',
        poll(),
      );
      equal((await cardsInDom(page)).length, 3, 'unread cards');
      await page.goBack();
      await page.waitForFunction(() => !new URLSearchParams(location.search).get('status'), poll());
      await page.waitForFunction(
        () => document.querySelectorAll('button.message-button').length === 8,
        poll(),
      );
    });

    await check('mode=email and mode=bubble force one rendering for every conversation', async () => {
      await openApp(page, `${base}&latency=0&mode=email&conversation_id=${en.ids[0]}`);
      await waitEmail(page, 'lower the price');
      assert(!(await page.$('.app-conversation__message-bubble')), 'no bubbles');
      equal(
        await page.evaluate(() => window.__fixture.threads()[0].messages.map((m) => m.mode)),
        ['email', 'email', 'email', 'email', 'email'],
        'modes',
      );
      await openApp(page, `${base}&latency=0&mode=bubble&conversation_id=${en.ids[6]}`);
      await waitBubbles(page);
      const got = await bubbles(page);
      equal(got.length, 2, 'eBay notices as bubbles');
      assert(
        got.every((b) => b.grey),
        'system bubbles grey',
      );
      assert(!(await page.$('iframe#app__email-iframe')), 'no iframe');
      equal(await page.evaluate(() => window.__fixture.composerState()), null, 'no composer');
    });

    await check('layout=redesign: a conversation is open but no known hook exists', async () => {
      await openApp(page, `${base}&layout=redesign`);
      const url = new URL(page.url());
      assert(url.searchParams.get('conversation_id'), 'thread url');
      const counts = await page.evaluate(() =>
        [
          'button.message-button',
          '[data-conversation-id]',
          '[data-testid="messages-inbox"]',
          '.app-infinite-scroll',
          '.msg-content-view',
          '.app-conversation__message-bubble',
          '[class*="message-bubble"]',
          '#app__email-iframe',
          '#imageupload__sendmessage--textbox',
          '#imageupload__send--button',
          '.app-base-item-card__item-title',
          '.card__username',
        ].map((s) => document.querySelectorAll(s).length),
      );
      assert(
        counts.every((n) => n === 0),
        `known hooks present: ${counts}`,
      );
      const id = url.searchParams.get('conversation_id');
      const th = (await page.evaluate(() => window.__fixture.threads())).find((x) => x.conversationId === id);
      equal(await page.$$eval('main li', (e) => e.length), th.messages.length, 'messages rendered');
      equal(await page.evaluate(() => window.__fixture.composerState()), '', 'contenteditable composer');
      await page.evaluate(() => window.__fixture.addMessage({ text: 'Redesign live message' }));
      assert(
        (await page.$eval('main', (m) => m.textContent)).includes('Redesign live message'),
        'live message in redesign',
      );
      await shot(page, 'redesign');
    });

    await check(
      'legacy mesg.ebay.com: msg-read/unread rows, cell ids, #msg-desc + iframe#email_iframe',
      async () => {
        const res = await openApp(page, 'https://mesg.ebay.com/mesgweb/ViewMessages/0');
        equal(res.status(), 200, 'status');
        equal(await page.evaluate(() => window.__fixture.page), 'ebay-legacy', 'page');
        const msgs = await page.evaluate(() => window.__fixture.messages());
        const rows = await page.$$eval('tr.msg-read, tr.msg-unread', (trs) =>
          trs.map((tr) => ({
            unread: tr.classList.contains('msg-unread'),
            from: tr.querySelector('[id$="-from"]')?.textContent,
            sub: tr.querySelector('[id$="-sub"]')?.textContent,
            recvd: tr.querySelector('[id$="-msg-recvd"]')?.textContent,
            href: tr.querySelector('[id$="-sub"] a')?.getAttribute('href'),
          })),
        );
        equal(rows.length, msgs.length, 'rows');
        assert(rows.length >= 10, `row count ${rows.length}`);
        assert(
          rows.every((r) => r.from && r.sub && /^[A-Z][a-z]{2}-\d{2}-\d{2}$/.test(r.recvd)),
          'cells',
        );
        equal(rows.filter((r) => r.unread).length, 3, 'unread rows');
        assert(
          rows.some((r) => r.from === 'eBay'),
          'eBay sender in inbox',
        );
        await shot(page, 'legacy-list');

        const unread = rows.find((r) => r.unread && !r.sub.includes('onerror'));
        await page.goto(`https://mesg.ebay.com${unread.href}`);
        await page.waitForFunction(() => Boolean(window.__fixture?.ready), poll());
        await page.evaluate(() => window.__fixture.ready);
        const desc = await page.$eval('#msg-desc', (e) => e.textContent);
        for (const re of [/Item ID: \d{12}/, /Order number: \d{2}-\d{5}-\d{5}/, /Transaction ID: \d{12,13}/])
          assert(re.test(desc), `detail ${re}`);
        const body = await page.evaluate(
          () => document.getElementById('email_iframe').contentDocument.body.textContent,
        );
        const msg = msgs.find((m) => unread.href.endsWith(m.messageId));
        assert(body.includes(msg.text), 'iframe body');
        await shot(page, 'legacy-detail');
        await openApp(page, 'https://mesg.ebay.com/mesgweb/ViewMessages/0');
        equal(
          await page.$eval(`#msg-${msg.messageId}`, (tr) => tr.className),
          'msg-read',
          'read after opening',
        );

        await openApp(page, 'https://mesg.ebay.com/mesgweb/ViewMessages/0/m2m');
        const m2m = await page.$$eval('[id$="-from"]', (els) => els.map((e) => e.textContent));
        assert(m2m.length > 0 && !m2m.some((f) => f.startsWith('eBay')), 'm2m has members only');
        const hostile = (await page.evaluate(() => window.__fixture.messages())).find((m) =>
          m.text.includes('<script>'),
        );
        await openApp(page, `https://mesg.ebay.com/mesgweb/ViewMessageDetail/0/m2m/${hostile.messageId}`);
        await page.waitForFunction(
          () => document.getElementById('email_iframe').contentDocument.body.textContent.includes('<script>'),
          poll(),
        );
        equal(await page.evaluate(() => window.__pwned ?? null), null, '__pwned legacy');
      },
    );

    await check('other eBay paths: Seller Hub overview with chrome and counts, no messages', async () => {
      for (const [url, lang, label] of [
        ['https://www.ebay.com/sh/ovw', 'en-US', 'Messages (3)'],
        ['https://www.ebay.de/sh/ovw', 'de-DE', 'Nachrichten (3)'],
        ['https://mesg.ebay.com/', 'en-US', 'Messages (3)'],
      ]) {
        const res = await openApp(page, url);
        equal(res.status(), 200, `status ${url}`);
        equal(await page.evaluate(() => window.__fixture.page), 'ebay-home', 'page');
        equal(await page.evaluate(() => document.documentElement.lang), lang, 'lang');
        assert(await page.$('#gh .gh-logo'), 'header');
        assert((await page.$eval('.sh-nav', (e) => e.textContent)).includes(label), 'messages count in nav');
        const hooks = await page.$$eval(
          'button.message-button, .app-conversation__message-bubble, #imageupload__sendmessage--textbox, iframe',
          (e) => e.length,
        );
        equal(hooks, 0, 'no messaging markup');
        if (lang === 'en-US' && url.includes('www')) await shot(page, 'home');
      }
    });

    await check('every eBay host serves the messaging app (UI per host)', async () => {
      const expect = { 'www.ebay.de': 'de-DE', 'www.ebay.at': 'de-DE', 'www.ebay.ch': 'de-DE' };
      for (const host of EBAY_FIXTURE_HOSTS.filter((x) => x !== 'mesg.ebay.com')) {
        await openApp(page, `https://${host}${APP}&latency=0`);
        const ui = await page.evaluate(() => window.__fixture.locale);
        const want = expect[host] ?? (/\.(co\.uk|ie|com\.au)$/.test(host) ? 'en-GB' : 'en-US');
        equal(ui, want, host);
        equal(await page.$$eval('button.message-button', (e) => e.length), 8, `${host} cards`);
      }
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
