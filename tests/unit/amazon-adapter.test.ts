// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { amazonAdapter } from '../../content-scripts/amazon';
import { shownText, translateRead, translationHosts } from './support/inline-translation';

const NOW = new Date(2026, 8, 10, 12, 0).getTime();
const CASE = '3f1c2a9e-8b7d-4c1e-9f2a-5d6e7b8c9a01';
const THREAD_URL = new URL(
  `https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=${CASE}&cc=${CASE}`,
);

function page(html: string, lang = 'en-US') {
  document.documentElement.lang = lang;
  document.body.innerHTML = html; // test fixture markup, not buyer text
}

const shell = (inner: string) => `<div id="sc-navbar-container"><nav>All · Response needed (3)</nav></div>
  <div id="sc-content-container"><main>${inner}</main></div>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('Amazon adapter: recognising pages', () => {
  it('stays quiet outside messaging', () => {
    page(shell('<h1>Home</h1>'));
    expect(amazonAdapter.recognise(document, new URL('https://sellercentral.amazon.com/home')).kind).toBe(
      'other',
    );
  });

  it('reports a thread URL whose thread pane it cannot find, naming the missing anchor', () => {
    page(shell('<div class="new-chat-ui"><p>Hello</p></div>'));
    expect(amazonAdapter.recognise(document, THREAD_URL)).toEqual({
      kind: 'unrecognised',
      missing: ['#case-messages'],
    });
  });

  it('recognises the list and an open thread together', () => {
    page(
      shell(`<kat-table><kat-table-row><kat-table-cell>Palmer</kat-table-cell><kat-table-cell>Order 111-2300471-3237033: Where?</kat-table-cell><kat-table-cell>Sep 4, 2026</kat-table-cell></kat-table-row></kat-table>
      <section><div id="case-messages"><article class="msg inbound"><span class="sender">Palmer</span><p>Hi</p></article></div></section>`),
    );
    expect(amazonAdapter.recognise(document, THREAD_URL).kind).toBe('inbox-with-thread');
  });
});

describe('Amazon adapter: reading a thread', () => {
  it('reads the v3 sketch markup: direction, author, time, text, attachments, status, order', () => {
    page(
      shell(`<section class="Pn2vH6jK">
        <header><h2 class="case-buyer-name">Palmer</h2><div class="case-status-label">Resolved on Sep 5, 2026</div>
          <div class="case-subject">Order 111-2300471-3237033: Where is my order?</div>
          <span>Marketplace: Amazon.com</span></header>
        <div id="case-messages">
          <article class="message-item message-item--inbound DEwekPN7v2"><div class="message-meta"><span class="message-sender">Palmer</span><span class="message-timestamp">Sep 4, 2026 8:15 AM</span></div>
            <div class="message-body">Where is my order?\nIt was due yesterday.</div>
            <ul class="message-attachments"><li class="attachment-chip"><a class="attachment-file-name" href="#" download>photo.jpg</a></li></ul></article>
          <article class="message-item message-item--outbound"><div class="message-meta"><span class="message-sender">You</span><span class="message-timestamp">Sep 4, 2026 9:02 AM</span></div>
            <div class="message-body">It ships today.</div></article>
          <article class="message-item message-item--system"><div class="message-meta"><span class="message-sender">Amazon</span><span class="message-timestamp">Sep 4, 2026 9:30 AM</span></div>
            <div class="message-body">We've been contacted by a customer regarding the order identified below.</div></article>
        </div><kat-textarea></kat-textarea></section>`),
    );

    const result = amazonAdapter.readThread(document, THREAD_URL, NOW);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const t = result.value;
    expect(t).toMatchObject({
      platform: 'amazon',
      site: 'amazon.com',
      nativeThreadId: CASE,
      buyer: { name: 'Palmer' },
      orderIds: ['111-2300471-3237033'],
      subject: 'Order 111-2300471-3237033: Where is my order?',
      portalStatus: 'Resolved on Sep 5, 2026',
      locale: 'en-US',
    });
    expect(t.messages.map((m) => [m.direction, m.author, m.text])).toEqual([
      ['in', 'Palmer', 'Where is my order?\nIt was due yesterday.'],
      ['out', 'You', 'It ships today.'],
      ['system', 'Amazon', "We've been contacted by a customer regarding the order identified below."],
    ]);
    expect(t.messages[0]!.sentAt).toBe(new Date(2026, 8, 4, 8, 15).getTime());
    expect(t.messages[0]!.sentAtPrecision).toBe('minute');
    expect(t.messages[0]!.attachments).toEqual([{ name: 'photo.jpg', url: undefined }]);
  });

  it('reads another generation: div rows with data-testid, direction only from the sender label, German dates', () => {
    page(
      shell(`<div class="thread"><div class="hdr">Nachricht an Jonas · Bestellung 302-1234567-7654321</div>
        <div id="case-messages"><div class="x1"><div class="x2">
          <div data-testid="message"><b class="from">Jonas</b><small class="date">4. Sept. 2026, 16:04</small><div>Wo ist mein Paket?</div></div>
          <div data-testid="message"><b class="from">Sie</b><small class="date">5. Sept. 2026, 09:12</small><div>Es ist unterwegs.</div></div>
        </div></div></div></div>`),
      'de-DE',
    );

    const result = amazonAdapter.readThread(
      document,
      new URL(`https://sellercentral.amazon.de/messaging/inbox?fi=caseId&cc=${CASE}`),
      NOW,
    );

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.site).toBe('amazon.de');
    expect(result.value.orderIds).toEqual(['302-1234567-7654321']);
    expect(result.value.messages.map((m) => [m.direction, m.text])).toEqual([
      ['in', 'Wo ist mein Paket?'],
      ['out', 'Es ist unterwegs.'],
    ]);
    expect(result.value.messages[1]!.sentAt).toBe(new Date(2026, 8, 5, 9, 12).getTime());
  });

  it('puts a newest-first list back in order', () => {
    page(
      shell(`<section><div id="case-messages">
        <article class="inbound"><span class="sender">Yuki</span><time datetime="2026-09-04T07:04:00Z">2026年9月4日 16:04</time><p>ありがとうございます</p></article>
        <article class="outbound"><span class="sender">あなた</span><time datetime="2026-09-04T06:00:00Z">2026年9月4日 15:00</time><p>発送しました</p></article>
      </div></section>`),
      'ja-JP',
    );

    const result = amazonAdapter.readThread(document, THREAD_URL, NOW);

    expect(result.ok && result.value.messages.map((m) => m.text)).toEqual([
      '発送しました',
      'ありがとうございます',
    ]);
  });

  it('keeps hostile text as text and ignores selector-like and fake-control text', () => {
    const hostile =
      '<img src=x onerror="window.__pwned=1"> <kat-button label="Send"> #case-messages .msg 😀𝒜';
    page(
      shell(
        `<section><div id="case-messages"><article class="inbound"><span class="sender">Eve</span><p></p></article></div></section>`,
      ),
    );
    document.querySelector('#case-messages p')!.textContent = hostile;

    const result = amazonAdapter.readThread(document, THREAD_URL, NOW);

    expect(result.ok && result.value.messages).toHaveLength(1);
    expect(result.ok && result.value.messages[0]!.text).toBe(hostile);
  });

  it('derives a stable thread id when the URL carries no case id', () => {
    const html =
      shell(`<section><h2 class="case-buyer-name">Kim</h2><div class="case-subject">Order 113-1111111-2222222</div>
      <div id="case-messages"><article class="inbound"><span class="sender">Kim</span><p>Hi</p></article></div></section>`);
    const url = new URL('https://sellercentral.amazon.com/messaging/inbox');
    page(html);
    const first = amazonAdapter.readThread(document, url, NOW);
    page(html);
    const second = amazonAdapter.readThread(document, url, NOW + 60_000);

    expect(first.ok && first.value.nativeThreadId).toMatch(/^derived-/);
    expect(first.ok && first.value.nativeThreadId).toBe(second.ok && second.value.nativeThreadId);
  });
});

describe('Amazon adapter: inbox list', () => {
  it('reads rows, skipping the header row, with unread state and order ids', () => {
    page(
      shell(`<kat-table><kat-table-head><kat-table-row><kat-table-cell>From</kat-table-cell><kat-table-cell>Subject</kat-table-cell><kat-table-cell>Date</kat-table-cell></kat-table-row></kat-table-head>
        <kat-table-body>
          <kat-table-row class="case-list-row unread"><kat-table-cell>Palmer</kat-table-cell><kat-table-cell>Order 111-2300471-3237033: Where is my order?</kat-table-cell><kat-table-cell>Sep 4, 2026</kat-table-cell></kat-table-row>
          <kat-table-row class="case-list-row"><kat-table-cell>Kim</kat-table-cell><kat-table-cell>Order 113-1111111-2222222: Wrong size</kat-table-cell><kat-table-cell>Sep 3, 2026</kat-table-cell></kat-table-row>
        </kat-table-body></kat-table>`),
    );

    const result = amazonAdapter.readInbox(
      document,
      new URL('https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded'),
      NOW,
    );

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rows.map((r) => [r.buyer, r.unread, r.orderIds[0], r.needsReply])).toEqual([
      ['Palmer', true, '111-2300471-3237033', true],
      ['Kim', false, '113-1111111-2222222', true],
    ]);
    expect(result.value.rows[0]!.at).toBe(new Date(2026, 8, 4).getTime());
  });
});

describe('Amazon adapter: composer', () => {
  it('writes into the textarea inside the kat-textarea shadow root, so input listeners see it', () => {
    page(
      shell(
        `<section><div id="case-messages"><article class="inbound"><p>Hi</p></article></div><kat-textarea></kat-textarea></section>`,
      ),
    );
    const host = document.querySelector('kat-textarea')!;
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('textarea'));
    const seen: string[] = [];
    host.addEventListener('input', () => seen.push(inner.value));

    amazonAdapter.composer(document)!.insert('Thanks for your patience');

    expect(inner.value).toBe('Thanks for your patience');
    expect(seen).toEqual(['Thanks for your patience']);
  });

  it('finds no composer when the page has none', () => {
    page(shell('<section><div id="case-messages"></div></section>'));
    expect(amazonAdapter.composer(document)).toBeNull();
  });
});

describe('Amazon adapter: elements for the translation under buyer messages', () => {
  const thread = () =>
    shell(`<section><header><h2 class="case-buyer-name">Jonas</h2></header>
      <div id="case-messages">
        <article class="message-item message-item--inbound"><span class="message-sender">Jonas</span><span class="message-timestamp">Sep 4, 2026 8:15 AM</span>
          <div class="message-body">Wo ist meine Bestellung?</div></article>
        <article class="message-item message-item--outbound"><span class="message-sender">You</span><span class="message-timestamp">Sep 4, 2026 9:02 AM</span>
          <div class="message-body">It ships today.</div></article>
        <article class="message-item message-item--inbound"><span class="message-sender">Jonas</span><span class="message-timestamp">Sep 5, 2026 7:00 AM</span>
          <div class="message-body">Danke!</div></article>
      </div></section>`);

  it('reports the element of each message, in the order of the messages', () => {
    page(thread());

    const result = amazonAdapter.readThread(document, THREAD_URL, NOW);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.elements).toHaveLength(result.value.messages.length);
    expect(result.elements?.map((el) => el?.tagName)).toEqual(['ARTICLE', 'ARTICLE', 'ARTICLE']);
    result.value.messages.forEach((m, i) => {
      expect(result.elements?.[i]?.textContent).toContain(m.text);
    });
  });

  it('reads the same thread after translations were put under the buyer messages', async () => {
    page(thread());
    const first = amazonAdapter.readThread(document, THREAD_URL, NOW);

    const { shown } = await translateRead(first, amazonAdapter.translationSlot);
    const again = amazonAdapter.readThread(document, THREAD_URL, NOW);

    expect(shown).toBe(2);
    expect(translationHosts(document).map(shownText)).toEqual(['译：Wo ist meine Bestellung?', '译：Danke!']);
    expect(again.ok && again.value).toEqual(first.ok && first.value);
  });
});
