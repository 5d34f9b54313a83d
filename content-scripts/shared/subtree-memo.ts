/**
 * Results computed from an element's subtree, kept across scans until that subtree changes. A scan re-reads a
 * 200-message thread every time anything on the page changes; almost always the messages themselves did not, and
 * reading them again is most of a scan's cost (ARCHITECTURE.md: well under 5 ms per read).
 *
 * Validity is exact, not a heuristic: one MutationObserver per document (childList, attributes, characterData,
 * whole subtree) drops the memo of every element whose subtree a mutation touched (the target and all its
 * ancestors), and of everything inside a removed node (a node outside the document is not observed, so what comes
 * back later is read afresh). Pending records are taken synchronously before every lookup, so a change made in the
 * same task as the read is seen too. SPA panes that reuse an element with new text therefore miss the memo.
 *
 * Only elements in a document's own tree are memoised: mutations inside shadow trees are not observed, so nothing
 * read from one is kept. Whatever a result depends on outside the element's subtree (ancestors' attributes, the
 * page locale, the scan's day) goes into the caller's `key`, compared on lookup.
 */

interface Entry {
  key: string;
  value: unknown;
}

/** Element → (memo id → entry). One map for every memo, so an invalidation is one delete per node. */
const store = new WeakMap<Node, (Entry | undefined)[]>();
const observers = new WeakMap<Document, MutationObserver | null>();
let anyStored = false;
let nextId = 0;

function invalidate(records: MutationRecord[]): void {
  if (!anyStored) return; // nothing kept yet: nothing to drop
  let last: Node | null = null;
  for (const record of records) {
    if (record.target !== last) {
      last = record.target;
      for (let node: Node | null = record.target; node; node = node.parentNode) store.delete(node);
    }
    if (record.type === 'childList') {
      for (const removed of record.removedNodes) {
        if (removed.nodeType !== 1) continue;
        store.delete(removed);
        for (const inner of (removed as Element).querySelectorAll('*')) store.delete(inner);
      }
    }
  }
}

/** The document's observer, started on first use; null where the page offers none (then nothing is memoised). */
function observerOf(doc: Document): MutationObserver | null {
  let observer = observers.get(doc);
  if (observer !== undefined) return observer;
  const Observer = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  observer = null;
  if (typeof Observer === 'function') {
    try {
      observer = new Observer(invalidate);
      observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
    } catch {
      observer = null;
    }
  }
  observers.set(doc, observer);
  return observer;
}

/** Apply the document's pending mutations; false when the element cannot be memoised. */
function sync(el: Element): boolean {
  const doc = el.ownerDocument;
  const observer = doc ? observerOf(doc) : null;
  if (!observer) return false;
  const pending = observer.takeRecords();
  if (pending.length > 0) invalidate(pending);
  return true;
}

export interface SubtreeMemo<V> {
  /** The value stored for the element under this key, unless its subtree changed since (undefined then). */
  get(el: Element, key: string): V | undefined;
  /** Keep a value computed from the element's subtree (and the key); ignored outside a document's own tree. */
  set(el: Element, key: string, value: V): void;
}

export function createSubtreeMemo<V>(): SubtreeMemo<V> {
  const id = nextId++;
  return {
    get(el, key) {
      if (!sync(el)) return undefined;
      const entry = store.get(el)?.[id];
      return entry !== undefined && entry.key === key ? (entry.value as V) : undefined;
    },
    set(el, key, value) {
      // The observer must exist before the read it guards is kept; `get` started it, this only makes sure.
      if (!sync(el) || el.getRootNode() !== el.ownerDocument) return;
      let slots = store.get(el);
      if (!slots) {
        slots = [];
        store.set(el, slots);
      }
      slots[id] = { key, value };
      anyStored = true;
    },
  };
}
