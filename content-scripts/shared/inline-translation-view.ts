import type { TranslationSlot } from '../adapter-contract';
import { TRANSLATION_TAG } from './dom';

/**
 * The `<hw-translation>` node we put under a buyer message: an open shadow root with its own styles, so the
 * portal's CSS cannot restyle it and ours cannot leak out. Buyer text and provider output are written with
 * `textContent` only, never as HTML. Sizes are in px: `rem` inside a shadow root follows the portal's root font
 * size (TESTING.md pitfall 8).
 */

export type TranslationView =
  | { kind: 'pending'; label: string; pendingText: string }
  | { kind: 'translated'; label: string; text: string }
  /** An empty `retryText` shows no Retry button (asking again cannot help). */
  | { kind: 'error'; label: string; message: string; retryText: string }
  /** Nothing to show: the message is already in the agent's language, or has no words. */
  | { kind: 'none' };

const STYLE = `
:host {
  all: initial;
  display: block;
  box-sizing: border-box;
  margin: 6px 0 2px;
  min-width: 0;
  max-width: 100%;
  font: 400 13px/18px -apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Microsoft YaHei", Roboto,
    "Noto Sans Thai", sans-serif;
  color: #0f1111;
  text-align: start;
  white-space: normal;
}
:host([hidden]), :host([data-hw-state="none"]) { display: none; }
:host([data-hw-placement="beside"]) {
  position: absolute;
  right: 16px;
  bottom: 6px;
  width: 34%;
  margin: 0;
  max-height: var(--hw-max-height, 200px);
  overflow: auto;
}
.box {
  border-left: 3px solid #0f766e;
  background: rgba(15, 118, 110, 0.07);
  border-radius: 0 6px 6px 0;
  padding: 4px 8px 5px;
}
.label {
  display: flex;
  align-items: center;
  gap: 4px;
  font-size: 11px;
  line-height: 15px;
  color: #0f766e;
  font-weight: 600;
  cursor: pointer;
  user-select: none;
}
.label:focus-visible { outline: 2px solid #0f766e; outline-offset: 1px; }
.text {
  margin-top: 2px;
  font-size: 13px;
  line-height: 18px;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  color: #0f1111;
}
.box.collapsed .text { display: none; }
.pending .text { color: #5f6b6b; font-style: italic; }
.error { border-left-color: #b42318; background: #fef3f2; }
.error .text { color: #b42318; }
.retry {
  margin-top: 4px;
  padding: 1px 8px;
  font-family: inherit;
  font-size: 11px;
  font-weight: 600;
  line-height: 16px;
  color: #ffffff;
  background: #0f766e;
  border: 0;
  border-radius: 4px;
  cursor: pointer;
}
.retry:hover { background: #115e59; }
`;

export interface TranslationNode {
  host: HTMLElement;
  /** Where it was placed, to tell whether the portal has moved or dropped it since. */
  slot: TranslationSlot;
}

/** A new, empty translation node in the message's document (a same-origin frame has its own). */
export function createTranslationNode(
  slot: TranslationSlot,
  onRetry: () => void,
  labels: { hide: string; show: string },
): TranslationNode {
  const doc = slot.anchor.ownerDocument;
  const host = doc.createElement(TRANSLATION_TAG);
  host.setAttribute('translate', 'no'); // the browser's own page translation must not rewrite ours
  host.dataset.hwPlacement = slot.position;
  if (slot.maxHeightPx) host.style.setProperty('--hw-max-height', `${Math.round(slot.maxHeightPx)}px`);
  const root = host.attachShadow({ mode: 'open' });
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('part', 'box');
  const label = doc.createElement('div');
  label.className = 'label';
  label.tabIndex = 0;
  label.setAttribute('role', 'button');
  label.title = labels.hide;
  const text = doc.createElement('div');
  text.className = 'text';
  text.dir = 'auto';
  const retry = doc.createElement('button');
  retry.type = 'button';
  retry.className = 'retry';
  retry.hidden = true;
  box.append(label, text, retry);
  adoptStyles(root, doc);
  root.append(box);

  // Our controls must not reach the portal's own handlers (a click on a bubble may open it).
  const toggle = (event: Event) => {
    event.stopPropagation();
    if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    const collapsed = box.classList.toggle('collapsed');
    label.title = collapsed ? labels.show : labels.hide;
  };
  label.addEventListener('click', toggle);
  label.addEventListener('keydown', toggle);
  retry.addEventListener('click', (event) => {
    event.stopPropagation();
    event.preventDefault();
    onRetry();
  });
  for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick']) {
    host.addEventListener(type, (event) => event.stopPropagation());
  }
  return { host, slot };
}

/** One parsed stylesheet per document, shared by all our nodes in it (a thread opens with a hundred of them). */
const sheets = new WeakMap<Document, CSSStyleSheet>();

function adoptStyles(root: ShadowRoot, doc: Document): void {
  try {
    let sheet = sheets.get(doc);
    if (!sheet) {
      // The sheet must come from the node's own window (a same-origin frame has its own).
      const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
      sheet = new Sheet();
      sheet.replaceSync(STYLE);
      sheets.set(doc, sheet);
    }
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style'); // no constructable stylesheets here
    style.textContent = STYLE;
    root.append(style);
  }
}

/** Show a state. Writes only what changed, and only as text. */
export function renderTranslation(node: TranslationNode, view: TranslationView): void {
  const { host } = node;
  const root = host.shadowRoot;
  if (!root) return;
  const box = root.querySelector<HTMLElement>('.box')!;
  const label = root.querySelector<HTMLElement>('.label')!;
  const text = root.querySelector<HTMLElement>('.text')!;
  const retry = root.querySelector<HTMLButtonElement>('.retry')!;
  if (host.dataset.hwState !== view.kind) host.dataset.hwState = view.kind;
  if (view.kind === 'none') return;
  const body = view.kind === 'pending' ? view.pendingText : view.kind === 'error' ? view.message : view.text;
  setText(label, view.label);
  setText(text, body);
  box.classList.toggle('pending', view.kind === 'pending');
  box.classList.toggle('error', view.kind === 'error');
  retry.hidden = view.kind !== 'error' || !view.retryText;
  if (view.kind === 'error') setText(retry, view.retryText);
}

function setText(el: HTMLElement, value: string): void {
  if (el.textContent !== value) el.textContent = value;
}

/** Put the node where its slot says; a no-op when it is already there. */
export function placeTranslation(node: TranslationNode): void {
  const { host, slot } = node;
  if (isPlaced(node)) return;
  if (slot.position === 'after') slot.anchor.after(host);
  else slot.anchor.append(host);
}

export function isPlaced({ host, slot }: TranslationNode): boolean {
  if (!host.isConnected) return false;
  return slot.position === 'after' ? slot.anchor.nextSibling === host : host.parentNode === slot.anchor;
}
