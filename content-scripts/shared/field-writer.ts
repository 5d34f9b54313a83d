/**
 * Writing into a portal's reply box so the page's framework sees the text. `el.value = text` does not reach a
 * React-controlled field (React's value tracker swallows the next input event), so use the prototype's native
 * setter and then a bubbling, composed input event (PORTALS.md 1.3–1.4). contenteditable editors get
 * execCommand('insertText'), which fires real beforeinput/input events.
 */
export function writeFieldText(el: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  const proto = Object.getPrototypeOf(el) as HTMLTextAreaElement;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  el.focus();
  if (setter) setter.call(el, text);
  else el.value = text;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  // Leave the caret at the end, as if typed.
  el.setSelectionRange?.(text.length, text.length);
}

export function writeEditableText(el: HTMLElement, text: string): void {
  el.focus();
  const selection = el.ownerDocument.getSelection();
  if (selection) {
    const range = el.ownerDocument.createRange();
    range.selectNodeContents(el);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  // execCommand is deprecated but still the only way to make editors (Draft, Lexical, ProseMirror) see text.
  const inserted = el.ownerDocument.execCommand('insertText', false, text);
  if (!inserted) {
    el.textContent = text;
    el.dispatchEvent(
      new InputEvent('input', { bubbles: true, composed: true, data: text, inputType: 'insertText' }),
    );
  }
}

export function readFieldText(el: HTMLTextAreaElement | HTMLInputElement | HTMLElement): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  return el.textContent ?? '';
}
