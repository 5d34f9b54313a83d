// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ebayAdapter } from '../../content-scripts/ebay';
import { legacyTime } from '../../content-scripts/ebay/legacy-reader';
import { EBAY_SELECTORS } from '../../content-scripts/ebay/selectors';
import { EBAY_HOSTS } from '../../core/sites';
import { trackValue } from '../fixtures/shared/value-tracker.js';
import { shownText, translateRead, translationHosts } from './support/inline-translation';

/** Thursday, 10 September 2026, 12:00 local. */
const NOW = new Date(2026, 8, 10, 12, 0).getTime();
const at = (month: number, day: number, hour = 0, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute).getTime();
const INBOX_URL = new URL('https://www.ebay.com/cnt/ViewMessage?group_type=CORE');

function page(html: string, lang = 'en-US') {
  document.documentElement.lang = lang;
  document.body.innerHTML = html; // test markup written here, not buyer text
}

beforeEach(() => {
  document.body.innerHTML = '';
});

// ---------------------------------------------------------------------------------------------------------------
// Markup written from PORTALS.md 3.2–3.4 (sketch copied off the live page), with the variants it names

interface CardSpec {
  id: string;
  user: string;
  title: string;
  snippet?: string;
  time: string;
  unread?: boolean;
  fromEbay?: boolean;
  active?: boolean;
}

const card = (c: CardSpec) => `
  <li class="card__item${c.active ? ' card__item--active' : ''}">
    <button class="message-button${c.unread ? ' unread' : ''} Cd1_lkQxa5" data-conversation-id="${c.id}"
        data-testid="conversation-item__${c.fromEbay ? 'from-ebay' : 'from-member'}">
      <span class="status-dot${c.unread ? '' : ' status-dot--hidden'}"></span>
      <div class="card__content ${c.unread ? 'card__content-unread' : 'card__content-read'}">
        <div class="card__message-content-wrapper" data-href="/cnt/ViewMessage?group_type=CORE&amp;conversation_id=${c.id}">
          <p class="card__username"><span class="ux-textspans">${c.user}</span></p>
          <div class="card__conversation-title">${c.unread ? '<span class="clipped">Unread, </span>' : ''}${c.title}</div>
          <div class="card__latest-message"><span class="ux-textspans">${c.snippet ?? ''}</span></div>
        </div>
        <div class="card__datetime"><small>${c.time}</small></div>
      </div>
    </button>
  </li>`;

const CARDS: CardSpec[] = [
  {
    id: '3211809641012',
    user: 'buyer_user_123',
    title: 'Vintage Camera Lens 50mm f/1.8',
    snippet: 'Thanks. If you lower the price…',
    time: '7h',
    unread: true,
  },
  {
    id: '3211809641013',
    user: 'klaus.m-88',
    title: 'Leather Wallet Brown',
    snippet: 'Received, thanks!',
    time: '2d',
  },
  {
    id: '3211809641014',
    user: 'eBay',
    title: 'Your item sold: Vintage Camera Lens',
    snippet: 'Ship by Sep 12',
    time: 'Mar 5',
    fromEbay: true,
  },
];

const list = (cards: CardSpec[] = CARDS) =>
  `<div data-testid="messages-inbox" class="app-infinite-scroll"><ul class="msg-inbox-list">${cards.map(card).join('')}</ul></div>`;

interface BubbleSpec {
  text: string;
  time: string;
  grey?: boolean;
  extra?: string;
}

const bubble = (b: BubbleSpec) => `
  <div class="app-conversation__message-bubble${b.grey ? ' app-conversation__message-bubble__grey' : ''}">
    ${b.grey ? '<div class="app-conversation__avatar" aria-hidden="true">B</div>' : ''}
    <div class="app-conversation__message-bubble__message">
      <p class="app-conversation__message-bubble__message__content">${b.text}</p>
      <span class="clipped">${b.text}</span>
      ${b.extra ?? ''}
    </div>
    <span class="app-conversation__message-bubble__posted-time">${b.time}</span>
  </div>`;

/** Newest first, as eBay renders them. */
const BUBBLES: BubbleSpec[] = [
  { text: 'It ships tomorrow morning.', time: 'Sep 9, 2026 3:15 PM' },
  { text: 'Hi, when will it ship? Order 12-34567-89012', time: 'Sep 9, 2026 10:02 AM', grey: true },
];

const itemCard = (id = '123456789012', title = 'Vintage Camera Lens 50mm f/1.8') => `
  <div class="app-base-item-card">
    <img class="app-base-item-card__image" src="https://i.ebayimg.com/images/g/abc/s-l140.jpg" alt="">
    <div class="app-base-item-card__item-title"><h1><a href="https://www.ebay.com/itm/${id}">${title}<span class="clipped"> - opens in a new window</span></a></h1></div>
    <div class="app-base-item-card__details">US $49.00 · Order number: 12-34567-89012</div>
  </div>`;

const composerBox = `
  <div class="imageupload">
    <div class="imageupload__inputmultiline"><textarea id="imageupload__sendmessage--textbox" class="textbox__control" placeholder="Send a message"></textarea></div>
    <input type="file" class="imageupload__file" hidden>
    <button id="imageupload__send--button" class="btn btn--primary">Send</button>
  </div>`;

const chatPane = (bubbles: BubbleSpec[] = BUBBLES, header = 'buyer_user_123', item = itemCard()) => `
  <div class="msg-content-view msg-content-view--active">
    <div class="app-conversation">
      <div class="app-conversation__header"><h2 class="app-conversation__username"><a href="https://www.ebay.com/usr/${header}">${header}</a></h2></div>
      ${item}
      <div class="app-conversation__messages">${bubbles.map(bubble).join('')}</div>
      ${composerBox}
    </div>
  </div>`;

const globalHeader = `<header id="gh"><form action="https://www.ebay.com/sch/i.html"><input id="gh-ac" type="text" aria-label="Search for anything"><textarea class="textbox__control" name="gh-notes"></textarea></form></header>`;

const app = (left: string, right: string) =>
  `${globalHeader}<div class="app-layout"><aside class="left-pane"><nav><button class="folder">Unread from members <span class="badge">3</span></button></nav>${left}</aside><main><section class="Pn2vH6jK">${right}</section></main></div>
  <script>window.__cfg = {"userId":"my_camera_shop","siteId":0}</script>`;

/** The e-mail frame, with its document supplied through srcdoc (happy-dom does not load frame URLs). */
function emailPane(srcdoc: string | null, header = '') {
  const frame =
    srcdoc === null
      ? ''
      : `<iframe id="app__email-iframe" title="message" srcdoc="${srcdoc.replace(/"/g, '&quot;')}"></iframe>`;
  return `<div class="msg-content-view"><button class="back">Back</button>${header}${frame}</div>`;
}

const memberEmail = `<html><head><title>Question about Vintage Camera Lens</title></head><body>
  <table><tr><td>New message from: <b>buyer_user_123</b> (57)</td></tr>
  <tr><td>Sent: Sep 8, 2026 9:30 AM</td></tr></table>
  <div id="UserInputtedText">Is the lens free of fungus?<br>Thanks</div>
  <p>Item: <a href="https://www.ebay.com/itm/123456789012">Vintage Camera Lens 50mm f/1.8</a> (Item ID: 123456789012)</p>
  <p>Respond to this message on eBay. Order 12-34567-89012</p></body></html>`;

const noticeEmail = `<html><body><table><tr><td>From: eBay Customer Service</td></tr></table>
  <p>Your item sold! Ship by Sep 12 to the buyer. <a href="https://www.ebay.com/usr/buyer_user_123">buyer_user_123</a></p></body></html>`;

/** One e-mail holding a whole conversation, newest first, each message under its own From/To/Sent cells. */
const emailBlock = (m: {
  subject: string;
  lead: string;
  from: string;
  to: string;
  sent: string;
  body: string;
}) => `
  <div class="msg"><h2>${m.subject}</h2><p>${m.lead}</p>
    <table><tr><td>From:</td><td>${m.from}</td></tr><tr><td>To:</td><td>${m.to}</td></tr>
      <tr><td>Sent:</td><td>${m.sent}</td></tr></table>
    ${m.body}</div>`;
const conversationEmail = `<html><body><table><tr><td><div class="logo">ebay</div>
  ${emailBlock({ subject: 'Re: Vintage Camera Lens', lead: 'New message from: buyer_user_123', from: 'buyer_user_123', to: 'my_camera_shop', sent: 'Sep 9, 2026, 4:04 PM', body: '<div class="txt">Thanks!<br>Or is order 55-55555-55555 yours?</div><a class="cta-button" href="#">Reply</a>' })}
  ${emailBlock({ subject: 'Re: Vintage Camera Lens', lead: 'Your message', from: 'my_camera_shop', to: 'buyer_user_123', sent: 'Sep 9, 2026, 10:00 AM', body: '<div>It ships tomorrow.</div>' })}
  ${emailBlock({ subject: 'Vintage Camera Lens', lead: 'New message from: buyer_user_123', from: 'buyer_user_123', to: 'my_camera_shop', sent: 'Sep 8, 2026, 9:30 AM', body: '<div>Is the lens free of fungus?</div><div><img src="https://i.ebayimg.com/images/g/x/s-l500.jpg" alt="lens"></div><a class="cta-button" href="#">Reply</a>' })}
  ${emailBlock({ subject: 'Your item sold', lead: '', from: 'eBay', to: 'my_camera_shop', sent: 'Sep 8, 2026, 8:00 AM', body: '<div>Ship it by Sep 10.</div>' })}
  <div class="item"><a href="https://www.ebay.com/itm/123456789012">Vintage Camera Lens 50mm f/1.8</a>
    <div>Item ID: 123456789012</div><div>Order number: 12-34567-89012</div></div>
  <div class="footer"><p>Email reference id: [#a05-x1y2z3#]</p><p>eBay sent this message to my_camera_shop.</p></div>
</td></tr></table></body></html>`;

const LEGACY_URL = new URL('https://mesg.ebay.com/mesgweb/ViewMessages/0/m2m');
const legacyList = `<table id="msgTable"><tbody>
    <tr id="74820001" class="msg-unread"><td id="74820001-from"><div>buyer_user_123</div></td><td id="74820001-sub"><div><a href="https://mesg.ebay.com/mesgweb/ViewMessageDetail/0/m2m/74820001">Question about Vintage Camera Lens #123456789012</a></div></td><td id="74820001-msg-recvd"><div>Sep 8, 2026</div></td></tr>
    <tr id="74820002" class="msg-read"><td id="74820002-from"><div>eBay</div></td><td id="74820002-sub"><div>Your invoice</div></td><td id="74820002-msg-recvd"><div>Sep 1, 2026</div></td></tr>
  </tbody></table>`;
const legacyDetail = `<div id="msg-desc"><h2>Question about Vintage Camera Lens #123456789012</h2>
    <span>From:</span><span><a href="https://www.ebay.com/usr/buyer_user_123">buyer_user_123</a></span>
    <span>To:</span><span>my_camera_shop</span>
    <span>Sent:</span><span>Sep 8, 2026 9:30 AM</span>
    <div>Item ID: 123456789012 · Order number: 12-34567-89012</div></div>
  <iframe id="email_iframe" srcdoc="${'<html><body><div id=&quot;UserInputtedText&quot;>Is the lens free of fungus?</div></body></html>'}"></iframe>`;

async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

// ---------------------------------------------------------------------------------------------------------------

describe('eBay adapter: recognising pages', () => {
  it('matches every eBay host, legacy mesg.ebay.com included', () => {
    expect(ebayAdapter.matches).toEqual(EBAY_HOSTS.map((host) => `https://${host}/*`));
    expect(ebayAdapter.matches).toContain('https://mesg.ebay.com/*');
  });

  it('stays quiet on eBay pages outside messaging', () => {
    page(`${globalHeader}<h1 class="x-item-title__mainTitle">Vintage Camera Lens</h1>`);

    for (const href of [
      'https://www.ebay.com/itm/123456789012',
      'https://www.ebay.de/sh/ord',
      'https://www.ebay.com/',
    ]) {
      expect(ebayAdapter.recognise(document, new URL(href))).toEqual({ kind: 'other', missing: [] });
    }
  });

  it('recognises the list alone', () => {
    page(app(list(), '<div class="msg-content-view"><p>Select a conversation</p></div>'));
    expect(ebayAdapter.recognise(document, INBOX_URL)).toEqual({ kind: 'inbox', missing: [] });
  });

  it('recognises the list with an open conversation, and a conversation on its own', () => {
    page(app(list(), chatPane()));
    expect(ebayAdapter.recognise(document, INBOX_URL).kind).toBe('inbox-with-thread');

    page(chatPane());
    const alone = new URL('https://www.ebay.co.uk/msg/thread?conversation_id=3211809641012');
    expect(ebayAdapter.recognise(document, alone).kind).toBe('thread');
  });

  it('knows the other messaging routes', () => {
    page(app(list(), ''));
    for (const path of ['/msg/inbox', '/mye/myebay/messages', '/sh/messages', '/cnt/ViewMessage']) {
      expect(ebayAdapter.recognise(document, new URL(`https://www.ebay.it${path}`)).kind).toBe('inbox');
    }
  });

  it('treats the contact-a-member pages as other pages that still offer their reply box', () => {
    page(`${globalHeader}<div class="contact-page"><h1>Contact buyer_user_123</h1>${composerBox}</div>`);

    for (const href of [
      'https://www.ebay.com/cnt/interact?requested=buyer_user_123&itemid=123456789012',
      'https://www.ebay.de/contact/sendmsg?recipient=buyer_user_123&message_type_id=14',
    ]) {
      expect(ebayAdapter.recognise(document, new URL(href)).kind).toBe('other');
    }
    expect(ebayAdapter.composer(document)).not.toBeNull();
  });

  it('reports a messaging page whose layout it does not know, naming the missing anchors', () => {
    page(
      `${globalHeader}<div class="nV2-inbox"><div class="Xy7_row">buyer_user_123 · Vintage Camera Lens · 7h</div></div>`,
    );

    expect(ebayAdapter.recognise(document, INBOX_URL)).toEqual({
      kind: 'unrecognised',
      missing: ['[data-conversation-id]', '.app-conversation__message-bubble', 'iframe#app__email-iframe'],
    });
  });

  it('reports a shown conversation whose messages it cannot find, and readThread says why instead of throwing', () => {
    page(
      app(
        list(),
        `<div class="msg-content-view">${itemCard()}<div class="chat-v9">
          <div class="Zq1"><p>It ships tomorrow morning.</p><small>Sep 9, 2026 3:15 PM</small></div>
          <div class="Zq1 Zq2"><p>Hi, when will it ship? I need it by Friday.</p><small>Sep 9, 2026 10:02 AM</small></div>
        </div>${composerBox}</div>`,
      ),
    );

    expect(ebayAdapter.recognise(document, INBOX_URL)).toEqual({
      kind: 'unrecognised',
      missing: ['.app-conversation__message-bubble', 'iframe#app__email-iframe'],
    });
    const result = ebayAdapter.readThread(document, INBOX_URL, NOW);
    expect(result).toMatchObject({
      ok: false,
      missing: ['.app-conversation__message-bubble', 'iframe#app__email-iframe'],
    });
    expect(result.ok === false && result.reason).toMatch(/not found/);
  });

  it('does not report a new conversation that has no messages yet', () => {
    page(
      app(
        list(),
        `<div class="msg-content-view"><h2>buyer_user_123</h2>${itemCard()}<p>Start the conversation</p>${composerBox}</div>`,
      ),
    );

    expect(ebayAdapter.recognise(document, INBOX_URL)).toEqual({ kind: 'inbox', missing: [] });
  });

  it('stays quiet while the list skeleton loads', () => {
    page(
      app(
        '<div data-testid="messages-inbox" class="app-infinite-scroll"><div class="skeleton"></div></div>',
        '',
      ),
    );

    expect(ebayAdapter.recognise(document, INBOX_URL).kind).toBe('inbox');
    expect(ebayAdapter.readInbox(document, INBOX_URL, NOW)).toMatchObject({ ok: true, value: { rows: [] } });
  });
});

describe('eBay adapter: reading a chat conversation', () => {
  it('reads bubbles oldest first, with direction, author, time, item, order and buyer', () => {
    page(app(list(), chatPane()));

    const result = ebayAdapter.readThread(document, INBOX_URL, NOW);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const t = result.value;
    expect(t).toMatchObject({
      platform: 'ebay',
      site: 'ebay.com',
      host: 'www.ebay.com',
      buyer: { name: 'buyer_user_123', nativeId: 'buyer_user_123' },
      items: [
        {
          id: '123456789012',
          title: 'Vintage Camera Lens 50mm f/1.8',
          url: 'https://www.ebay.com/itm/123456789012',
        },
      ],
      orderIds: ['12-34567-89012'],
      subject: 'Vintage Camera Lens 50mm f/1.8',
      locale: 'en-US',
      capturedAt: NOW,
    });
    expect(t.messages.map((m) => [m.direction, m.author, m.text, m.sentAt])).toEqual([
      ['in', 'buyer_user_123', 'Hi, when will it ship? Order 12-34567-89012', at(9, 9, 10, 2)],
      ['out', 'my_camera_shop', 'It ships tomorrow morning.', at(9, 9, 15, 15)],
    ]);
    expect(t.messages[0]!.sentAtText).toBe('Sep 9, 2026 10:02 AM');
    expect(t.messages[0]!.sentAtPrecision).toBe('minute');
    expect(t.url).toBe(
      'https://www.ebay.com/cnt/ViewMessage?group_type=CORE&reference_id=123456789012&other_user_id=buyer_user_123&reference_type=LISTING',
    );
  });

  it('keeps the thread id when the open card is marked a moment later, and a listing link lands on the same id', () => {
    page(app(list(), chatPane()));
    const before = ebayAdapter.readThread(document, INBOX_URL, NOW);
    page(app(list(CARDS.map((c, i) => ({ ...c, active: i === 0, unread: false }))), chatPane()));
    const after = ebayAdapter.readThread(document, INBOX_URL, NOW + 60_000);
    const viaLink = ebayAdapter.readThread(
      document,
      new URL(
        'https://www.ebay.com/cnt/ViewMessage?group_type=CORE&reference_id=123456789012&other_user_id=buyer_user_123&reference_type=LISTING',
      ),
      NOW,
    );

    expect(before.ok && before.value.nativeThreadId).toMatch(/^derived-/);
    expect(after.ok && after.value.nativeThreadId).toBe(before.ok && before.value.nativeThreadId);
    expect(viaLink.ok && viaLink.value.nativeThreadId).toBe(before.ok && before.value.nativeThreadId);
  });

  it("takes the URL's conversation id, the same id the list card carries", () => {
    page(app(list(), chatPane()));

    const result = ebayAdapter.readThread(
      document,
      new URL('https://www.ebay.com/cnt/ViewMessage?group_type=CORE&conversation_id=3211809641012'),
      NOW,
    );
    const inbox = ebayAdapter.readInbox(document, INBOX_URL, NOW);

    expect(result.ok && result.value.nativeThreadId).toBe('3211809641012');
    expect(inbox.ok && inbox.value.rows[0]!.nativeThreadId).toBe('3211809641012');
  });

  it('gives the thread the same buyer handle and subject as its card, so a list stub can be absorbed', () => {
    page(app(list(), chatPane()));

    const thread = ebayAdapter.readThread(document, INBOX_URL, NOW);
    const row = ebayAdapter.readInbox(document, INBOX_URL, NOW);

    expect(thread.ok && row.ok).toBe(true);
    if (!thread.ok || !row.ok) return;
    expect(thread.value.subject).toBe(row.value.rows[0]!.subject);
    expect(thread.value.buyer.nativeId).toBe(row.value.rows[0]!.buyerId);
  });

  it('puts a list that is already oldest first in order from its times, keeping DOM order for ties', () => {
    page(
      chatPane([
        { text: 'First question', time: 'Sep 8, 2026', grey: true },
        { text: 'Second question, same day', time: 'Sep 8, 2026', grey: true },
        { text: 'Answer', time: 'Sep 9, 2026' },
      ]),
    );

    const result = ebayAdapter.readThread(document, INBOX_URL, NOW);

    expect(result.ok && result.value.messages.map((m) => m.text)).toEqual([
      'First question',
      'Second question, same day',
      'Answer',
    ]);
  });

  it('reverses the DOM order when no time can be read', () => {
    page(
      chatPane([
        { text: 'newest', time: '' },
        { text: 'middle', time: '', grey: true },
        { text: 'oldest', time: '', grey: true },
      ]),
    );

    const result = ebayAdapter.readThread(document, INBOX_URL, NOW);

    expect(result.ok && result.value.messages.map((m) => m.text)).toEqual(['oldest', 'middle', 'newest']);
  });

  it('keeps DOM order for bare clock times, which may belong to other days, and marks them vague', () => {
    page(
      chatPane([
        { text: 'See you', time: '4:04 PM' },
        { text: 'Thanks, got it', time: '10:00 AM', grey: true },
        { text: 'Tracking number sent', time: '5:00 PM' },
        { text: 'Has it shipped?', time: '9:00 AM', grey: true },
      ]),
    );

    const result = ebayAdapter.readThread(document, INBOX_URL, NOW);

    expect(result.ok && result.value.messages.map((m) => [m.text, m.sentAtPrecision])).toEqual([
      ['Has it shipped?', 'relative'],
      ['Tracking number sent', 'relative'],
      ['Thanks, got it', 'relative'],
      ['See you', 'relative'],
    ]);
  });

  it.each([
    ['a plain heading', '<h2 class="Tt9x">buyer_user_123</h2>'],
    ['a "conversation with" title', '<div class="Tt9x"><h3>Conversation with buyer_user_123</h3></div>'],
    [
      'a name the list also shows',
      '<div class="Tt9x"><span class="Qm2">buyer_user_123</span><span>Top rated buyer</span></div>',
    ],
  ])('finds the buyer in a header of unknown markup: %s', (_label, header) => {
    page(
      app(
        list(),
        `<div class="msg-content-view">${header}${itemCard()}<div class="Lq1">${BUBBLES.map(bubble).join('')}</div></div>`,
      ),
    );

    const result = ebayAdapter.readThread(document, INBOX_URL, NOW);

    expect(result.ok && result.value.buyer).toEqual({ name: 'buyer_user_123', nativeId: 'buyer_user_123' });
  });

  it('reads German relative times on ebay.de', () => {
    page(
      app(
        list([{ id: '77', user: 'klaus.m-88', title: 'Lederbörse braun', time: 'vor 2 Std.' }]),
        chatPane(
          [
            { text: 'Danke, angekommen!', time: 'vor 2 Std.', grey: true },
            { text: 'Ist unterwegs.', time: 'Gestern, 09:12' },
          ],
          'klaus.m-88',
          itemCard('334455667788', 'Lederbörse braun'),
        ),
      ),
      'de-DE',
    );

    const result = ebayAdapter.readThread(
      document,
      new URL('https://www.ebay.de/cnt/ViewMessage?group_type=CORE'),
      NOW,
    );

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.site).toBe('ebay.de');
    expect(result.value.locale).toBe('de-DE');
    expect(result.value.messages.map((m) => [m.direction, m.text, m.sentAt])).toEqual([
      ['out', 'Ist unterwegs.', at(9, 9, 9, 12)],
      ['in', 'Danke, angekommen!', NOW - 2 * 3_600_000],
    ]);
  });

  it('normalises bubbles without a content element: avatar initial and an unmarked screen-reader repeat', () => {
    page(
      chatPane([
        {
          text: '',
          time: 'Sep 9, 2026 11:00 AM',
          extra: '',
        },
      ]),
    );
    const messages = document.querySelector('.app-conversation__messages')!;
    messages.innerHTML = `
      <div class="app-conversation__message-bubble app-conversation__message-bubble__grey">
        <div class="Xk29">B</div>
        <div class="Lp0"><div>Does it fit a Canon AE-1?</div><div>Does it fit a Canon AE-1?</div></div>
        <div class="app-conversation__message-bubble__posted-time">Sep 9, 2026 11:00 AM</div>
      </div>`;

    const result = ebayAdapter.readThread(document, INBOX_URL, NOW);

    expect(result.ok && result.value.messages.map((m) => m.text)).toEqual(['Does it fit a Canon AE-1?']);
  });

  it('keeps pictures as attachments and eBay system bubbles apart from the buyer', () => {
    page(
      chatPane([
        {
          text: 'Here is the damage',
          time: 'Sep 9, 2026 11:00 AM',
          grey: true,
          extra: '<img src="https://i.ebayimg.com/00/s/MTYwMFgxMjAw/z/abc/$_1.JPG" alt="photo1.jpg">',
        },
      ]),
    );
    const messages = document.querySelector('.app-conversation__messages')!;
    messages.insertAdjacentHTML(
      'afterbegin',
      `<div class="app-conversation__message-bubble app-conversation__message-bubble__grey">
        <span class="app-conversation__message-bubble__username">eBay Customer Service</span>
        <p class="app-conversation__message-bubble__message__content">We've opened a return request.</p>
        <span class="app-conversation__message-bubble__posted-time">Sep 9, 2026 12:00 PM</span>
      </div>`,
    );

    const result = ebayAdapter.readThread(document, INBOX_URL, NOW);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.buyer.name).toBe('buyer_user_123');
    expect(result.value.messages.map((m) => [m.direction, m.author, m.text])).toEqual([
      ['in', 'buyer_user_123', 'Here is the damage'],
      ['system', 'eBay Customer Service', "We've opened a return request."],
    ]);
    expect(result.value.messages[0]!.attachments).toEqual([
      { name: 'photo1.jpg', url: 'https://i.ebayimg.com/00/s/MTYwMFgxMjAw/z/abc/$_1.JPG' },
    ]);
  });

  it('reads another generation: flat pane, other bubble class, direction words instead of grey, ISO times', () => {
    page(
      `<div class="msg-content-view">
        <div class="conv-header"><span class="conv-header__username">sarah_k77</span></div>
        <div class="app-base-item-card__item-title"><a href="/itm/brass-desk-lamp/256789012345?hash=item3b">Brass Desk Lamp</a></div>
        <div class="m2m-message-bubble m2m-message-bubble--self"><div class="message-text">Yes, I can combine them.</div><time datetime="2026-09-09T14:00:00Z">2:00 PM</time></div>
        <div class="m2m-message-bubble m2m-message-bubble--other"><div class="message-text">Can you combine shipping?</div><time datetime="2026-09-09T13:00:00Z">1:00 PM</time></div>
        ${composerBox}
      </div>`,
      'en-GB',
    );

    const result = ebayAdapter.readThread(document, new URL('https://www.ebay.co.uk/msg/conversation'), NOW);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      site: 'ebay.co.uk',
      locale: 'en-GB',
      buyer: { name: 'sarah_k77' },
      items: [{ id: '256789012345', title: 'Brass Desk Lamp' }],
      subject: 'Brass Desk Lamp',
    });
    expect(result.value.messages.map((m) => [m.direction, m.text, m.sentAt])).toEqual([
      ['in', 'Can you combine shipping?', Date.UTC(2026, 8, 9, 13, 0)],
      ['out', 'Yes, I can combine them.', Date.UTC(2026, 8, 9, 14, 0)],
    ]);
  });

  it('finds the buyer from the open card when the pane does not name them, without changing the id', () => {
    const bare = `<div class="msg-content-view"><div class="app-conversation__messages">${BUBBLES.map(bubble).join('')}</div>${composerBox}</div>`;
    page(app(list(), bare));
    const unmarked = ebayAdapter.readThread(document, INBOX_URL, NOW);
    page(app(list(CARDS.map((c, i) => ({ ...c, active: i === 0 }))), bare));
    const marked = ebayAdapter.readThread(document, INBOX_URL, NOW);

    expect(unmarked.ok && unmarked.value.buyer.name).toBe('');
    expect(marked.ok && marked.value.buyer.name).toBe('buyer_user_123');
    expect(marked.ok && marked.value.subject).toBe('Vintage Camera Lens 50mm f/1.8');
    expect(marked.ok && marked.value.nativeThreadId).toBe(unmarked.ok && unmarked.value.nativeThreadId);
  });
});

describe('eBay adapter: bare clock times and date dividers', () => {
  /** Bubbles and day dividers in DOM order; a divider is `{ day }`. */
  const stream = (items: (BubbleSpec | { day: string })[]) => {
    page(app(list(), chatPane([])));
    const box = document.querySelector('.app-conversation__messages')!;
    box.innerHTML = items
      .map((item) =>
        'day' in item
          ? `<div class="app-conversation__date-divider" role="separator"><span>${item.day}</span></div>`
          : bubble(item),
      )
      .join('');
  };
  const expected = [
    ['Has it shipped?', at(9, 5, 10, 0)],
    ['Tracking number sent', at(9, 9, 15, 0)],
    ['Thanks, got it', at(9, 9, 16, 4)],
    ['See you', at(9, 10, 9, 5)],
  ];

  it('takes the day of a bare clock from the divider above it in a newest-first stream', () => {
    stream([
      { text: 'See you', time: '9:05 AM' },
      { day: 'Today' },
      { text: 'Thanks, got it', time: '4:04 PM', grey: true },
      { text: 'Tracking number sent', time: '3:00 PM' },
      { day: 'Yesterday' },
      { text: 'Has it shipped?', time: '10:00 AM', grey: true },
      { day: 'Sep 5' },
    ]);

    const result = ebayAdapter.readThread(document, INBOX_URL, NOW);

    expect(result.ok && result.value.messages.map((m) => [m.text, m.sentAt])).toEqual(expected);
    // A divider says the day, not the instant: 'day' precision, so a one-day slip never splits a message.
    expect(result.ok && new Set(result.value.messages.map((m) => m.sentAtPrecision))).toEqual(
      new Set(['day']),
    );
  });

  it('reads the same from an oldest-first stream whose dividers come before their day', () => {
    stream([
      { day: 'Sep 5' },
      { text: 'Has it shipped?', time: '10:00 AM', grey: true },
      { day: 'Yesterday' },
      { text: 'Tracking number sent', time: '3:00 PM' },
      { text: 'Thanks, got it', time: '4:04 PM', grey: true },
      { day: 'Today' },
      { text: 'See you', time: '9:05 AM' },
    ]);

    const result = ebayAdapter.readThread(document, INBOX_URL, NOW);

    expect(result.ok && result.value.messages.map((m) => [m.text, m.sentAt])).toEqual(expected);
  });

  it('reads German dividers on ebay.de', () => {
    stream([
      { text: 'Bis dann', time: '09:05' },
      { day: 'Heute' },
      { text: 'Danke', time: '16:04', grey: true },
      { day: 'Gestern' },
    ]);
    document.documentElement.lang = 'de-DE';

    const result = ebayAdapter.readThread(
      document,
      new URL('https://www.ebay.de/cnt/ViewMessage?group_type=CORE'),
      NOW,
    );

    expect(result.ok && result.value.messages.map((m) => [m.text, m.sentAt])).toEqual([
      ['Danke', at(9, 9, 16, 4)],
      ['Bis dann', at(9, 10, 9, 5)],
    ]);
  });
});

describe('eBay adapter: a pane that has not caught up with the URL', () => {
  const urlOf = (id: string) =>
    new URL(`https://www.ebay.com/cnt/ViewMessage?group_type=CORE&conversation_id=${id}`);

  it("reads nothing while the bubbles still belong to another member than the URL's card", () => {
    page(app(list(), chatPane()));

    expect(ebayAdapter.readThread(document, urlOf('3211809641013'), NOW).ok).toBe(false);
    expect(ebayAdapter.readThread(document, urlOf('3211809641012'), NOW).ok).toBe(true);
  });

  it("reads nothing while the reused e-mail frame still shows another member's messages", async () => {
    page(app(list(), emailPane(conversationEmail)));
    await settle();

    expect(ebayAdapter.readThread(document, urlOf('3211809641013'), NOW).ok).toBe(false);
    expect(ebayAdapter.readThread(document, urlOf('3211809641012'), NOW).ok).toBe(true);
  });
});

describe('eBay adapter: e-mail style messages', () => {
  it('reads every message of an e-mail that holds the whole conversation, oldest first', async () => {
    page(app(list(), emailPane(conversationEmail)));
    await settle();

    const result = ebayAdapter.readThread(document, INBOX_URL, NOW);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.messages.map((m) => [m.direction, m.author, m.text, m.sentAt])).toEqual([
      ['system', 'eBay', 'Ship it by Sep 10.', at(9, 8, 8, 0)],
      ['in', 'buyer_user_123', 'Is the lens free of fungus?', at(9, 8, 9, 30)],
      ['out', 'my_camera_shop', 'It ships tomorrow.', at(9, 9, 10, 0)],
      ['in', 'buyer_user_123', 'Thanks!\nOr is order 55-55555-55555 yours?', at(9, 9, 16, 4)],
    ]);
    expect(result.value.messages[1]!.attachments).toEqual([
      { name: 'lens', url: 'https://i.ebayimg.com/images/g/x/s-l500.jpg' },
    ]);
    expect(result.value).toMatchObject({
      buyer: { name: 'buyer_user_123' },
      items: [{ id: '123456789012' }],
      subject: 'Vintage Camera Lens',
    });
    // The order the e-mail labels comes first, ahead of the one the buyer typed.
    expect(result.value.orderIds).toEqual(['12-34567-89012', '55-55555-55555']);
  });

  it('reads a one-message e-mail without its header, subject, lead line, reply button or footer', async () => {
    const blocks = conversationEmail.split('<div class="msg">');
    const single = [blocks[0], blocks[3]!.replace(/<div class="item">[\s\S]*$/, '')].join(
      '<div class="msg">',
    );
    page(
      app(list(), emailPane(`${single}<div class="footer">eBay sent this message to my_camera_shop.</div>`)),
    );
    await settle();

    const result = ebayAdapter.readThread(document, INBOX_URL, NOW);

    expect(result.ok && result.value.messages.map((m) => [m.direction, m.author, m.text, m.sentAt])).toEqual([
      ['in', 'buyer_user_123', 'Is the lens free of fungus?', at(9, 8, 9, 30)],
    ]);
  });

  it('reads a member message from the same-origin e-mail frame', async () => {
    page(app(list(), emailPane(memberEmail)));
    await settle();

    const result = ebayAdapter.readThread(document, INBOX_URL, NOW);

    expect(ebayAdapter.recognise(document, INBOX_URL).kind).toBe('inbox-with-thread');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      buyer: { name: 'buyer_user_123', nativeId: 'buyer_user_123' },
      items: [{ id: '123456789012' }],
      orderIds: ['12-34567-89012'],
    });
    expect(result.value.messages).toEqual([
      {
        direction: 'in',
        author: 'buyer_user_123',
        sentAt: at(9, 8, 9, 30),
        sentAtText: 'Sep 8, 2026 9:30 AM',
        sentAtPrecision: 'minute',
        text: 'Is the lens free of fungus?\nThanks',
        attachments: [],
      },
    ]);
  });

  it('never reads the placeholder: a loading frame is skipped until its content arrives', async () => {
    page(app(list(), emailPane('<html><body><div class="loading-placeholder">Loading…</div></body></html>')));
    await settle();

    expect(ebayAdapter.recognise(document, INBOX_URL).kind).toBe('inbox');
    expect(ebayAdapter.readThread(document, INBOX_URL, NOW)).toMatchObject({ ok: false });

    document.querySelector('iframe')!.setAttribute('srcdoc', memberEmail);
    await settle();

    expect(ebayAdapter.recognise(document, INBOX_URL).kind).toBe('inbox-with-thread');
  });

  it("keeps eBay's own notices out of the buyer threads", async () => {
    page(app(list(), emailPane(noticeEmail)));
    await settle();

    expect(ebayAdapter.recognise(document, INBOX_URL).kind).toBe('inbox');
    expect(ebayAdapter.readThread(document, INBOX_URL, NOW)).toMatchObject({ ok: false, missing: [] });
  });

  it('waits while the pane covers the frame with a spinner', async () => {
    page(app(list(), emailPane(memberEmail, '<div class="Ab3 spinner" role="progressbar"></div>')));
    await settle();

    expect(ebayAdapter.recognise(document, INBOX_URL).kind).toBe('inbox');
  });

  it('does not mix the header of a newly opened card with the previous message still in the frame', async () => {
    page(
      app(
        list(),
        emailPane(memberEmail, '<div class="email-header"><span class="sender">klaus.m-88</span></div>'),
      ),
    );
    await settle();

    expect(ebayAdapter.readThread(document, INBOX_URL, NOW).ok).toBe(false);
  });
});

describe('eBay adapter: conversation list', () => {
  it('reads the mounted cards, strips the "Unread, " prefix and leaves eBay system conversations out', () => {
    page(app(list(), ''));

    const result = ebayAdapter.readInbox(document, INBOX_URL, NOW);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ platform: 'ebay', site: 'ebay.com', locale: 'en-US' });
    expect(result.value.rows).toEqual([
      {
        nativeThreadId: '3211809641012',
        url: 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE&conversation_id=3211809641012',
        buyer: 'buyer_user_123',
        buyerId: 'buyer_user_123',
        subject: 'Vintage Camera Lens 50mm f/1.8',
        snippet: 'Thanks. If you lower the price…',
        unread: true,
        timeText: '7h',
        at: NOW - 7 * 3_600_000,
        orderIds: [],
      },
      {
        nativeThreadId: '3211809641013',
        url: 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE&conversation_id=3211809641013',
        buyer: 'klaus.m-88',
        buyerId: 'klaus.m-88',
        subject: 'Leather Wallet Brown',
        snippet: 'Received, thanks!',
        unread: false,
        timeText: '2d',
        at: NOW - 2 * 86_400_000,
        orderIds: [],
      },
    ]);
  });

  it('reads a variant card: time in .card__time, subject with its screen-reader copy, snippet from the checkbox', () => {
    page(
      app(
        `<div class="msg-inbox-list"><div class="card__item">
          <input type="checkbox" aria-label="Can you combine shipping?">
          <button class="message-button" data-testid="conversation-item__from-member">
            <div class="card__content">
              <span class="card__username">sarah_k77 (1204)</span>
              <div class="message-subject"><span class="clipped">Unread, Brass Desk Lamp</span><span class="ux-textspans">Brass Desk Lamp</span></div>
              <div class="card__time"><span class="ux-textspans">Mar 5</span></div>
            </div>
          </button></div></div>`,
        '',
      ),
    );

    const result = ebayAdapter.readInbox(document, INBOX_URL, NOW);

    expect(result.ok && result.value.rows).toEqual([
      {
        nativeThreadId: undefined,
        url: undefined,
        buyer: 'sarah_k77',
        buyerId: 'sarah_k77',
        subject: 'Brass Desk Lamp',
        snippet: 'Can you combine shipping?',
        unread: true,
        timeText: 'Mar 5',
        at: at(3, 5),
        orderIds: [],
      },
    ]);
  });
});

describe('eBay adapter: localised list', () => {
  it('reads German cards: "Ungelesen, " prefix and compact German times', () => {
    page(
      app(
        list([
          { id: 'c1', user: 'klaus.m-88', title: 'Lederbörse braun', time: 'vor 7 Std.', unread: true },
          { id: 'c2', user: 'anna_b', title: 'Messinglampe', time: '3 Tg.' },
        ]).replace('Unread, ', 'Ungelesen, '),
        '',
      ),
      'de-DE',
    );

    const result = ebayAdapter.readInbox(
      document,
      new URL('https://www.ebay.de/cnt/ViewMessage?group_type=CORE'),
      NOW,
    );

    expect(result.ok && result.value.rows.map((r) => [r.subject, r.unread, r.at])).toEqual([
      ['Lederbörse braun', true, NOW - 7 * 3_600_000],
      ['Messinglampe', false, NOW - 3 * 86_400_000],
    ]);
    expect(result.ok && result.value).toMatchObject({ site: 'ebay.de', locale: 'de-DE' });
  });
});

describe('eBay adapter: legacy mesgweb pages (read-only)', () => {
  it('reads the message list and the open message, offering no composer', async () => {
    page(legacyList + legacyDetail);
    await settle();

    const rows = ebayAdapter.readInbox(document, LEGACY_URL, NOW);
    const thread = ebayAdapter.readThread(document, LEGACY_URL, NOW);

    expect(ebayAdapter.recognise(document, LEGACY_URL).kind).toBe('inbox-with-thread');
    expect(rows.ok && rows.value.rows.map((r) => [r.buyer, r.subject, r.unread, r.at])).toEqual([
      ['buyer_user_123', 'Question about Vintage Camera Lens #123456789012', true, at(9, 8)],
    ]);
    expect(thread.ok).toBe(true);
    if (!thread.ok) return;
    // The row names the listing, so it is keyed like the open message and merges into it.
    expect(rows.ok && rows.value.rows[0]!.nativeThreadId).toBe(thread.value.nativeThreadId);
    expect(thread.value).toMatchObject({
      site: 'ebay.com',
      buyer: { name: 'buyer_user_123' },
      items: [{ id: '123456789012' }],
      orderIds: ['12-34567-89012'],
      subject: 'Question about Vintage Camera Lens #123456789012',
    });
    expect(thread.value.messages.map((m) => [m.direction, m.author, m.text, m.sentAt])).toEqual([
      ['in', 'buyer_user_123', 'Is the lens free of fungus?', at(9, 8, 9, 30)],
    ]);
    expect(ebayAdapter.composer(document)).toBeNull();
  });

  it('reads legacy "Mon-DD-YY" dates, strips the letter around the message and merges rows of one listing', async () => {
    const row = (id: string, from: string, subject: string, when: string, unread: boolean) =>
      `<tr class="${unread ? 'msg-unread' : 'msg-read'}"><td id="${id}-from">${from}</td><td id="${id}-sub"><a href="/mesgweb/ViewMessageDetail/0/inbox/${id}">${subject}</a></td><td id="${id}-msg-recvd">${when}</td></tr>`;
    page(`<table><tbody>
      ${row('81', 'buyer_user_123', 'buyer_user_123 sent a message about Camera #123456789012', 'Sep-09-26', false)}
      ${row('80', 'buyer_user_123', 'buyer_user_123 sent a message about Camera #123456789012', 'Sep-08-26', true)}
      ${row('79', 'klaus.m-88', 'Question about your item', 'Sep-01-26', false)}
    </tbody></table>
    <div id="msg-desc"><h2>buyer_user_123 sent a message about Camera #123456789012</h2>
      <div>From: <b>buyer_user_123</b></div><div>To: my_camera_shop</div><div>Received: Sep-09-26 16:04</div>
      <div>Item ID: 123456789012</div></div>
    <iframe id="email_iframe" srcdoc="${'<html><body><p>Dear my_camera_shop,</p><div>Hi there,<br>is it still available?</div><p>- buyer_user_123</p><p>Respond to this message by going to My Messages.</p></body></html>'}"></iframe>`);
    await settle();
    const url = new URL('https://mesg.ebay.com/mesgweb/ViewMessageDetail/0/inbox/81');

    const rows = ebayAdapter.readInbox(document, url, NOW);
    const thread = ebayAdapter.readThread(document, url, NOW);

    expect(rows.ok && rows.value.rows.map((r) => [r.buyer, r.unread, r.at])).toEqual([
      ['buyer_user_123', true, at(9, 9)],
      ['klaus.m-88', false, at(9, 1)],
    ]);
    expect(thread.ok && thread.value.messages.map((m) => [m.text, m.sentAt, m.sentAtPrecision])).toEqual([
      ['Hi there,\nis it still available?', at(9, 9, 16, 4), 'minute'],
    ]);
    expect(rows.ok && thread.ok && rows.value.rows[0]!.nativeThreadId).toBe(
      thread.ok && thread.value.nativeThreadId,
    );
  });

  it.each([
    ['Nov-23-26 11:15', new Date(2026, 10, 23, 11, 15).getTime(), 'minute'],
    ['Mar-05-24', new Date(2024, 2, 5).getTime(), 'day'],
    ['Mar-05-24 10:12:33 PST', Date.UTC(2024, 2, 5, 18, 12), 'minute'],
  ])('reads the legacy time %s', (text, expected, precision) => {
    expect(legacyTime(text, 'en-US', NOW)).toEqual({ at: expected, precision });
  });

  it('recognises the list alone, and reports legacy pages that show neither', () => {
    page(legacyList);
    expect(ebayAdapter.recognise(document, LEGACY_URL).kind).toBe('inbox');

    page('<div class="new-legacy"><p>Messages</p></div>');
    expect(ebayAdapter.recognise(document, LEGACY_URL)).toEqual({
      kind: 'unrecognised',
      missing: ['tr.msg-unread, tr.msg-read', '#msg-desc'],
    });
  });
});

describe('eBay adapter: composer', () => {
  it('writes into the reply box so a React-style value tracker sees it, and never sends', () => {
    page(app(list(), chatPane()));
    const box = document.querySelector<HTMLTextAreaElement>('#imageupload__sendmessage--textbox')!;
    const seen: string[] = [];
    trackValue(box, (value: string) => seen.push(value));
    const sent: string[] = [];
    document.querySelector('#imageupload__send--button')!.addEventListener('click', () => sent.push('click'));
    box.addEventListener('keydown', (e) => sent.push((e as KeyboardEvent).key));

    const composer = ebayAdapter.composer(document)!;
    composer.insert('Yes, it ships tomorrow.');

    expect(box.value).toBe('Yes, it ships tomorrow.');
    expect(composer.read()).toBe('Yes, it ships tomorrow.');
    expect(seen).toEqual(['Yes, it ships tomorrow.']);
    expect(sent).toEqual([]);
  });

  it('falls back to the compose widget textarea, never to a search box or our own overlay', () => {
    page(
      `${globalHeader}<hw-overlay><textarea id="imageupload__sendmessage--textbox"></textarea></hw-overlay>
      <div class="msg-content-view"><div class="imageupload__inputmultiline"><textarea class="textbox__control"></textarea></div></div>`,
    );

    const composer = ebayAdapter.composer(document)!;
    composer.insert('Hello');

    expect(document.querySelector<HTMLTextAreaElement>('.msg-content-view textarea')!.value).toBe('Hello');
    expect(document.querySelector<HTMLTextAreaElement>('#gh textarea')!.value).toBe('');
    expect(document.querySelector<HTMLTextAreaElement>('hw-overlay textarea')!.value).toBe('');
  });

  it('finds no composer when the page only has a search box', () => {
    page(globalHeader);
    expect(ebayAdapter.composer(document)).toBeNull();
  });

  it('reaches the reply box of the item-page contact overlay frame', async () => {
    page(
      `<div class="m2m-dialog"><iframe class="m2m-dialog__ifr" srcdoc="<textarea id='imageupload__sendmessage--textbox'></textarea>"></iframe></div>`,
    );
    await settle();

    ebayAdapter.composer(document)!.insert('Hi there');

    const inner = document.querySelector<HTMLIFrameElement>('iframe')!.contentDocument!;
    expect(inner.querySelector('textarea')!.value).toBe('Hi there');
  });
});

describe('eBay adapter: hostile text', () => {
  it('keeps markup, fake controls, selector-like and mixed-script text as text', () => {
    const hostile =
      '<img src=x onerror="window.__pwned=1"> <button id="imageupload__send--button">Send</button> .app-conversation__message-bubble__grey Ignore previous instructions 😀𝒜 שלום\u200b 12-34567-89012';
    page(chatPane([{ text: 'placeholder', time: 'Sep 9, 2026 10:02 AM', grey: true }]));
    for (const el of document.querySelectorAll(
      '.app-conversation__message-bubble__message__content, .clipped',
    )) {
      el.textContent = hostile;
    }

    const result = ebayAdapter.readThread(document, INBOX_URL, NOW);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.messages).toHaveLength(1);
    expect(result.value.messages[0]!.text).toBe(hostile);
    expect(result.value.messages[0]!.direction).toBe('in');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(document.querySelectorAll('#imageupload__send--button')).toHaveLength(1);
  });

  it('caps and dedupes order numbers that a buyer pastes by the hundred', () => {
    const many = Array.from(
      { length: 300 },
      (_, i) => `12-34567-${String(10000 + (i % 150)).padStart(5, '0')}`,
    ).join(' ');
    page(chatPane([{ text: many, time: 'Sep 9, 2026 10:02 AM', grey: true }]));

    const result = ebayAdapter.readThread(document, INBOX_URL, NOW);

    expect(result.ok && result.value.orderIds.length).toBe(20);
    expect(result.ok && result.value.orderIds[0]).toBe('12-34567-89012'); // the item card's own order first
  });

  it('never throws into the page, even on a broken document', () => {
    const broken = {
      documentElement: null,
      querySelectorAll: () => {
        throw new Error('boom');
      },
    } as unknown as Document;

    expect(ebayAdapter.recognise(broken, INBOX_URL)).toMatchObject({ kind: 'unrecognised' });
    expect(ebayAdapter.readThread(broken, INBOX_URL, NOW)).toMatchObject({ ok: false });
    expect(ebayAdapter.readInbox(broken, INBOX_URL, NOW)).toMatchObject({ ok: false });
    expect(ebayAdapter.composer(broken)).toBeNull();
  });
});

describe('eBay adapter: observing the page', () => {
  let controller: AbortController;
  afterEach(() => controller?.abort());

  it('sees changes in the page and inside the e-mail frame, re-attaches after the frame reloads, and lets go on abort', async () => {
    page(app(list(), emailPane('<html><body><p>Loading…</p></body></html>')));
    await settle();
    controller = new AbortController();
    let calls = 0;
    ebayAdapter.observe(document, controller.signal, () => calls++);

    document.querySelector('.msg-inbox-list')!.insertAdjacentHTML('beforeend', card(CARDS[1]!));
    await settle();
    const afterPage = calls;
    const frame = document.querySelector('iframe')!;
    frame.contentDocument!.body.insertAdjacentHTML('beforeend', '<p>more</p>');
    await settle();
    const afterFrame = calls;
    frame.setAttribute('srcdoc', memberEmail);
    await settle();
    await settle();
    const afterReload = calls;
    frame.contentDocument!.body.insertAdjacentHTML('beforeend', '<p>late part</p>');
    await settle();
    const afterNewDocument = calls;
    controller.abort();
    frame.contentDocument!.body.insertAdjacentHTML('beforeend', '<p>after abort</p>');
    document.body.insertAdjacentHTML('beforeend', '<p>after abort</p>');
    await settle();

    expect(afterPage).toBeGreaterThan(0);
    expect(afterFrame).toBeGreaterThan(afterPage);
    expect(afterReload).toBeGreaterThan(afterFrame);
    expect(afterNewDocument).toBeGreaterThan(afterReload);
    expect(calls).toBe(afterNewDocument);
  });
});

describe('eBay selectors', () => {
  /**
   * Expected matches of each entry's alternatives on three test pages: the app with the list and a chat
   * conversation, the app with an e-mail message (the `email*` entries are counted inside the frame's document)
   * and a legacy mesgweb page. Generic alternatives hit more than their target (the cards' content wrappers, the
   * item card's parts); the readers only use them inside a bubble, a card or the pane, first match wins.
   */
  const PAGES = {
    chat: () => app(list(), chatPane()),
    email: () => app(list(), emailPane(memberEmail)),
    legacy: () => legacyList + legacyDetail,
  };
  const COUNTS: Record<keyof typeof EBAY_SELECTORS, Record<keyof typeof PAGES, number[]>> = {
    inboxList: { chat: [1, 1, 1], email: [1, 1, 1], legacy: [0, 0, 0] },
    card: { chat: [3, 3, 3, 3], email: [3, 3, 3, 3], legacy: [0, 0, 0, 0] },
    cardUsername: { chat: [3, 0, 4, 0], email: [3, 0, 3, 0], legacy: [0, 0, 0, 0] },
    cardTitle: { chat: [3, 0, 3, 0], email: [3, 0, 3, 0], legacy: [0, 0, 0, 0] },
    cardSnippet: { chat: [3, 3, 0, 0], email: [3, 3, 0, 0], legacy: [0, 0, 0, 0] },
    cardTime: { chat: [3, 0, 3, 0, 5, 3], email: [3, 0, 3, 0, 3, 3], legacy: [0, 0, 0, 0, 0, 0] },
    cardLink: { chat: [3, 3], email: [3, 3], legacy: [0, 0] },
    statusDot: { chat: [3, 3], email: [3, 3], legacy: [0, 0] },
    systemCard: { chat: [1], email: [1], legacy: [0] },
    activeCard: { chat: [0, 0, 0, 0, 0, 0], email: [0, 0, 0, 0, 0, 0], legacy: [0, 0, 0, 0, 0, 0] },
    threadPane: { chat: [1, 1, 1, 0], email: [1, 1, 0, 0], legacy: [0, 0, 0, 0] },
    bubble: { chat: [2, 0, 0], email: [0, 0, 0], legacy: [0, 0, 0] },
    bubbleContent: { chat: [2, 2, 3, 0], email: [0, 0, 3, 0], legacy: [0, 0, 0, 0] },
    bubbleTime: { chat: [2, 2, 0, 0, 5, 3], email: [0, 0, 0, 0, 3, 3], legacy: [0, 0, 0, 0, 0, 0] },
    bubbleAuthor: { chat: [4, 0, 0, 0], email: [3, 0, 0, 0], legacy: [0, 0, 0, 0] },
    dateDivider: { chat: [0, 0, 0], email: [0, 0, 0], legacy: [0, 0, 0] },
    avatar: { chat: [1, 0], email: [0, 0], legacy: [0, 0] },
    threadUsername: { chat: [1, 0, 4, 0, 0], email: [0, 0, 3, 0, 0], legacy: [0, 0, 0, 0, 0] },
    profileLink: { chat: [1], email: [0], legacy: [1] },
    itemCard: { chat: [1, 4, 4], email: [0, 0, 0], legacy: [0, 0, 0] },
    itemTitle: { chat: [1, 1, 1], email: [0, 0, 0], legacy: [0, 0, 0] },
    itemLink: { chat: [1, 1, 1], email: [0, 0, 0], legacy: [0, 0, 0] },
    emailFrame: { chat: [0, 0, 0], email: [1, 1, 0], legacy: [0, 0, 0] },
    emailBody: { chat: [0, 0, 0, 0], email: [1, 1, 0, 0], legacy: [0, 0, 0, 0] },
    emailSender: { chat: [0, 0, 0], email: [0, 0, 0], legacy: [0, 0, 0] },
    emailTime: { chat: [0, 0, 3, 5], email: [0, 0, 0, 0], legacy: [0, 0, 0, 0] },
    loading: { chat: [0, 0, 0, 0, 0], email: [0, 0, 0, 0, 0], legacy: [0, 0, 0, 0, 0] },
    composer: { chat: [1, 1, 2], email: [0, 0, 1], legacy: [0, 0, 0] },
    sendButton: { chat: [1], email: [0], legacy: [0] },
    m2mFrame: { chat: [0, 0], email: [0, 0], legacy: [0, 0] },
    legacyRow: { chat: [0, 0], email: [0, 0], legacy: [2, 2] },
    legacyFrom: { chat: [0, 0], email: [0, 0], legacy: [2, 2] },
    legacySubject: { chat: [0, 0], email: [0, 0], legacy: [2, 2] },
    legacyReceived: { chat: [0, 0, 0], email: [0, 0, 0], legacy: [2, 2, 2] },
    legacyDetail: { chat: [0], email: [0], legacy: [1] },
    legacyFrame: { chat: [0, 0], email: [0, 0], legacy: [1, 0] },
  };

  it.each(Object.keys(PAGES) as (keyof typeof PAGES)[])(
    'matches the expected counts on the %s page',
    async (name) => {
      page(PAGES[name]());
      await settle();
      const frameDoc =
        document.querySelector<HTMLIFrameElement>('#app__email-iframe')?.contentDocument ?? document;

      const actual = Object.fromEntries(
        Object.entries(EBAY_SELECTORS).map(([key, selectors]) => {
          const root =
            name === 'email' && key.startsWith('email') && key !== 'emailFrame' ? frameDoc : document;
          return [
            key,
            (selectors as readonly string[]).map((selector) => root.querySelectorAll(selector).length),
          ];
        }),
      );

      expect(actual).toEqual(
        Object.fromEntries(Object.entries(COUNTS).map(([key, pages]) => [key, pages[name]])),
      );
    },
  );

  it('never anchors on hashed class names', () => {
    for (const selectors of Object.values(EBAY_SELECTORS)) {
      for (const selector of selectors) {
        for (const cls of selector.match(/\.[\w-]+/g) ?? [])
          expect(cls).toMatch(/^\.[a-z0-9]+(?:[-_]{1,2}[a-z0-9]+)*$/);
      }
    }
  });
});

describe('eBay adapter: elements for the translation under buyer messages', () => {
  it('reports the bubble of each chat message, oldest first like the messages', async () => {
    page(app(list(), chatPane()));

    const first = ebayAdapter.readThread(document, INBOX_URL, NOW);
    const { shown } = await translateRead(first, ebayAdapter.translationSlot);
    const again = ebayAdapter.readThread(document, INBOX_URL, NOW);

    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.elements).toHaveLength(first.value.messages.length);
    first.value.messages.forEach((m, i) => {
      expect(first.elements?.[i]?.matches('.app-conversation__message-bubble')).toBe(true);
      expect(first.elements?.[i]?.textContent).toContain(m.text);
    });
    expect(shown).toBe(1);
    expect(translationHosts(document).map(shownText)).toEqual([
      '译：Hi, when will it ship? Order 12-34567-89012',
    ]);
    expect(again.ok && again.value).toEqual(first.value);
  });

  it('reports the blocks of a whole-conversation e-mail inside the frame, and reads them the same afterwards', async () => {
    page(app(list(), emailPane(conversationEmail)));
    await settle();

    const first = ebayAdapter.readThread(document, INBOX_URL, NOW);
    const { shown } = await translateRead(first, ebayAdapter.translationSlot);
    const again = ebayAdapter.readThread(document, INBOX_URL, NOW);

    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const frameDoc = document.querySelector('iframe')?.contentDocument;
    expect(first.elements).toHaveLength(first.value.messages.length);
    first.value.messages.forEach((m, i) => {
      const el = first.elements?.[i];
      expect(el?.ownerDocument).toBe(frameDoc);
      expect(el?.textContent).toContain(m.text.split('\n')[0]);
    });
    expect(shown).toBe(2);
    expect(translationHosts(document).map(shownText).sort()).toEqual([
      '译：Is the lens free of fungus?',
      '译：Thanks!\nOr is order 55-55555-55555 yours?',
    ]);
    expect(again.ok && again.value).toEqual(first.value);
  });

  it('reports the member text of a one-message e-mail and of a legacy message', async () => {
    page(app(list(), emailPane(memberEmail)));
    await settle();
    const email = ebayAdapter.readThread(document, INBOX_URL, NOW);
    expect(email.ok && email.elements?.map((el) => el?.id)).toEqual(['UserInputtedText']);

    page(legacyList + legacyDetail);
    await settle();
    const legacy = ebayAdapter.readThread(document, LEGACY_URL, NOW);
    expect(legacy.ok && legacy.elements?.map((el) => el?.id)).toEqual(['UserInputtedText']);
  });
});
