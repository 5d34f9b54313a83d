import type { PlatformAdapter } from '../adapter-contract';
import { OVERLAY_TAG } from './dom';
import type { OverlayStore } from './overlay-store';
import { findTriggerToken, matchesPickerShortcut, pickerKey } from './template-picker';
import type { PickerAnchor, TemplatePicker } from './template-picker-store';

/** How soon after an insert an Enter is still taken for a double press rather than the agent's own Send. */
export const ENTER_AFTER_INSERT_MS = 700;

/**
 * The template picker's page listeners: the `/keyword` typed in the portal's NATIVE reply box opens it (and narrows
 * it as the agent types on), Alt+Shift+Q opens it anywhere, and while it follows a keyword it takes ↑↓ Enter Tab Esc
 * before the page sees them — Shopee sends on Enter. Everything is a capture-phase listener on the window, so it
 * runs before the portal's own handlers on the box; input events are composed, so Amazon's textarea inside
 * kat-textarea's shadow root is seen too. eBay's item-page dialog is a same-origin frame whose events never reach
 * this window: its window gets the same listeners. Only trusted events count (our own writes fire input events too).
 */
export function startTemplateTrigger(options: {
  adapter: PlatformAdapter;
  store: OverlayStore;
  picker: TemplatePicker;
  /** The trigger character (reply settings; default '/'). */
  trigger: () => string;
}): () => void {
  const { adapter, store, picker, trigger } = options;
  const attached = new WeakSet<Window>();
  const controllers: AbortController[] = [];

  const onInput = (event: Event) => {
    // Typing in our own fields (the search, a missing value) is not typing in the portal's reply box.
    if (!event.isTrusted || (event as InputEvent).isComposing || fromOurUi(event)) return;
    const field = fieldOf(event);
    if (!field) return;
    const read = readField(field);
    const token = read && findTriggerToken(read.text, read.caret, trigger());
    const current = picker.get();
    if (token && isComposerField(adapter, field)) {
      picker.open({
        via: 'keyword',
        query: token.query,
        anchor: { start: token.start, end: token.end, token: read.text.slice(token.start, token.end) },
      });
    } else if (current.state.open && current.state.via === 'keyword') {
      picker.close(); // the keyword was finished with a space, deleted, or the text was sent
    } else if (current.state.open && current.state.phase === 'inserted' && isComposerField(adapter, field)) {
      picker.close(); // the agent edits the inserted reply: the confirmation has been read
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    if (matchesPickerShortcut(event)) {
      picker.open({ via: 'picker', anchor: caretAnchor(adapter, event) });
      if (!picker.get().state.open) return; // no thread and no reply box here: the key is the page's
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    const view = picker.get();
    if (fromOurUi(event)) return;
    const key = pickerKey(event);
    if (!key) return;
    if (!view.capturesKeys) {
      // The Enter that chose the template, held down or pressed twice, must not send the reply just inserted
      // (Shopee sends on Enter): its repeats and a second press right after are swallowed. An Enter once the agent
      // has had a moment to read the reply is theirs.
      const inserted = view.state.phase === 'inserted' ? view.state.inserted : undefined;
      if (
        key === 'choose' &&
        view.state.open &&
        inserted &&
        (event.repeat || Date.now() - inserted.at < ENTER_AFTER_INSERT_MS)
      ) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      return;
    }
    // With nothing to choose ("/xyz" matches no template) the keys are the page's again, Esc aside; while the
    // library is still loading they stay ours, so a quick Enter does not send "/wismo" on Shopee.
    if (key !== 'close' && !view.preview && !view.state.loading) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    picker.key(key);
  };

  // A click elsewhere in the page closes the picker; a click into the reply box keeps a keyword picker open.
  const onPointerDown = (event: Event) => {
    const view = picker.get();
    if (!view.state.open || fromOurUi(event)) return;
    const field = fieldOf(event);
    if (view.state.via === 'keyword' && field && isComposerField(adapter, field)) return;
    picker.close();
  };

  const onCompositionEnd = (event: Event) => onInput(event);

  const attach = (win: Window) => {
    if (attached.has(win)) return;
    attached.add(win);
    const controller = new AbortController();
    controllers.push(controller);
    const opts = { capture: true, signal: controller.signal };
    win.addEventListener('input', onInput, opts);
    win.addEventListener('compositionend', onCompositionEnd, opts);
    win.addEventListener('keydown', onKeyDown, opts);
    win.addEventListener('pointerdown', onPointerDown, opts);
  };

  attach(window);
  // Frames come and go with the portal's dialogs: look for new same-origin ones after the page changed, at most
  // once a second (the scan already runs on the page's mutations; this only walks the iframes).
  let lastFrameWalk = 0;
  const offStore = store.subscribe(() => {
    const now = Date.now();
    if (now - lastFrameWalk < 1_000) return;
    lastFrameWalk = now;
    for (const frame of document.querySelectorAll('iframe')) {
      try {
        const win = frame.contentWindow;
        if (win?.document?.body) attach(win);
      } catch {
        // cross-origin: the portal's reply box is never there
      }
    }
  });

  // A thread switch closes the picker: its text belongs to the thread it was opened for.
  const offThread = store.subscribe(() => {
    const state = picker.get().state;
    if (state.open && state.threadId !== store.get().threadId) picker.close();
  });

  return () => {
    offStore();
    offThread();
    for (const controller of controllers) controller.abort();
  };
}

/** The text field the event started in (through open shadow roots), if it is one. */
function fieldOf(event: Event): HTMLElement | null {
  const target = event.composedPath()[0];
  if (!target || (target as Node).nodeType !== 1) return null;
  const el = target as HTMLElement;
  if (el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'text'))
    return el;
  return el.isContentEditable ? (el.closest('[contenteditable]') as HTMLElement | null) : null;
}

function fromOurUi(event: Event): boolean {
  return event
    .composedPath()
    .some(
      (node) => (node as Element).nodeType === 1 && (node as Element).tagName === OVERLAY_TAG.toUpperCase(),
    );
}

/** The field is the portal's reply box (or inside it: Amazon's host element wraps the real textarea). */
export function isComposerField(adapter: PlatformAdapter, field: HTMLElement): boolean {
  try {
    const element = adapter.composer(document)?.element;
    if (!element) return false;
    return element === field || element.contains(field) || element.shadowRoot?.contains(field) === true;
  } catch {
    return false;
  }
}

/** The field's text and the caret offset in it (textareas by selection; contenteditable through a range). */
export function readField(field: HTMLElement): { text: string; caret: number } | null {
  if (field.tagName === 'TEXTAREA' || field.tagName === 'INPUT') {
    const input = field as HTMLTextAreaElement;
    return { text: input.value, caret: input.selectionEnd ?? input.value.length };
  }
  const selection = field.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!field.contains(range.endContainer)) return null;
  const before = field.ownerDocument.createRange();
  before.selectNodeContents(field);
  before.setEnd(range.endContainer, range.endOffset);
  return { text: field.textContent ?? '', caret: before.toString().length };
}

/** Where a picker opened by the shortcut inserts: the caret in the reply box, when the agent was typing there. */
function caretAnchor(adapter: PlatformAdapter, event: Event): PickerAnchor | undefined {
  const field = fieldOf(event);
  if (!field || !isComposerField(adapter, field)) return undefined;
  const read = readField(field);
  if (!read) return undefined;
  const start =
    field.tagName === 'TEXTAREA' ? ((field as HTMLTextAreaElement).selectionStart ?? read.caret) : read.caret;
  return { start: Math.min(start, read.caret), end: read.caret };
}
