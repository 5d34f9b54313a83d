import type { Composer } from '../adapter-contract';
import { isOurs } from '../shared/dom';
import { readFieldText, writeEditableText, writeFieldText } from '../shared/field-writer';
import { findThreadContainer } from './page';
import { REPLY_LABELS, AMAZON_SELECTORS as S, SEND_LABELS } from './selectors';

/**
 * The reply box is a `kat-textarea` whose real `<textarea>` lives in an open shadow root; its `katal-id-NN` id
 * changes per load, so it is reached through the host (PORTALS.md 2.4, HIGH). Other textareas on the page are
 * a fallback only inside the thread's own section.
 */
export function amazonComposer(doc: Document): Composer | null {
  const scope = composerScope(doc);
  for (const host of scope.querySelectorAll(S.composerHost.join(','))) {
    const inner = host.shadowRoot?.querySelector('textarea');
    // The host is the box the agent sees (the inner textarea is sized by Katal's own styles).
    if (inner && isUsable(inner)) return { ...fieldComposer(inner), element: host };
  }
  for (const candidate of scope.querySelectorAll<HTMLElement>(S.composerFallback.join(','))) {
    if (isOurs(candidate) || !isUsable(candidate)) continue;
    if (candidate instanceof HTMLTextAreaElement || candidate instanceof HTMLInputElement) {
      return fieldComposer(candidate);
    }
    return {
      read: () => readFieldText(candidate),
      insert: (text) => writeEditableText(candidate, text),
      element: candidate,
    };
  }
  return null;
}

function fieldComposer(el: HTMLTextAreaElement | HTMLInputElement): Composer {
  return { read: () => el.value, insert: (text) => writeFieldText(el, text), element: el };
}

function isUsable(el: Element): boolean {
  return !(el as HTMLTextAreaElement).disabled && !(el as HTMLTextAreaElement).readOnly;
}

/** The thread pane when one is open, so a search box elsewhere on the page is never mistaken for the reply box. */
function composerScope(doc: Document): ParentNode {
  const container = findThreadContainer(doc);
  if (!container) return doc;
  let scope: Element = container;
  for (let depth = 0; depth < 5 && scope.parentElement; depth++) {
    scope = scope.parentElement;
    if (scope.querySelector(S.composerHost.join(',')) || scope.querySelector('textarea')) return scope;
  }
  return doc;
}

/** Click the page's "Reply" kat-button (its label lives in the host's `label` attribute, PORTALS.md 1.5). */
export function revealAmazonComposer(doc: Document): boolean {
  const scope = composerScope(doc);
  for (const button of scope.querySelectorAll<HTMLElement>(S.button.join(','))) {
    const label = (button.getAttribute('label') ?? button.textContent ?? '').trim();
    if (!REPLY_LABELS.test(label)) continue;
    const inner = button.shadowRoot?.querySelector('button');
    (inner ?? button).click();
    return true;
  }
  return false;
}

/**
 * The reply area's Send `kat-button` (label "Send"/"Senden"/…), as the inner `<button>` of its open shadow root, or
 * the host when it has none. Looked for in the composer's scope only, never inside the message list (a buyer may
 * quote a button's markup) and never in a dialog (Amazon's "Review message" dialog asks for a second Send: the
 * agent decides that one). Only away mode clicks it.
 */
export function amazonSendControl(doc: Document): HTMLElement | null {
  const scope = composerScope(doc);
  const messages = findThreadContainer(doc);
  for (const button of scope.querySelectorAll<HTMLElement>(S.button.join(','))) {
    if (isOurs(button) || messages?.contains(button)) continue;
    if (button.closest('kat-modal, [role="dialog"], [role="alertdialog"]')) continue;
    const label = (button.getAttribute('label') ?? button.textContent ?? '').trim();
    if (!SEND_LABELS.test(label)) continue;
    return button.shadowRoot?.querySelector<HTMLElement>('button') ?? button;
  }
  return null;
}
