// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { amazonAdapter } from '../../content-scripts/amazon';
import { ebayAdapter } from '../../content-scripts/ebay';
import { createSubtreeMemo } from '../../content-scripts/shared/subtree-memo';
import { parseTimeMemo } from '../../content-scripts/shared/time-memo';
import { parsePortalTime } from '../../core/portal-time';

/**
 * The memos that let a scan skip unchanged messages (shared/subtree-memo.ts, shared/time-memo.ts) must never
 * change what a read returns: every DOM change inside a message is seen, and a memoised time equals a fresh parse.
 */

const NOW = new Date(2026, 8, 10, 12, 0).getTime();
const CASE = '3f1c2a9e-8b7d-4c1e-9f2a-5d6e7b8c9a01';
const AMAZON_URL = new URL(
  `https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=${CASE}&cc=${CASE}`,
);
const EBAY_URL = new URL(
  'https://www.ebay.com/cnt/ViewMessage?conversation_id=3211809641011&group_type=CORE',
);

beforeEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en-US';
});

const amazonThread = () => {
  document.body.innerHTML = `<div id="sc-content-container"><main><section>
    <header><h2 class="case-buyer-name">Palmer</h2></header>
    <div id="case-messages">
      <article class="message-item message-item--inbound"><div class="message-meta"><span class="message-sender">Palmer</span><span class="message-timestamp">Sep 4, 2026 8:15 AM</span></div>
        <div class="message-body">Where is my order?</div></article>
      <article class="message-item message-item--outbound"><div class="message-meta"><span class="message-sender">You</span><span class="message-timestamp">5 minutes ago</span></div>
        <div class="message-body">It ships today.</div></article>
    </div></section></main></div>`;
};

function amazonMessages(now = NOW) {
  const r = amazonAdapter.readThread(document, AMAZON_URL, now);
  if (!r.ok) throw new Error(r.reason);
  return r;
}

describe('per-message memo (Amazon)', () => {
  it('returns equal messages as fresh objects, relative times moving with now', () => {
    amazonThread();
    const first = amazonMessages(NOW);
    const second = amazonMessages(NOW + 60_000);
    expect(second.value.messages[0]).toEqual(first.value.messages[0]);
    expect(second.value.messages[0]).not.toBe(first.value.messages[0]);
    expect(second.value.messages[1]!.sentAt).toBe(first.value.messages[1]!.sentAt! + 60_000);
    expect(second.elements).toEqual(first.elements);
    // a caller mutating a message does not leak into the next read
    second.value.messages[0]!.text = 'changed by a caller';
    expect(amazonMessages(NOW + 60_000).value.messages[0]!.text).toBe('Where is my order?');
  });

  it('sees text, attribute and structure changes inside a reused element (SPA panes)', () => {
    amazonThread();
    amazonMessages();
    const [article] = document.querySelectorAll('article');
    const body = article!.querySelector('.message-body')!;
    body.firstChild!.nodeValue = 'New text in the same node';
    expect(amazonMessages().value.messages[0]!.text).toBe('New text in the same node');
    article!.className = 'message-item message-item--outbound';
    expect(amazonMessages().value.messages[0]!.direction).toBe('out');
    body.innerHTML = '<p>Replaced</p>';
    expect(amazonMessages().value.messages[0]!.text).toBe('Replaced');
    article!.querySelector('.message-timestamp')!.setAttribute('hidden', '');
    expect(amazonMessages().value.messages[0]!.sentAtText).not.toBe('Sep 4, 2026 8:15 AM');
  });

  it('reads an element again that was changed while it was out of the document', () => {
    amazonThread();
    amazonMessages();
    const article = document.querySelector('article')!;
    const parent = article.parentElement!;
    const next = article.nextSibling;
    article.remove();
    article.querySelector('.message-body')!.textContent = 'Edited while detached';
    parent.insertBefore(article, next);
    expect(amazonMessages().value.messages[0]!.text).toBe('Edited while detached');
  });

  it('keeps ignoring our own translation hosts inserted under a message', () => {
    amazonThread();
    const before = amazonMessages().value.messages;
    const host = document.createElement('hw-translation');
    host.textContent = 'Wo ist meine Bestellung?';
    document.querySelector('article')!.append(host);
    expect(amazonMessages().value.messages).toEqual(before);
  });
});

const ebayPane = (texts: string[]) => {
  document.body.innerHTML = `<div class="msg-content-view"><div class="app-conversation">
    <div class="app-conversation__header"><h2 class="app-conversation__username"><a href="https://www.ebay.com/usr/buyer_1">buyer_1</a></h2></div>
    <div class="app-conversation__messages">${texts
      .map(
        (
          t,
          i,
        ) => `<div class="app-conversation__message-bubble${i % 2 ? ' app-conversation__message-bubble__grey' : ''}">
      <div class="app-conversation__message-bubble__message"><p class="app-conversation__message-bubble__message__content">${t}</p></div>
      <span class="app-conversation__message-bubble__posted-time">Sep ${9 - i}, 2026 10:0${i} AM</span></div>`,
      )
      .join('')}</div>
    <div class="imageupload__inputmultiline"><textarea id="imageupload__sendmessage--textbox"></textarea></div>
  </div></div>`;
};

function ebayMessages(now = NOW) {
  const r = ebayAdapter.readThread(document, EBAY_URL, now);
  if (!r.ok) throw new Error(r.reason);
  return r.value.messages;
}

describe('per-bubble memo (eBay)', () => {
  it('sees a bubble reused with new text and a changed direction class', () => {
    ebayPane(['It ships tomorrow.', 'When will it ship?']);
    const first = ebayMessages();
    expect(ebayMessages()).toEqual(first);
    const bubbles = document.querySelectorAll('.app-conversation__message-bubble');
    bubbles[1]!.querySelector('p')!.textContent = 'A different conversation now';
    expect(ebayMessages()[0]!.text).toBe('A different conversation now');
    bubbles[1]!.classList.remove('app-conversation__message-bubble__grey');
    expect(ebayMessages()[0]!.direction).toBe('out');
  });

  it('sees a wrapper added between the bubbles and the list', () => {
    ebayPane(['It ships tomorrow.', 'When will it ship?', 'Is it available?']);
    expect(ebayMessages().map((m) => m.direction)).toEqual(['out', 'in', 'out']);
    const bubble = document.querySelectorAll('.app-conversation__message-bubble')[0]!;
    const wrapper = document.createElement('div');
    wrapper.className = 'row received';
    bubble.replaceWith(wrapper);
    wrapper.append(bubble);
    expect(ebayMessages()[2]!.direction).toBe('in');
    wrapper.className = 'row sent';
    expect(ebayMessages()[2]!.direction).toBe('out');
  });
});

describe('bubble list shape (eBay)', () => {
  it('sees an alternative that was absent turn up in one bubble, and one that goes away', () => {
    ebayPane(['It ships tomorrow.', 'When will it ship?']);
    expect(ebayMessages()[1]!.sentAtText).toBe('Sep 9, 2026 10:00 AM');
    const newest = document.querySelectorAll('.app-conversation__message-bubble')[0]!;
    const stamp = document.createElement('time');
    stamp.setAttribute('datetime', '2026-09-09T08:30:00.000Z');
    stamp.textContent = 'Earlier';
    newest.append(stamp);
    const stamped = ebayMessages()[1]!;
    expect(stamped.sentAt).toBe(Date.parse('2026-09-09T08:30:00.000Z'));
    expect(stamped.sentAtText).toBe('Earlier');
    stamp.remove();
    expect(ebayMessages()[1]!.sentAtText).toBe('Sep 9, 2026 10:00 AM');
  });
});

describe('createSubtreeMemo', () => {
  it('keeps a value until the subtree changes, and compares the key', () => {
    document.body.innerHTML = '<div id="a"><span>x</span></div><div id="b"></div>';
    const memo = createSubtreeMemo<number>();
    const a = document.getElementById('a')!;
    memo.set(a, 'k', 1);
    expect(memo.get(a, 'k')).toBe(1);
    expect(memo.get(a, 'other')).toBeUndefined();
    document.getElementById('b')!.textContent = 'elsewhere';
    expect(memo.get(a, 'k')).toBe(1);
    a.querySelector('span')!.setAttribute('class', 'y');
    expect(memo.get(a, 'k')).toBeUndefined();
  });

  it('keeps nothing for an element outside a document tree', () => {
    const memo = createSubtreeMemo<number>();
    const loose = document.createElement('div');
    memo.set(loose, '', 1);
    expect(memo.get(loose, '')).toBeUndefined();
  });
});

describe('parseTimeMemo', () => {
  const TEXTS = [
    'Sep 4, 2026 8:15 AM',
    '5 minutes ago',
    'just now',
    '3h',
    '2d',
    'Yesterday 4:04 PM',
    'Today',
    '4:04 PM',
    'Mon 16:04',
    'Freitag',
    'Mar 5',
    'Feb 29',
    '12/31',
    '05.09.2026',
    '2026年9月5日',
    '昨天 下午4:04',
    'vor 3 Stunden',
    'il y a 2 jours',
    'nonsense',
    '',
  ];
  const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'zh-CN'];
  // Around midnight, across a year end and a leap day, and ordinary minutes apart.
  const NOWS = [
    new Date(2026, 8, 10, 12, 0).getTime(),
    new Date(2026, 8, 10, 12, 7).getTime(),
    new Date(2026, 8, 10, 23, 59, 59).getTime(),
    new Date(2026, 8, 11, 0, 0, 1).getTime(),
    new Date(2026, 11, 31, 23, 30).getTime(),
    new Date(2027, 0, 1, 0, 30).getTime(),
    new Date(2028, 1, 29, 10, 0).getTime(),
    new Date(2028, 2, 1, 10, 0).getTime(),
  ];

  it('equals parsePortalTime for every text, locale and now, in any order', () => {
    for (const order of [NOWS, [...NOWS].reverse()]) {
      for (const now of order) {
        for (const locale of LOCALES) {
          for (const text of TEXTS) {
            expect(parseTimeMemo(text, locale, now), `${text} ${locale} ${now}`).toEqual(
              parsePortalTime(text, locale, now),
            );
          }
        }
      }
    }
  });
});
