import { LIMITS } from '../../core/limits';

/** Our overlay's shadow host: nothing inside it is ever read as portal content. */
export const OVERLAY_TAG = 'hw-overlay';
/** The shadow host of a translation we show under a buyer message (inline-translation-view.ts). */
export const TRANSLATION_TAG = 'hw-translation';

/** An element we drew ourselves (by tag: every element we add to a page is named `hw-…`). */
export function isOurElement(el: Element): boolean {
  return isOurTag(el.tagName);
}

/** `HW-…` (HTML upper-cases tag names): a string test on a tag name already read, for the hot text walk. */
function isOurTag(tag: string): boolean {
  return (
    tag.length > 3 &&
    tag.charCodeAt(2) === 45 &&
    (tag[0] === 'H' || tag[0] === 'h') &&
    (tag[1] === 'W' || tag[1] === 'w')
  );
}

/**
 * DOM reading helpers shared by adapters. Katal (Amazon) renders into open shadow roots, so searches can walk
 * them; same-origin frames are read through contentDocument.
 */

/** querySelectorAll that also descends into open shadow roots. */
export function queryAllDeep<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  const found: T[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll<T>(selector)) found.push(el);
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}

export function queryDeep<T extends Element = Element>(root: ParentNode, selector: string): T | null {
  const direct = root.querySelector<T>(selector);
  if (direct) return direct;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const inner = queryDeep<T>(el.shadowRoot, selector);
      if (inner) return inner;
    }
  }
  return null;
}

/** First match of any selector in a list of alternatives (ordered by preference). */
export function queryFirst<T extends Element = Element>(
  root: ParentNode,
  selectors: readonly string[],
): T | null {
  for (const selector of selectors) {
    const el = root.querySelector<T>(selector);
    if (el) return el;
  }
  return null;
}

export function queryAllFirst<T extends Element = Element>(
  root: ParentNode,
  selectors: readonly string[],
): T[] {
  for (const selector of selectors) {
    const list = root.querySelectorAll<T>(selector);
    if (list.length > 0) return [...list];
  }
  return [];
}

/** Documents to read: the page and its same-origin frames (Amazon may nest the list in a frame). */
export function readableDocuments(doc: Document): Document[] {
  const docs = [doc];
  for (const frame of doc.querySelectorAll('iframe')) {
    try {
      const inner = frame.contentDocument;
      if (inner?.body) docs.push(inner);
    } catch {
      // cross-origin frame: not ours to read
    }
  }
  return docs;
}

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'BR',
  'LI',
  'UL',
  'OL',
  'TR',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'PRE',
  'BLOCKQUOTE',
  'TABLE',
  'DD',
  'DT',
]);

/**
 * Visible text of an element with line breaks where blocks end, without layout (innerText forces a reflow per
 * call, which a 200-message thread cannot afford). Skips scripts, styles, hidden and screen-reader-only copies.
 */
export function textOf(el: Node, skip?: (element: Element) => boolean): string {
  const walk: TextWalk = { out: '', newline: false, skip };
  walkText(el, walk);
  const out = walk.out;
  // Without a line break neither rule below can apply (most labels and names are one line).
  if (out.indexOf('\n') === -1) return out.trim();
  return out
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text walked so far; `newline` says whether it ends in a line break (endsWith would flatten the rope). */
interface TextWalk {
  out: string;
  newline: boolean;
  skip: ((element: Element) => boolean) | undefined;
}

function walkText(node: Node, walk: TextWalk): void {
  const type = node.nodeType;
  if (type === 3) {
    const value = node.nodeValue;
    if (value) {
      walk.out += value;
      walk.newline = value.charCodeAt(value.length - 1) === 10;
    }
    return;
  }
  if (type !== 1) return;
  const element = node as Element;
  const tag = element.tagName;
  if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'NOSCRIPT') return;
  if (walk.skip?.(element) || isOurTag(tag)) return;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return;
  if (isScreenReaderOnly(element)) return;
  if (tag === 'BR') {
    walk.out += '\n';
    walk.newline = true;
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block && walk.out.length > 0 && !walk.newline) {
    walk.out += '\n';
    walk.newline = true;
  }
  for (let child = element.firstChild; child; child = child.nextSibling) walkText(child, walk);
  if (block && walk.out.length > 0 && !walk.newline) {
    walk.out += '\n';
    walk.newline = true;
  }
}

const SR_ONLY = /(^|\s)(sr-only|a-offscreen|visually-hidden|screen-reader|clipped|aok-offscreen)(\s|$)/;

function isScreenReaderOnly(el: Element): boolean {
  const cls = el.getAttribute('class');
  return cls !== null && SR_ONLY.test(cls);
}

/** An https link resolved against the page, or undefined: javascript:, data: and the like never get stored. */
export function httpsUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, base);
    return u.protocol === 'https:' ? u.href.slice(0, LIMITS.url) : undefined;
  } catch {
    return undefined;
  }
}

/** Single-line text: whitespace folded. */
export function lineOf(el: Node | null | undefined): string {
  if (!el) return '';
  return textOf(el).replace(/\s+/g, ' ').trim();
}

/** The tokens of class, data-* and role attributes of an element, lower-cased: used for direction hints. */
export function attributeTokens(el: Element): string {
  const parts: string[] = [];
  // getAttributeNames: iterating `attributes` creates an Attr object per attribute.
  for (const name of el.getAttributeNames()) {
    if (name === 'class' || name === 'role' || name.startsWith('data-') || name.startsWith('aria-')) {
      parts.push(name, el.getAttribute(name) ?? '');
    }
  }
  return parts.join(' ').toLowerCase();
}

/**
 * Whether an element belongs to our own UI: any `hw-` host we added, or something inside the overlay. (A translation
 * host keeps everything in its shadow root, so only the host itself can turn up in a query; one ancestor walk for a
 * single tag keeps this cheap in loops over thousands of elements.)
 */
export function isOurs(el: Element): boolean {
  return isOurTag(el.tagName) || el.closest(OVERLAY_TAG) !== null;
}

/** The elements that are not inside another element of the list. */
export function outermost(elements: Element[]): Element[] {
  if (elements.length < 2) return elements;
  // Siblings never contain one another (the usual case: a list's items).
  const parent = elements[0]!.parentElement;
  if (parent && elements.every((el) => el.parentElement === parent)) return elements;
  const set = new Set(elements);
  return elements.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

/** The first element matching the selectors in priority order that `skip` does not rule out (nor our overlay). */
export function firstMatch(
  root: ParentNode,
  selectors: readonly string[],
  skip: (el: Element) => boolean = () => false,
): Element | null {
  for (const selector of selectors) {
    // The first match usually is the one: querySelector stops there, querySelectorAll would match the whole root.
    const first = root.querySelector(selector);
    if (!first) continue;
    if (!isOurs(first) && !skip(first)) return first;
    for (const el of root.querySelectorAll(selector)) {
      if (!isOurs(el) && !skip(el)) return el;
    }
  }
  return null;
}

/**
 * Hidden by the `hidden` attribute, `aria-hidden`, or an inline `display:none` / `visibility:hidden` on the element
 * or an ancestor: no layout read (getComputedStyle would force one per call).
 */
export function isHiddenByMarkup(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    const style = (node as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}

/**
 * The first non-empty answer of `accept` over the selector's matches in document order. The first match usually
 * answers: querySelector stops there, where querySelectorAll would match through a whole thread.
 */
export function firstAnswer(root: ParentNode, selector: string, accept: (el: Element) => string): string {
  const first = root.querySelector(selector);
  if (!first) return '';
  const answer = accept(first);
  if (answer) return answer;
  const all = root.querySelectorAll(selector);
  for (let i = 1; i < all.length; i++) {
    const next = accept(all[i]!);
    if (next) return next;
  }
  return '';
}
