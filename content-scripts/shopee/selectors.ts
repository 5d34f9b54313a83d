/**
 * Shopee Seller Centre chat selectors (PORTALS.md section 4). Every entry lists alternatives, most specific
 * first, with the page/generation it covers and the evidence. Shopee's class names are hashed and rotate with
 * every build (4.2, HIGH), so no entry uses one: the anchors are `data-cy` hooks, ids, the React-Virtualized
 * library class (not hashed), ARIA roles, `title` attributes, `<pre>` and structure. Expected match counts on
 * the unit-test markup are pinned in tests/unit/shopee-adapter.test.ts.
 *
 * "Public automation" below means selectors seen in open-source Shopee chat bots that ran against the live
 * page (one source each, so MED at best); they are extra alternatives, never the only anchor for anything.
 */
export const SHOPEE_SELECTORS = {
  /**
   * The conversation list (full-page webchat, CNSC, and the floating mini-window): `data-cy` hooks (4.2,
   * HIGH/MED). The `^=` form covers a renamed wrapper of the same family (LOW).
   */
  conversationList: [
    '[data-cy="webchat-conversation-list"]',
    '[data-cy="webchat-conversation-list-wrapper"]',
    '[data-cy^="webchat-conversation-list"]',
  ],

  /**
   * One conversation (4.2, HIGH/MED: `webchat-conversation-cell-container`). `webchat-conversation-cell-root`
   * and its `-current` form were seen in public automation on the 2026 page (MED). Outermost matches win.
   */
  conversationRow: [
    '[data-cy="webchat-conversation-cell-container"]',
    '[data-cy^="webchat-conversation-cell-root"]',
  ],

  /**
   * The selected conversation row: `…-cell-root-current` (public automation, MED); ARIA selection states for
   * other generations (LOW).
   */
  selectedRow: [
    '[data-cy="webchat-conversation-cell-root-current"]',
    '[data-cy$="-current"]',
    '[aria-selected="true"]',
    '[aria-current="true"]',
    '[aria-current="page"]',
    '[data-selected="true"]',
    '[data-active="true"]',
  ],

  /**
   * Parts of a conversation row. Name: the element with a `title` attribute (4.2, MED); the `-cell-name`,
   * `-cell-timestamp` and `-cell-content-text` hooks were seen in public automation (MED, 2026).
   */
  rowName: ['[data-cy="webchat-conversation-cell-name"]', '[title]'],
  rowTime: ['[data-cy="webchat-conversation-cell-timestamp"]', 'time'],
  rowSnippet: [
    '[data-cy="webchat-conversation-cell-content-text"]',
    '[data-cy="webchat-conversation-cell-message"]',
  ],

  /**
   * The open conversation's message list: `#message-virtualized-list` (4.2, MED–HIGH); the detail message
   * container hook (public automation, MED); spellings of the id for a renamed build (LOW).
   */
  messageList: [
    '#message-virtualized-list',
    '[data-cy="webchat-conversation-detail-message-container"]',
    '[id*="message-virtualized"]',
    '[data-cy*="message-list"]',
  ],

  /**
   * React-Virtualized's inner container: a library class, not a hashed one (4.2, MED–HIGH). Its children are
   * the absolutely positioned rows. react-window and other virtualisers use no class: structure covers them.
   */
  virtualInner: ['.ReactVirtualized__Grid__innerScrollContainer', '[class*="innerScrollContainer"]'],

  /**
   * Message direction hooks (4.2, HIGH/MED): `send` marks the seller, `system` the portal; anything else is the
   * buyer. `webchat-message-receive` marks the buyer explicitly in public automation (MED).
   */
  messageSend: ['[data-cy="webchat-message-send"]'],
  messageSystem: ['[data-cy="webchat-message-system"]'],
  messageReceive: ['[data-cy="webchat-message-receive"]'],
  /** Any message hook, to find messages when the list itself has no known id (newer builds, LOW). */
  anyMessage: [
    '[data-cy="webchat-message-send"]',
    '[data-cy="webchat-message-system"]',
    '[data-cy="webchat-message-receive"]',
  ],

  /** Message text is in `<pre>` (4.2, MED); `webchat-message-content` is a guess (4.2, LOW). */
  messageText: ['pre', '[data-cy="webchat-message-content"]'],

  /** Stickers (4.2, MED). */
  sticker: ['img[src*="/packs/"]'],

  /**
   * Product links in a product card: shop URLs `…-i.<shopid>.<itemid>` and `/product/<shopid>/<itemid>`, the
   * seller's own product page `/portal/product/<itemid>` (4.4 product type, MED; URL shapes from the public
   * shop site, HIGH).
   */
  productLink: ['a[href*="-i."]', 'a[href*="/product/"]', 'a[href*="itemid="]', 'a[href*="item_id="]'],

  /**
   * Cards without a product link: hooks and data attributes a build may carry (LOW, guesses from the API's
   * `product`/`order` message types, 4.4). Order-card markup is unconfirmed (4.4, 6).
   */
  productCard: ['[data-cy*="product"]', '[data-item-id]', '[data-itemid]', '[data-product-id]'],
  orderCard: ['[data-cy*="order"]', '[data-order-sn]', '[data-ordersn]', '[data-order-id]'],

  /**
   * The reply box's container (public automation, MED, 2026: `webchat-conversation-detail-input` >
   * `#inputField` > textarea) and the box itself: a plain `<textarea>` (4.3, HIGH); a contenteditable editor in
   * case a build swaps it (LOW).
   */
  composerScope: ['[data-cy="webchat-conversation-detail-input"]', '#inputField'],
  composer: ['textarea', '[contenteditable="true"]', '[role="textbox"]'],

  /**
   * The open conversation's header (buyer name, and on CNSC the region/shop): hook guesses (LOW); the name
   * itself is found structurally, as the `title`-carrying element above the message list.
   */
  header: [
    '[data-cy="webchat-conversation-detail-header"]',
    '[data-cy*="detail-header"]',
    '[data-cy*="chat-header"]',
    'header',
    '[role="banner"]',
  ],

  /** The floating chat mini-window on every Seller Centre page (4.1, MED; the id is shared with shopee.* shop pages). */
  miniChat: ['#shopee-mini-chat-embedded', '[id^="shopee-mini-chat"]'],

  /** CNSC region/shop filter (4.2, MED). */
  regionShopSelector: ['#regionShopSelector', '[id*="regionShopSelector"]'],

  /**
   * Modals over the chat (4.3: the duplicate-message warning, HIGH as behaviour; markup unknown): ARIA first,
   * then the class words of UI libraries (`shopee-modal`, `eds-modal`, `ReactModal__Content`) which are not
   * hashed; the latter only count when their text names a duplicate/repetitive message.
   */
  dialog: ['[role="dialog"]', '[role="alertdialog"]', '[aria-modal="true"]'],
  modalByClass: ['[class*="modal"]', '[class*="Modal"]', '[class*="popup"]', '[class*="dialog"]'],
  dialogTitle: ['[role="heading"]', 'h1', 'h2', 'h3', 'h4', '[class*="title"]', '[class*="header"]'],

  /** Controls that may carry the "Restart conversation" label (4.3, HIGH as behaviour; markup unknown). */
  button: ['button', '[role="button"]', 'a', '[data-cy*="restart"]'],
} as const;

/** "Restart conversation" in the UI languages of Seller Centre (4.3: English and 重新启动对话 HIGH, others LOW). */
export const RESTART_LABEL =
  /^(?:restart (?:conversation|chat)|reopen (?:conversation|chat)|重新启动对话|重新開始對話|重新啟動對話|重新开始对话|mulai ulang(?: (?:percakapan|chat|obrolan))?|mulakan semula(?: (?:perbualan|chat))?|เริ่มการสนทนาใหม่|เริ่มแชทใหม่|bắt đầu lại(?: (?:cuộc trò chuyện|trò chuyện))?|reiniciar (?:conversa|conversación|chat))$/i;

/** Modal text about a duplicate or repetitive message (4.3: CNSC 重复, MY "repetitive"; other languages LOW). */
export const DUPLICATE_TEXT =
  /duplicate|repetitive|repeated|重复|重複|berulang|ซ้ำ|trùng lặp|lặp lại|dư thừa|duplicad|repetid/i;

/** Placeholders and labels of search fields, which are never the reply box. */
export const SEARCH_TEXT = /search|cari|tìm|ค้นหา|搜索|搜尋|搜寻|pesquis|buscar|busca/i;

/**
 * The send control by the reply box (4.3, HIGH as behaviour; markup hashed): an `<i>` icon (classic webchat), a
 * `<div>` with an icon and a "Send" label (the newest `/portal/chat-management` build) or a `<button>` (a redesign).
 * It is found structurally — the first control after the box in the box's row — and these labels confirm a
 * labelled one (UI languages of Seller Centre: en, id, ms, th, vi, zh, pt, es). Only away mode clicks it.
 */
export const SEND_LABEL = /^(?:send|kirim|hantar|ส่ง|gửi|发送|發送|傳送|enviar)$/i;
export const SEND_CONTROL_TAGS = ['button', '[role="button"]', 'i', 'div', 'span'] as const;
