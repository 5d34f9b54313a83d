/**
 * Amazon Seller Central messaging selectors. Every entry lists alternatives, most specific first, with the page
 * and the evidence (PORTALS.md section and confidence). Hashed class names are never used. The expected match
 * counts per fixture are pinned in tests/e2e/selector-counts.e2e.ts.
 */
export const AMAZON_SELECTORS = {
  /** Seller Central shell has loaded (PORTALS.md 2.2, MED). */
  shell: ['#sc-content-container', '#sc-navbar-container'],

  /** The open thread's message container: `#case-messages` (2.3, MED, single source) and spellings of it. */
  threadContainer: [
    '#case-messages',
    '[data-testid="case-messages"]',
    '[id*="case-messages"]',
    '[class*="case-messages"]',
    '[data-testid*="thread-messages"]',
  ],

  /** Status label of a case, "Resolved on <date>" (2.3, MED, single source). */
  statusLabel: ['.case-status-label', '[class*="case-status"]', '[data-testid*="case-status"]'],

  /**
   * One message inside the container. Unknown markup (2.3 "Unknown"): stable hooks first, then semantic
   * elements, then class words; the structural fallback in thread-reader.ts covers what none of these match.
   */
  message: [
    '[data-message-id]',
    '[data-testid="message"]',
    '[data-testid*="message-item"]',
    'kat-message',
    'article',
    '[role="article"]',
    '[role="listitem"]',
    '[class~="message"]',
    '[class*="message-row"]',
    '[class*="message-item"]',
    '[class*="msg"]',
    'li',
  ],

  /** Parts of a message (unknown markup; LOW): sender label, time, body, attachment chips. */
  author: [
    '[data-testid*="sender"]',
    '[class*="sender"]',
    '[class*="author"]',
    '[class*="from"]',
    '[class*="name"]',
    'kat-label',
    'header strong',
    'strong',
  ],
  time: ['time', '[data-testid*="time"]', '[class*="timestamp"]', '[class*="date"]', '[class*="time"]'],
  body: [
    '[data-testid*="message-body"]',
    '[data-testid*="message-text"]',
    '[class*="body"]',
    '[class*="text"]',
    '[class*="content"]',
    'pre',
    'p',
  ],
  attachment: [
    '.file-attachment-chip-file-name', // Contact Buyer page chips (2.4, HIGH)
    '[class*="attachment"] [class*="name"]',
    '[class*="attachment"] a',
    'a[download]',
    '[class*="attachment"]',
    'kat-badge[label]',
  ],

  /** Thread header: buyer, order, subject, marketplace (2.3 sketch, LOW). */
  threadHeader: [
    '[class*="case-header"]',
    '[class*="thread-header"]',
    '[data-testid*="header"]',
    'header',
    'h1, h2',
  ],
  buyerName: [
    '[class*="buyer-name"]',
    '[class*="buyername"]',
    '[data-testid*="buyer"]',
    '[class*="buyer"]',
    '[class*="customer-name"]',
  ],
  subject: ['[class*="subject"]', '[data-testid*="subject"]', 'h1', 'h2', 'h3'],

  /** Inbox list rows (2.3, HIGH that rows are kat-table-row or tr inside Katal tables). */
  inboxRow: ['kat-table-row', '[role="row"]', 'tr'],
  inboxCell: ['kat-table-cell', '[role="cell"]', '[role="gridcell"]', 'td'],
  /** Legacy inbox (2018, HIGH as history). */
  legacyList: ['#threads-list'],

  /** Reply box: kat-textarea with an open shadow root holding a real textarea (2.4, HIGH on Contact Buyer). */
  composerHost: ['kat-textarea'],
  composerFallback: ['textarea', '[contenteditable="true"]', '[role="textbox"]'],
  /** The "Reply" button that reveals the composer: kat-button label (2.3, MED for Case Log pages). */
  button: ['kat-button', 'button'],
} as const;

/** Labels an agent's own messages carry, per UI language. */
export const SELF_LABELS = new Set(
  [
    'you',
    'me',
    'seller',
    'your message',
    'sie',
    'du',
    'ich',
    'verkäufer',
    'vous',
    'moi',
    'vendeur',
    'usted',
    'tú',
    'yo',
    'vendedor',
    'tu',
    'io',
    'venditore',
    'voi',
    'u',
    'jij',
    'verkoper',
    'ty',
    'sprzedawca',
    'du',
    'säljare',
    'siz',
    'satıcı',
    'você',
    'あなた',
    '自分',
    '出品者',
    'セラー',
    '您',
    '你',
    '我',
    '卖家',
    '賣家',
  ].map((s) => s.toLowerCase()),
);

export const REPLY_LABELS =
  /^(reply|respond|antworten|返信|返信する|回复|回覆|répondre|responder|rispondi|beantwoorden|odpowiedz|svara|yanıtla|responder)$/i;

/**
 * Labels of the reply area's Send `kat-button` (its label lives in the host's `label` attribute; PORTALS.md 2.3 sketch
 * and 2.4 Contact Buyer page, MED/HIGH; the UI languages Seller Central offers). Only away mode clicks it.
 */
export const SEND_LABELS =
  /^(send|send message|senden|nachricht senden|送信|发送|發送|envoyer|enviar|invia|verzenden|versturen|wyślij|skicka|gönder|enviar mensagem)$/i;
