// Visual harness for the extension pages: loads the built extension into headless Chromium, seeds the database
// with a demo inbox (three platforms, several languages, a hostile subject), and screenshots the side panel
// (list, thread, both languages, empty state) and the popup.
//
//   npx wxt build && node tests/harness/seed-ui.mjs [output folder, default: <tmp>/hw-ui-shots]
//
// Chromium: $CHROME_PATH or /usr/bin/chromium (tests/harness/fixture-server.mjs launches it). Screenshots of Chinese text need a CJK font on the machine
// (Debian: fonts-noto-cjk or fonts-wqy-microhei).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchWithExtension } from './fixture-server.mjs';

const EXT = path.resolve('.output/chrome-mv3');
const OUT = path.resolve(process.argv[2] ?? path.join(os.tmpdir(), 'hw-ui-shots'));
const DB_NAME = 'helloworld-seller-assistant';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

if (!fs.existsSync(path.join(EXT, 'manifest.json'))) {
  console.error('Build the extension first: npx wxt build');
  process.exit(1);
}
fs.mkdirSync(OUT, { recursive: true });

/** A demo inbox: [platform, site, id, buyer, subject, orderIds, flags, messages as [direction, minutes ago, text]]. */
function demoInbox(now) {
  const specs = [
    [
      'amazon',
      'amazon.de',
      'c1',
      'Jürgen Müller',
      'Wo ist meine Bestellung?',
      ['302-1234567-7654321'],
      { urgent: 1, unread: 1 },
      [
        [
          'in',
          30 * 60,
          'Hallo,\nich habe vor zwei Wochen bestellt und das Paket ist immer noch nicht da.\nBitte um schnelle Antwort!',
        ],
        ['system', 29 * 60, 'Amazon: The buyer has been notified of your response time.'],
        ['in', 26 * 60, 'Hallo? Ich warte noch immer. Sonst öffne ich einen A-bis-z-Garantieantrag.'],
      ],
    ],
    [
      'ebay',
      'ebay.com',
      'e1',
      'sarah_k_88',
      'Item arrived damaged — need a replacement',
      ['14-10923-55512'],
      { unread: 1 },
      [['in', 50, 'Hi, the mug arrived with a crack on the handle. Photos attached.']],
    ],
    [
      'shopee',
      'shopee.co.id',
      's1',
      'budi.santoso',
      'Barang belum sampai',
      ['240611ABCD1234'],
      {},
      [
        ['in', 6 * 60, 'Kak, pesanan saya belum sampai sudah 5 hari. Mohon dicek ya.'],
        [
          'out',
          5 * 60,
          'Halo Kak Budi, kami sudah cek: paket sedang di gudang kurir Jakarta. Estimasi tiba besok.',
        ],
      ],
    ],
    [
      'amazon',
      'amazon.com',
      'c2',
      'Michael',
      '<img src=x onerror=alert(1)>',
      ['113-9988776-1122334'],
      {},
      [['in', 2 * 60, '<script>alert("xss")</script> Is this compatible with iPhone 16?']],
    ],
    [
      'amazon',
      'amazon.co.uk',
      'c3',
      'Olivia Bennett',
      'Return request for order 204-5566778-9900112',
      ['204-5566778-9900112'],
      { state: 'pending' },
      [
        ['in', (3 * DAY) / MINUTE, 'I would like to return this, it is the wrong size.'],
        [
          'out',
          (3 * DAY) / MINUTE - 40,
          'Hello Olivia, sorry about that! I have sent you a prepaid return label.',
        ],
      ],
    ],
    [
      'ebay',
      'ebay.de',
      'e2',
      'kaufrausch2000',
      'Frage zum Artikel: Kabel USB-C 2m',
      [],
      {},
      [
        ['in', 9 * 60, 'Unterstützt das Kabel 100W Schnellladen?'],
        ['out', 8 * 60, 'Ja, das Kabel unterstützt bis zu 100W (20V/5A).'],
      ],
    ],
    [
      'shopee',
      'shopee.com.my',
      's2',
      'mei_ling',
      '可以开发票吗？',
      ['240612XYZ7788'],
      { unread: 1 },
      [['in', 12, '你好，请问可以开公司发票吗？抬头是吉隆坡贸易有限公司。']],
    ],
    [
      'amazon',
      'amazon.de',
      'c4',
      'Anna Schmidt',
      'Rechnung benötigt',
      ['302-5551234-0001112'],
      { state: 'done' },
      [
        ['in', (2 * DAY) / MINUTE, 'Können Sie mir bitte eine Rechnung schicken?'],
        ['out', (2 * DAY) / MINUTE - 30, 'Gerne, die Rechnung ist jetzt im Bestellbereich hochgeladen.'],
      ],
    ],
    [
      'amazon',
      'amazon.fr',
      'c5',
      'Camille Laurent',
      'Produit défectueux',
      ['171-2223334-4445556'],
      { urgent: 1 },
      [
        [
          'in',
          40 * 60,
          "Bonjour, l'appareil ne s'allume plus après deux jours. Je demande un remboursement.",
        ],
      ],
    ],
    [
      'ebay',
      'ebay.co.uk',
      'e3',
      'tom_h',
      'Combined postage?',
      [],
      { state: 'done' },
      [
        ['in', (4 * DAY) / MINUTE, 'Can you combine postage if I buy three?'],
        ['out', (4 * DAY) / MINUTE - 90, 'Yes — add all three to your basket and I will send an invoice.'],
      ],
    ],
    [
      'shopee',
      'shopee.co.th',
      's3',
      'somchai.p',
      'สินค้าผิดสี',
      ['240601TH0001'],
      {},
      [['in', 20 * 60, 'ได้รับสินค้าผิดสีครับ สั่งสีดำแต่ได้สีขาว']],
    ],
    [
      'amazon',
      'amazon.com',
      'c6',
      'Jennifer',
      'Where is my refund?',
      ['113-4445556-7778889'],
      { state: 'pending' },
      [
        ['in', (10 * DAY) / MINUTE, 'I returned the item a week ago, where is my refund?'],
        [
          'out',
          (10 * DAY) / MINUTE - 60,
          'Hi Jennifer, the refund was issued today; it takes 3–5 business days.',
        ],
      ],
    ],
    [
      'ebay',
      'ebay.com',
      'e4',
      'collector_joe',
      'Best offer question',
      [],
      {},
      [['in', 3 * 60, 'Would you accept $45 for the lot?']],
    ],
    [
      'amazon',
      'amazon.de',
      'c7',
      'Lukas Weber',
      'Lieferadresse ändern',
      ['302-9990001-2223334'],
      { unread: 1 },
      [['in', 8, 'Kann ich die Lieferadresse noch ändern? Neue Adresse: Hauptstr. 5, 10115 Berlin']],
    ],
    [
      'shopee',
      'shopee.co.id',
      's4',
      'rina_w',
      'Tanya ukuran',
      [],
      { state: 'done' },
      [
        ['in', (6 * DAY) / MINUTE, 'Ukuran L muat untuk berat 60kg?'],
        ['out', (6 * DAY) / MINUTE - 20, 'Muat kak, L untuk 55–65kg.'],
      ],
    ],
    [
      'amazon',
      'amazon.co.uk',
      'c8',
      'George',
      'Missing screws in package',
      ['204-1112223-3334445'],
      {},
      [['in', 90, 'The package was missing 4 screws. Can you send them?']],
    ],
    [
      'ebay',
      'ebay.de',
      'e5',
      'mariechen',
      'Versand nach Österreich?',
      [],
      {},
      [
        ['in', 14 * 60, 'Versenden Sie auch nach Österreich?'],
        ['out', 13 * 60, 'Ja, Versand nach Österreich kostet 4,90 €.'],
      ],
    ],
    [
      'amazon',
      'amazon.com',
      'c9',
      'Carlos Rivera',
      'Gift wrap',
      ['113-0001112-2223334'],
      { state: 'done' },
      [
        ['in', (20 * DAY) / MINUTE, 'Can you add gift wrap?'],
        ['out', (20 * DAY) / MINUTE - 15, 'Sorry, we cannot add gift wrap to shipped orders.'],
      ],
    ],
    [
      'shopee',
      'shopee.com.my',
      's5',
      'ahmad_z',
      'Order cancelled?',
      ['240520MY0099'],
      {},
      [['in', 28 * 60, 'Why was my order cancelled? I already paid.']],
    ],
    [
      'amazon',
      'amazon.it',
      'c10',
      'Giulia Romano',
      'Tempi di consegna',
      [],
      {},
      [['in', 45, 'Quando arriva il mio ordine? Mi serve per sabato.']],
    ],
  ];

  const threads = [];
  const messages = [];
  for (const [platform, site, nativeId, buyer, subject, orderIds, flags, msgs] of specs) {
    const id = `${platform}:${site}:${nativeId}`;
    const timeline = msgs.map(([direction, minutesAgo, text], seq) => ({
      id: `${id}#${seq}`,
      threadId: id,
      fingerprint: `fp-${id}-${seq}`,
      seq,
      direction,
      author: direction === 'in' ? buyer : direction === 'out' ? 'HelloWorld Store' : platform,
      sentAt: now - minutesAgo * MINUTE,
      sentAtText: new Date(now - minutesAgo * MINUTE).toUTCString(),
      sentAtPrecision: 'minute',
      text,
      translations: {},
      attachments: id === 'ebay:ebay.com:e1' ? [{ name: 'IMG_2041.jpg' }, { name: 'IMG_2042.jpg' }] : [],
      firstSeenAt: now,
    }));
    messages.push(...timeline);
    const talk = timeline.filter((m) => m.direction !== 'system');
    const last = talk[talk.length - 1];
    const lastAt = (d) => Math.max(0, ...timeline.filter((m) => m.direction === d).map((m) => m.sentAt));
    const state = flags.state ?? (last.direction === 'in' ? 'open' : 'pending');
    threads.push({
      id,
      platform,
      site,
      host: platform === 'amazon' ? `sellercentral.${site}` : site,
      nativeThreadId: nativeId,
      url: `https://sellercentral.${site}/messaging/thread/${nativeId}`,
      buyerName: buyer,
      customerId: `${platform}:${site}:name:${buyer.toLowerCase()}`,
      orderIds,
      items: [],
      subject,
      snippet: last.text.replace(/\s+/g, ' ').slice(0, 160),
      snippetDirection: last.direction,
      portalStatus: state === 'done' ? 'Resolved' : undefined,
      lastMessageAt: Math.max(...timeline.map((m) => m.sentAt)),
      lastInboundAt: lastAt('in'),
      lastOutboundAt: lastAt('out'),
      messageCount: timeline.length,
      needsReply: last.direction === 'in' ? 1 : 0,
      unread: flags.unread ?? 0,
      urgent: flags.urgent ?? 0,
      state,
      tags: [],
      captured: 1,
      createdAt: now - 30 * DAY,
      updatedAt: now,
    });
  }
  return { threads, messages };
}

const STATUSES = (now) => ({
  101: {
    platform: 'amazon',
    host: 'sellercentral.amazon.de',
    url: 'https://sellercentral.amazon.de/messaging/inbox',
    page: 'inbox-with-thread',
    missing: [],
    threadsRead: 12,
    messagesRead: 57,
    pendingSnapshots: 0,
    at: now,
    openThreadId: 'amazon:amazon.de:c1',
  },
  102: {
    platform: 'amazon',
    host: 'sellercentral.amazon.com',
    url: 'https://sellercentral.amazon.com/messaging/inbox',
    page: 'unrecognised',
    missing: ['#case-messages', '[data-test-id="thread-header"]'],
    threadsRead: 0,
    messagesRead: 0,
    pendingSnapshots: 2,
    at: now - 1000,
  },
});

const { browser, extensionId } = await launchWithExtension({
  extensionPath: EXT,
  userDataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'hw-profile-')),
  defaultViewport: null,
});

const dialogs = [];
try {
  const base = `chrome-extension://${extensionId}`;
  const page = await browser.newPage();
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.setViewport({ width: 360, height: 800, deviceScaleFactor: 2 });

  const shot = async (name, target = page) => {
    await target.bringToFront();
    await new Promise((r) => setTimeout(r, 250));
    await target.screenshot({ path: path.join(OUT, `${name}.png`) });
    console.log('wrote', path.join(OUT, `${name}.png`));
  };

  // A new user: nothing stored yet.
  await page.goto(`${base}/sidepanel.html`);
  await page.waitForSelector('[data-testid="empty-inbox"]');
  await shot('sidepanel-empty-en');

  // Seed through raw IndexedDB (the page's Dexie has created the schema), the adapter status through session storage.
  const now = Date.now();
  const { threads, messages } = demoInbox(now);
  await page.evaluate(
    async (name, threads, messages, statuses) => {
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise((resolve, reject) => {
        const tx = db.transaction(['threads', 'messages'], 'readwrite');
        for (const t of threads) tx.objectStore('threads').put(t);
        for (const m of messages) tx.objectStore('messages').put(m);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      await chrome.storage.session.set({ adapterStatus: statuses });
    },
    DB_NAME,
    threads,
    messages,
    STATUSES(now),
  );
  // Raw IndexedDB writes bypass Dexie's change notifications, so reload once.
  await page.reload();
  await page.waitForSelector('[data-testid="inbox-row"]');
  await shot('sidepanel-list-en');

  const rowCount = await page.$$eval('[data-testid="inbox-row"]', (rows) => rows.length);
  const hostile = await page.$eval('[data-thread-id="amazon:amazon.com:c2"]', (row) => row.textContent);
  console.log(
    `rows: ${rowCount}; hostile subject rendered as text: ${hostile?.includes('<img src=x onerror=alert(1)>')}`,
  );

  await page.click('[data-testid="state-tab-needsReply"]');
  await shot('sidepanel-needs-reply-en');
  await page.click('[data-testid="platform-chip-amazon"]');
  await shot('sidepanel-amazon-needs-reply-en');
  await page.click('[data-testid="platform-chip-all"]');
  await page.click('[data-testid="state-tab-all"]');

  await page.type('[data-testid="search"]', 'müller');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="inbox-row"]').length === 1, {
    polling: 100,
  });
  await shot('sidepanel-search-en');
  await page.click('[data-testid="clear-search"]');

  // Thread view: reading it marks it read; inserting without a portal tab explains what to do.
  await page.waitForSelector('[data-thread-id="ebay:ebay.com:e1"]');
  await page.click('[data-thread-id="ebay:ebay.com:e1"]');
  await page.waitForSelector('[data-testid="thread-view"] [data-testid="timeline-message"]');
  await page.type(
    '[data-testid="reply-draft"]',
    'Hi Sarah,\nso sorry about that! A replacement is on its way today.',
  );
  await page.click('[data-testid="insert-reply"]');
  await page.waitForSelector('[data-testid="insert-result"]');
  await shot('sidepanel-thread-en');

  await page.click('[data-testid="back"]');
  await page.waitForSelector('[data-thread-id="amazon:amazon.de:c1"]', { visible: true });
  await page.click('[data-thread-id="amazon:amazon.de:c1"]');
  await page.waitForSelector('[data-testid="mark-handled"]');
  await page.click('[data-testid="mark-handled"]');
  await page.waitForSelector('[data-testid="reopen"]');
  await shot('sidepanel-thread-handled-en');

  await page.click('[data-testid="back"]');
  await page.waitForSelector('[data-testid="language-zh-CN"]', { visible: true });
  await page.click('[data-testid="language-zh-CN"]');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN', { polling: 100 });
  await shot('sidepanel-list-zh');
  await page.click('[data-thread-id="shopee:shopee.co.id:s1"]');
  await page.waitForSelector('[data-testid="thread-view"] [data-testid="timeline-message"]');
  await shot('sidepanel-thread-zh');

  const popup = await browser.newPage();
  await popup.setViewport({ width: 360, height: 500, deviceScaleFactor: 2 });
  await popup.goto(`${base}/popup.html`);
  await popup.waitForSelector('[data-testid="stat-open"]');
  await shot('popup-zh', popup);
  await popup.click('[data-testid="language-en"]');
  await popup.waitForFunction(() => document.documentElement.lang === 'en', { polling: 100 });
  await shot('popup-en', popup);

  // "Open inbox" opens the real side panel (a Puppeteer click is a user gesture).
  const before = new Set(browser.targets());
  await popup.click('[data-testid="open-sidepanel"]');
  const panelTarget = await browser.waitForTarget(
    (t) => !before.has(t) && t.url().startsWith(`${base}/sidepanel.html`),
    { timeout: 10_000 },
  );
  const panel = await panelTarget.asPage();
  await panel.waitForSelector('[data-testid="inbox-row"]');
  await panel.screenshot({ path: path.join(OUT, 'sidepanel-real.png') });
  console.log('real side panel opened, width', await panel.evaluate(() => innerWidth));

  console.log(
    dialogs.length === 0 ? 'no dialogs opened (hostile text stayed text)' : `DIALOGS: ${dialogs.join(', ')}`,
  );
} finally {
  await browser.close();
}
if (dialogs.length > 0) process.exit(1);
