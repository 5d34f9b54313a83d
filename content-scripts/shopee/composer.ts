import type { Composer, ComposerBlock } from '../adapter-contract';
import { isHiddenByMarkup, isOurs, lineOf, queryFirst } from '../shared/dom';
import { readFieldText, writeEditableText, writeFieldText } from '../shared/field-writer';
import { chatPaneOf, findConversationList, findMessageList } from './page';
import {
  DUPLICATE_TEXT,
  RESTART_LABEL,
  SHOPEE_SELECTORS as S,
  SEARCH_TEXT,
  SEND_CONTROL_TAGS,
  SEND_LABEL,
} from './selectors';

/**
 * The reply box: a plain `<textarea>` at the bottom of the chat pane (PORTALS.md 4.3, HIGH). It is looked for
 * inside the pane of the open conversation only, so the conversation search box, a product search or our own
 * overlay is never taken for it. Text goes in through the native setter and input/change events; Enter is
 * never dispatched, because on Shopee it sends.
 */
export function shopeeComposer(doc: Document): Composer | null {
  const field = findComposerField(doc);
  if (!field) return null;
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
    return { read: () => field.value, insert: (text) => writeFieldText(field, text), element: field };
  }
  return {
    read: () => readFieldText(field),
    insert: (text) => writeEditableText(field, text),
    element: field,
  };
}

function findComposerField(doc: Document): HTMLElement | null {
  const list = findMessageList(doc);
  const pane = list ? chatPaneOf(list) : null;
  const scopes: ParentNode[] = [];
  const hooked = pane ? queryFirst(pane, S.composerScope) : queryFirst(doc, S.composerScope);
  if (hooked && !isOurs(hooked)) scopes.push(hooked);
  if (pane) scopes.push(pane);
  const conversations = findConversationList(doc);
  for (const scope of scopes) {
    // The last candidate: the reply box sits at the bottom of the pane.
    const candidates = [...scope.querySelectorAll<HTMLElement>(S.composer.join(','))].filter(
      (el) => isUsable(el) && !list?.contains(el) && !conversations?.contains(el),
    );
    const textarea = candidates.filter((el) => el instanceof HTMLTextAreaElement).pop();
    const chosen = textarea ?? candidates.pop();
    if (chosen) return chosen;
  }
  return null;
}

function isUsable(el: HTMLElement): boolean {
  if (isOurs(el) || isHiddenByMarkup(el)) return false;
  if ((el as HTMLTextAreaElement).disabled || (el as HTMLTextAreaElement).readOnly) return false;
  if (el instanceof HTMLInputElement && el.type !== 'text') return false;
  if (el.getAttribute('role') === 'searchbox' || el.closest('[role="search"], form[role="search"]'))
    return false;
  const label = `${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('type') ?? ''}`;
  return !SEARCH_TEXT.test(label);
}

/**
 * What stands in the way of the reply box (PORTALS.md 4.3): a modal over the chat (Shopee's duplicate- or
 * repetitive-message warning, or any open dialog), or the "Restart conversation" button an expired
 * conversation shows instead of the box. Reported for the agent; never clicked.
 */
export function shopeeComposerBlocked(doc: Document): ComposerBlock | null {
  const modal = findBlockingModal(doc);
  if (modal) return { reason: 'modal-open', detail: modalTitle(modal) };
  const restart = findRestartLabel(doc);
  if (restart) return { reason: 'restart-needed', detail: restart };
  return null;
}

const CHAT_SHELL = [...S.miniChat, ...S.composerScope].join(',');

/**
 * Shown, as far as the page can tell. Portals keep closed dialogs mounted and hide them with (hashed) CSS, so the
 * computed style counts here: this runs only when the agent inserts a reply, never on the reading path.
 */
function isShown(el: Element): boolean {
  if (isHiddenByMarkup(el)) return false;
  return (
    typeof el.checkVisibility !== 'function' ||
    el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  );
}

function findBlockingModal(doc: Document): Element | null {
  const chat = [findMessageList(doc), findConversationList(doc)].filter((el): el is Element => el !== null);
  const blocks = (el: Element) =>
    !isOurs(el) &&
    isShown(el) &&
    // The mini-window itself may be a dialog: a dialog that holds the chat is the chat.
    !chat.some((part) => el.contains(part)) &&
    !el.matches(CHAT_SHELL) &&
    el.querySelector(CHAT_SHELL) === null &&
    lineOf(el) !== '';
  for (const el of doc.querySelectorAll(S.dialog.join(','))) if (blocks(el)) return el;
  // Library modals without ARIA count only when they speak of a duplicate or repetitive message.
  for (const el of doc.querySelectorAll(S.modalByClass.join(','))) {
    if (blocks(el) && DUPLICATE_TEXT.test(el.textContent ?? '')) return el;
  }
  return null;
}

/** The modal's title, shortened plain text: its labelled heading, a heading, else its first line. */
function modalTitle(modal: Element): string {
  const labelledBy = modal.getAttribute('aria-labelledby');
  const labelled = labelledBy ? modal.ownerDocument.getElementById(labelledBy.split(/\s+/)[0]!) : null;
  const heading = labelled ?? queryFirst(modal, S.dialogTitle);
  const text =
    (heading ? lineOf(heading) : '') ||
    modal.getAttribute('aria-label')?.trim() ||
    (lineOf(modal).split(/(?<=[.!?。！？])\s/)[0] ?? '');
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/**
 * A control labelled "Restart conversation" in the chat pane (or the page, when no pane is found). Text inside
 * messages is never a control: `<pre>` bodies and buyer or seller rows are skipped.
 */
function findRestartLabel(doc: Document): string | null {
  const list = findMessageList(doc);
  const scope: ParentNode = list ? chatPaneOf(list) : doc;
  const isMessageText = (el: Element) =>
    el.closest('pre') !== null ||
    (list?.contains(el) === true && el.closest(`${S.messageSend[0]}, ${S.messageReceive[0]}`) !== null);
  for (const el of scope.querySelectorAll(S.button.join(','))) {
    if (isOurs(el) || isMessageText(el) || !isShown(el)) continue;
    const label = (el.getAttribute('aria-label') || lineOf(el)).trim();
    if (label.length <= 60 && RESTART_LABEL.test(label)) return label;
  }
  // Builds that draw the button as a plain element with a click handler: a leaf whose whole text is the label.
  for (const el of scope.querySelectorAll('div, span')) {
    if (el.children.length > 0 || isOurs(el) || isMessageText(el)) continue;
    const label = lineOf(el);
    if (label.length <= 60 && RESTART_LABEL.test(label) && isShown(el)) return label;
  }
  return null;
}

/**
 * Shopee's send control, found the way the reply box is (hashed classes rotate): starting at the box, the first
 * element after it in its row — then in the row's parent, up to three levels — that is a control: a button (with a
 * Send label or an icon), or an `<i>`/`<div>`/`<span>` holding an icon whose text is empty or a Send label. The
 * toolbar (emoji, image, product, order) sits before the box and its icons carry titles; both are never taken.
 */
export function shopeeSendControl(doc: Document): HTMLElement | null {
  const field = findComposerField(doc);
  if (!field) return null;
  let branch: Element = field;
  for (let depth = 0; depth < 3 && branch.parentElement; depth++) {
    const row: Element = branch.parentElement;
    let after = false;
    for (const child of row.children) {
      if (child === branch) {
        after = true;
        continue;
      }
      if (!after) continue;
      const control = sendControlIn(child);
      if (control) return control;
    }
    branch = row;
  }
  return null;
}

function sendControlIn(el: Element): HTMLElement | null {
  if (!(el instanceof HTMLElement) || isOurs(el) || isHiddenByMarkup(el) || el.hasAttribute('title'))
    return null;
  if (!el.matches(SEND_CONTROL_TAGS.join(','))) return null;
  const label = (el.getAttribute('aria-label') || lineOf(el)).trim();
  // An `<i>` is an icon by convention (an icon font, or an inline svg inside).
  const icon = el.tagName === 'I' || el.querySelector('svg, img, i') !== null;
  const isButton = el.matches('button, [role="button"]');
  if (isButton && (SEND_LABEL.test(label) || (icon && label === ''))) return el;
  if (!isButton && icon && (label === '' || SEND_LABEL.test(label))) return el;
  return null;
}
