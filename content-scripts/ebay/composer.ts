import type { Composer } from '../adapter-contract';
import { isHiddenByMarkup, isOurs } from '../shared/dom';
import { writeFieldText } from '../shared/field-writer';
import { EBAY_SELECTORS as S } from './selectors';

/**
 * The reply box: `textarea#imageupload__sendmessage--textbox` in the thread pane, on the contact-a-member pages
 * and in the item page's `m2m-dialog` overlay frame (PORTALS.md 3.4, HIGH). The class-based fallbacks only count
 * inside the compose widget or the thread pane, so a search box or any other textarea is never taken. Legacy
 * `mesgweb` pages are read-only (the adapter does not offer their reply form). Inserting never sends.
 */
export function ebayComposer(doc: Document): Composer | null {
  for (const d of composerDocuments(doc)) {
    const field = findField(d);
    if (field)
      return { read: () => field.value, insert: (text) => writeFieldText(field, text), element: field };
  }
  return null;
}

/** The page and the item-page overlay frame (same origin, read through contentDocument). */
function composerDocuments(doc: Document): Document[] {
  const docs = [doc];
  for (const frame of doc.querySelectorAll<HTMLIFrameElement>(S.m2mFrame.join(','))) {
    try {
      const inner = frame.contentDocument;
      if (inner?.body) docs.push(inner);
    } catch {
      // cross-origin: not ours to write into
    }
  }
  return docs;
}

const COMPOSE_AREA = ['.imageupload__inputmultiline', '[class*="imageupload"]', ...S.threadPane].join(',');
const NEVER = 'header, [role="search"], form[action*="/sch/"], #gh, #gh-ac';

function findField(doc: Document): HTMLTextAreaElement | null {
  const [byId, ...fallbacks] = S.composer;
  for (const el of doc.querySelectorAll(byId)) if (usable(el)) return el as HTMLTextAreaElement;
  for (const el of doc.querySelectorAll(fallbacks.join(','))) {
    if (!usable(el) || el.closest(NEVER)) continue;
    if (el.closest(COMPOSE_AREA) || nearSendButton(el)) return el as HTMLTextAreaElement;
  }
  return null;
}

/** Elements from a frame belong to another realm, so tag names are checked instead of `instanceof`. */
function usable(el: Element): boolean {
  if (el.tagName !== 'TEXTAREA' || isOurs(el) || isHiddenByMarkup(el)) return false;
  const field = el as HTMLTextAreaElement;
  return !field.disabled && !field.readOnly;
}

function nearSendButton(el: Element): boolean {
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    if (node.querySelector(S.sendButton.join(','))) return true;
  }
  return false;
}

/**
 * The Send button of the compose widget whose reply box `ebayComposer` uses, in the same document (the page, or the
 * item page's m2m overlay frame): the closest `#imageupload__send--button` around the box. Never one inside a
 * message (buyer text may quote the markup; it is rendered as text, but the check costs nothing).
 */
export function ebaySendControl(doc: Document): HTMLElement | null {
  for (const d of composerDocuments(doc)) {
    const field = findField(d);
    if (!field) continue;
    let node: Element | null = field.parentElement;
    for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
      for (const button of node.querySelectorAll<HTMLElement>(S.sendButton.join(','))) {
        if (button.tagName === 'BUTTON' && !isOurs(button) && !isHiddenByMarkup(button)) return button;
      }
    }
    return null;
  }
  return null;
}
