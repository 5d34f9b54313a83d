// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Composer, ComposerBlock, PlatformAdapter } from '../../content-scripts/adapter-contract';
import { amazonAdapter } from '../../content-scripts/amazon';
import { ebayAdapter } from '../../content-scripts/ebay';
import { sendThroughComposer } from '../../content-scripts/shared/composer-send';
import { shopeeAdapter } from '../../content-scripts/shopee';

function page(html: string) {
  document.body.innerHTML = html; // test fixture markup, not buyer text
}
beforeEach(() => {
  document.body.innerHTML = '';
});

/** A kat-button as Katal renders it: the real <button> in an open shadow root. */
function katalize(root: ParentNode = document) {
  for (const host of root.querySelectorAll('kat-button')) {
    if (host.shadowRoot) continue;
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('button'));
    inner.textContent = host.getAttribute('label');
  }
}

const amazonShell = (inner: string) =>
  `<div id="sc-navbar-container"></div><div id="sc-content-container"><main>${inner}</main></div>`;

describe('Amazon: the Send control of the reply area (v3 thread sketch, PORTALS.md 2.3)', () => {
  it('is the inner button of the kat-button labelled Send / Senden, not Reply or Cancel', () => {
    for (const label of ['Send', 'Senden', '送信', '发送']) {
      page(
        amazonShell(`<section><div id="case-messages"><article><p>Hi</p></article></div>
        <div class="case-composer"><kat-textarea></kat-textarea>
          <kat-button label="Cancel"></kat-button><kat-button label="${label}" variant="primary"></kat-button></div></section>`),
      );
      katalize();
      const control = amazonAdapter.sendControl!(document)!;
      expect(control.tagName).toBe('BUTTON');
      expect((control.getRootNode() as ShadowRoot).host.getAttribute('label')).toBe(label);
    }
  });

  it('falls back to the host when the kat-button has no shadow root yet', () => {
    page(
      amazonShell(
        `<section><div id="case-messages"></div><kat-textarea></kat-textarea><kat-button label="Send"></kat-button></section>`,
      ),
    );
    expect(amazonAdapter.sendControl!(document)!.tagName).toBe('KAT-BUTTON');
  });

  it('never a button inside the message list or in the "Review message" dialog, and none without a composer area', () => {
    page(
      amazonShell(`<section><div id="case-messages"><article><kat-button label="Send"></kat-button></article></div>
        <kat-textarea></kat-textarea><kat-modal><kat-button label="Send"></kat-button></kat-modal></section>`),
    );
    expect(amazonAdapter.sendControl!(document)).toBeNull();
    page(
      amazonShell(`<section><div id="case-messages"></div><kat-button label="Reply"></kat-button></section>`),
    );
    expect(amazonAdapter.sendControl!(document)).toBeNull();
  });
});

const ebayBox = `<div class="imageupload">
  <div class="imageupload__inputmultiline"><textarea id="imageupload__sendmessage--textbox" class="textbox__control"></textarea></div>
  <button id="imageupload__send--button" class="btn btn--primary">Send</button></div>`;

describe('eBay: #imageupload__send--button next to the reply box (PORTALS.md 3.4)', () => {
  it('is the button of the compose widget on the messages page', () => {
    page(`<div class="msg-content-view"><div class="app-conversation__messages"></div>${ebayBox}</div>`);
    expect(ebayAdapter.sendControl!(document)!.id).toBe('imageupload__send--button');
  });

  it('the item page’s contact dialog: the button inside the same-origin m2m frame, next to its box', async () => {
    const inner = ebayBox.replace(/"/g, "'").replace(/\n\s*/g, '');
    page(`<div class="m2m-dialog"><iframe class="m2m-dialog__ifr" srcdoc="${inner}"></iframe></div>`);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const frame = document.querySelector('iframe')!.contentDocument!;
    const control = ebayAdapter.sendControl!(document);
    expect(control?.id).toBe('imageupload__send--button');
    expect(control?.ownerDocument).toBe(frame);
  });

  it('none without a reply box (legacy read-only pages, the global search header)', () => {
    page(
      `<header id="gh"><textarea class="textbox__control"></textarea></header><button id="imageupload__send--button">Send</button>`,
    );
    expect(ebayAdapter.sendControl!(document)).toBeNull();
  });
});

const shopeePane = (controls: string) => `<div id="app">
  <section class="Pn2vH6jK">
    <div class="hD7q2"><div class="Lq8x" title="buyer_88">buyer_88</div></div>
    <div id="message-virtualized-list"><div class="ReactVirtualized__Grid__innerScrollContainer"></div></div>
    <div class="Tb1"><i class="Tl" title="Emoji"><svg></svg></i><i class="Tl" title="Image"><svg></svg></i></div>
    ${controls}
  </section></div>`;

describe('Shopee: the send control found structurally after the reply box (PORTALS.md 4.3)', () => {
  it('the classic <i> icon, with or without an inline svg', () => {
    page(
      shopeePane(
        `<div class="Rw3"><textarea class="Ta7" placeholder="Type a message"></textarea><i class="Sx9"><svg></svg></i></div><div class="Hn1">Enter to send</div>`,
      ),
    );
    expect(shopeeAdapter.sendControl!(document)!.className).toBe('Sx9');
    page(
      shopeePane(
        `<div data-cy="webchat-conversation-detail-input"><div id="inputField"><textarea></textarea></div><i class="send-ic"></i></div>`,
      ),
    );
    expect(shopeeAdapter.sendControl!(document)!.className).toBe('send-ic');
  });

  it('the newest build’s <div> with an icon and a Send label (Thai UI), and a redesign’s <button>', () => {
    page(
      shopeePane(
        `<div class="Pr1"><textarea></textarea><div class="Ps2"><svg></svg><span>ส่ง</span></div></div>`,
      ),
    );
    expect(shopeeAdapter.sendControl!(document)!.className).toBe('Ps2');
    page(
      shopeePane(
        `<div class="Rd1"><textarea></textarea><button type="button" class="Bt2">Kirim</button></div>`,
      ),
    );
    expect(shopeeAdapter.sendControl!(document)!.className).toBe('Bt2');
  });

  it('never the toolbar before the box, a labelled tool, or plain text after it', () => {
    page(
      shopeePane(
        `<div class="Rw3"><i class="Before"><svg></svg></i><textarea></textarea><span class="Cnt">0/600</span><i title="Sticker"><svg></svg></i></div>`,
      ),
    );
    expect(shopeeAdapter.sendControl!(document)).toBeNull();
  });
});

/** A reply box whose Send reads the framework state (like the fixtures) and clears it; knobs for the bad cases. */
function fakePortal(options: { sends?: boolean; blocked?: ComposerBlock; enableLate?: number } = {}) {
  page(`<textarea id="box"></textarea><button id="send">Send</button>`);
  const box = document.getElementById('box') as HTMLTextAreaElement;
  const send = document.getElementById('send') as HTMLButtonElement;
  const sent: string[] = [];
  let state = '';
  box.addEventListener('input', () => {
    state = box.value;
  });
  if (options.enableLate !== undefined) {
    send.disabled = true;
    setTimeout(() => {
      send.disabled = false;
    }, options.enableLate);
  }
  send.addEventListener('click', () => {
    if (send.disabled || options.sends === false || !state.trim()) return;
    sent.push(state);
    box.value = '';
    state = '';
  });
  const composer: Composer = {
    read: () => box.value,
    insert: (text) => {
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    },
    element: box,
  };
  const adapter = {
    platform: 'ebay',
    composer: () => composer,
    composerBlocked: () => options.blocked ?? null,
    sendControl: () => send,
  } as unknown as PlatformAdapter;
  return { adapter, box, sent };
}

describe('sending through the portal (away mode)', () => {
  it('inserts, clicks Send and confirms by the box emptying', async () => {
    const { adapter, sent } = fakePortal({ enableLate: 150 });
    await expect(
      sendThroughComposer(adapter, document, 'Danke! Wir antworten ab 9 Uhr.', () => true),
    ).resolves.toEqual({
      ok: true,
    });
    expect(sent).toEqual(['Danke! Wir antworten ab 9 Uhr.']);
  });

  it('never overwrites or sends the agent’s draft', async () => {
    const { adapter, box, sent } = fakePortal();
    box.value = 'Sehr geehrter Herr';
    const result = await sendThroughComposer(adapter, document, 'Auto', () => true);
    expect(result).toMatchObject({ ok: false, reason: 'draft-present' });
    expect(box.value).toBe('Sehr geehrter Herr');
    expect(sent).toEqual([]);
  });

  it('refuses when the thread is no longer the open one, or the portal shows a dialog / an expired conversation', async () => {
    const a = fakePortal();
    expect(await sendThroughComposer(a.adapter, document, 'Auto', () => false)).toMatchObject({
      reason: 'no-tab',
    });
    expect(a.box.value).toBe('');
    const b = fakePortal({ blocked: { reason: 'restart-needed', detail: 'Restart conversation' } });
    expect(await sendThroughComposer(b.adapter, document, 'Auto', () => true)).toMatchObject({
      reason: 'restart-needed',
    });
    expect(b.sent).toEqual([]);
  });

  it('reports not-sent when the page keeps the text (a confirmation dialog, a rejected message)', async () => {
    const { adapter, box, sent } = fakePortal({ sends: false });
    const result = await sendThroughComposer(adapter, document, 'Auto', () => true);
    expect(result).toMatchObject({ ok: false, reason: 'not-sent' });
    expect(sent).toEqual([]);
    expect(box.value).toBe('Auto');
  });

  it('never presses Enter', async () => {
    const { adapter } = fakePortal();
    const keys: string[] = [];
    for (const type of ['keydown', 'keypress', 'keyup'])
      document.addEventListener(type, () => keys.push(type), true);
    await sendThroughComposer(adapter, document, 'Auto', () => true);
    expect(keys).toEqual([]);
  });
});
