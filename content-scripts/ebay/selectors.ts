/**
 * eBay messaging selectors. Every entry lists alternatives, most specific first, with the page, the UI generation
 * and the evidence (PORTALS.md section and confidence). eBay's BEM names (`card__*`, `app-conversation__*`,
 * `imageupload__*`) are its stable design-system names; hashed class names are never used. Expected match counts
 * are pinned on the unit-test markup (tests/unit/ebay-adapter.test.ts) and on the fixture pages in real Chromium
 * (tests/e2e/selector-tables/ebay.ts).
 */
export const EBAY_SELECTORS = {
  // ---------------------------------------------------------------------------------------------------------
  // Messaging app (`/cnt/ViewMessage`, `/msg/*`): conversation list (PORTALS.md 3.2)

  /** The list scroller: `[data-testid="messages-inbox"].app-infinite-scroll` (3.2, MED); `.msg-inbox-list` (MED, Selenium). */
  inboxList: ['[data-testid="messages-inbox"]', '.msg-inbox-list', '.app-infinite-scroll'],

  /**
   * One conversation card: a `<button data-conversation-id>` (3.2, HIGH, copied off the live page); the
   * `data-testid` `conversation-item__from-member|from-ebay` (HIGH); `.message-button` (MED, live-page scripts);
   * `.card__item`, the list item around it (MED, Selenium).
   */
  card: ['[data-conversation-id]', '[data-testid^="conversation-item"]', '.message-button', '.card__item'],

  /** Buyer username: `.card__username` (3.2 sketch, HIGH); other spellings (LOW, guesses for a redesign). */
  cardUsername: [
    '.card__username',
    '[data-testid*="username"]',
    '[class*="username"]',
    '[class*="user-name"]',
  ],
  /** Subject, usually the item title: `.card__conversation-title` (3.2 sketch, HIGH); generic spellings (LOW). */
  cardTitle: [
    '.card__conversation-title',
    '.message-subject', // 3.2 hook list (HIGH); wraps the visible `.ux-textspans` and the `.clipped` copy
    '[class*="conversation-title"]',
    '[class*="subject"]',
  ],
  /** Latest message: `.card__latest-message` (3.2 sketch, HIGH); generic spellings (LOW). */
  cardSnippet: [
    '.card__latest-message',
    '[class*="latest-message"]',
    '[class*="snippet"]',
    '[class*="preview"]',
  ],
  /** Time: `.card__datetime small` (3.2, HIGH); `.card__time .ux-textspans` variant (MED); generic (LOW). */
  cardTime: [
    '.card__datetime',
    '.card__time',
    '[class*="datetime"]',
    'time',
    '[class*="time"]',
    '[class*="date"]',
  ],
  /** Thread URL: `.card__message-content-wrapper[data-href]` (3.2 variant, MED). */
  cardLink: ['.card__message-content-wrapper[data-href]', '[data-href]'],
  /** Unread dot: `.status-dot`, `status-dot--hidden` once read (3.2, HIGH). */
  statusDot: ['.status-dot', '[class*="status-dot"]'],
  /** eBay's own system conversations: `data-testid` containing `from-ebay` (3.2, HIGH). */
  systemCard: ['[data-testid*="from-ebay"]'],
  /** The open card: `.card__item--active` (3.2, LOW–MED: not set reliably); ARIA current/selected states. */
  activeCard: [
    '.card__item--active',
    '[aria-current="true"]',
    '[aria-current="page"]',
    '[aria-selected="true"]',
    '[aria-pressed="true"]',
    '[class*="card__item--active"]',
  ],

  // ---------------------------------------------------------------------------------------------------------
  // Messaging app: thread pane (PORTALS.md 3.3)

  /**
   * The pane around the open conversation: `.msg-content-view` (3.3, MED; live-page extensions key on it);
   * `.app-conversation`, the BEM block of the bubbles (MED, inferred from its element names).
   */
  threadPane: [
    '.msg-content-view',
    '[class*="msg-content-view"]',
    '.app-conversation',
    '[class*="conversation-view"]',
  ],

  /**
   * One chat bubble: `.app-conversation__message-bubble`, with `…__grey` on the other party's (3.3, MED, several
   * extensions); `.m2m-message-bubble` (LOW, one extension's fallback); a `data-testid` spelling (LOW, guess).
   */
  bubble: ['.app-conversation__message-bubble', '.m2m-message-bubble', '[data-testid*="message-bubble"]'],
  /** Bubble text `…__message__content` (3.3, MED); other spellings (LOW). */
  bubbleContent: [
    '.app-conversation__message-bubble__message__content',
    '[class*="__message__content"]',
    '[class*="message-content"]',
    '[class*="message-text"]',
  ],
  /** Bubble time `…__posted-time` (3.3, MED); generic time hooks (LOW). */
  bubbleTime: [
    '.app-conversation__message-bubble__posted-time',
    '[class*="posted-time"]',
    'time',
    '[class*="timestamp"]',
    '[class*="time"]',
    '[class*="date"]',
  ],
  /** A sender label inside a bubble, when one is shown (LOW: the sources show none; guess). */
  bubbleAuthor: ['[class*="__username"]', '[class*="sender"]', '[class*="author"]', '[class*="__name"]'],
  /**
   * Day separators between the bubbles ("Today", "Yesterday", "Sep 5"), read only for bubbles whose time is a bare
   * clock: ARIA `separator` (LOW: 3.3 names no divider; a common chat pattern), divider/separator class words (LOW).
   */
  dateDivider: ['[role="separator"]', '[class*="divider"]', '[class*="separator"]'],
  /** The avatar initial that innerText puts before a bubble's text (3.3, MED). */
  avatar: ['[class*="avatar"]', '[class*="initial"]'],

  /** The thread header's other party (LOW: markup unknown; profile links `/usr/<name>` are eBay-wide, HIGH). */
  threadUsername: [
    '[class*="conversation__header"] [class*="username"]',
    '[data-testid*="username"]',
    '[class*="username"]',
    '[class*="user-name"]',
    '[class*="buyer-name"]',
  ],
  /** Member profile links `/usr/<username>` (eBay-wide URL scheme, HIGH), read outside the bubbles and item card. */
  profileLink: ['a[href*="/usr/"]'],

  /** Item card of the thread: `.app-base-item-card` (3.3, MED); generic spellings (LOW). */
  itemCard: ['.app-base-item-card', '[class*="base-item-card"]', '[class*="item-card"]'],
  /** Item title as the card shows it, the thread's subject: `…__item-title` (3.3, MED). */
  itemTitle: ['.app-base-item-card__item-title', '[class*="item-card__item-title"]', '[class*="item-title"]'],
  /** `.app-base-item-card__item-title a`, whose href ends in the item id (3.3, MED; one extension's `h1 a`). */
  itemLink: [
    '.app-base-item-card__item-title a[href]',
    '[class*="item-card"] a[href*="/itm/"]',
    'a[href*="/itm/"]',
  ],

  /**
   * E-mail style messages: the same-origin `iframe#app__email-iframe`, reused for every message (3.3, MED; a
   * live-page automation reads its contentDocument). Other spellings are guesses (LOW).
   */
  emailFrame: ['iframe#app__email-iframe', 'iframe[id*="email-iframe"]', 'iframe[class*="email-iframe"]'],
  /**
   * The member's own words inside eBay's message e-mail: `#UserInputtedText` (older turns `…Text1`, `…Text2`),
   * `#V4PrimaryMessage` in older templates (HIGH: several public parsers of eBay message HTML).
   */
  emailBody: [
    '#UserInputtedText',
    '[id^="UserInputtedText"]',
    '#V4PrimaryMessage',
    '[class*="message-body"]',
  ],
  /** Sender label around or inside an e-mail message (LOW: markup unknown; "From:" lines are read as text too). */
  emailSender: ['[data-testid*="sender"]', '[class*="sender"]', '[class*="from"]'],
  /** Date label around or inside an e-mail message (LOW: markup unknown; "Sent:" lines are read as text too). */
  emailTime: ['time', '[data-testid*="date"]', '[class*="date"]', '[class*="time"]'],

  /** Loading states: `.skeleton`, `[role=progressbar]` (3.2, MED); `aria-busy` and spinner classes (LOW). */
  loading: [
    '.skeleton',
    '[role="progressbar"]',
    '[aria-busy="true"]',
    '[class*="skeleton"]',
    '[class*="spinner"]',
  ],

  // ---------------------------------------------------------------------------------------------------------
  // Reply box (PORTALS.md 3.4, HIGH, six or more sources) and the item-page overlay

  /**
   * `textarea#imageupload__sendmessage--textbox` in `.imageupload__inputmultiline` (3.4, HIGH: thread pane,
   * contact pages, m2m overlay); `textarea.textbox__control` only inside the compose widget or the pane.
   */
  composer: [
    'textarea#imageupload__sendmessage--textbox',
    '.imageupload__inputmultiline textarea',
    'textarea.textbox__control',
  ],
  /**
   * `button#imageupload__send--button` next to the reply box (3.4, HIGH: the messages page's thread pane, the
   * contact pages and the item page's m2m overlay frame). Marks the compose area for the textarea fallback; clicked
   * only by away mode (issue 5), after inserting its text.
   */
  sendButton: ['#imageupload__send--button'],
  /** "Contact seller/buyer" overlay on item pages: `iframe.m2m-dialog__ifr` (3.1, MED). */
  m2mFrame: ['iframe.m2m-dialog__ifr', 'iframe[class*="m2m-dialog"]'],

  // ---------------------------------------------------------------------------------------------------------
  // Legacy `mesg.ebay.com/mesgweb/ViewMessages/…` (PORTALS.md 3.3, HIGH as history)

  /**
   * Rows `tr.msg-read` / `tr.msg-unread` with cells `<id>-from`, `<id>-sub`, `<id>-msg-recvd` (HIGH); rows are
   * also found structurally, as the `tr` around a `-from` cell (legacy-reader.ts).
   */
  legacyRow: ['tr.msg-unread, tr.msg-read', 'tr[class*="msg-"]'],
  /** Legacy row cells `<messageId>-from`, `-sub`, `-msg-recvd`, each holding a `div` (HIGH, Selenium scrapers). */
  legacyFrom: ['td[id$="-from"]', '[id$="-from"]'],
  /** See legacyFrom. */
  legacySubject: ['td[id$="-sub"]', '[id$="-sub"]'],
  /** See legacyFrom. */
  legacyReceived: ['td[id$="-msg-recvd"]', '[id$="-msg-recvd"]', '[id$="-recvd"]'],
  /** Detail: `#msg-desc` holds `h2` subject and From/To/Sent label-value spans; body in `iframe#email_iframe` (HIGH). */
  legacyDetail: ['#msg-desc'],
  /** The legacy message body frame `iframe#email_iframe` (3.3, HIGH). */
  legacyFrame: ['iframe#email_iframe', 'iframe[name="email_iframe"]'],
} as const;

/** What the screen-reader copy of an unread card's subject starts with, per eBay site language (3.2, MED–HIGH). */
export const UNREAD_PREFIX =
  /^\s*(unread|ungelesen|non lu|non letto|no leído|no leido|ongelezen|nieprzeczytan[aey]?|não lida|未读|未讀)\s*[,:，]\s*/i;

/** "Loading…" as an e-mail placeholder says it (LOW: wording guessed per site language). */
export const LOADING_TEXT =
  /^\s*(loading|wird geladen|laden|chargement|cargando|caricamento|ładowanie|carregando|加载中|載入中)\b.{0,20}$/i;
