import { isOurElement, isOurs } from './dom';

/**
 * Watch the page for anything that may change what an adapter reads: nodes added or removed (new messages, a
 * thread pane replaced on an SPA switch) and text edits. Mutations inside our own overlay are ignored, so our UI
 * never triggers a re-read. The caller throttles onChange.
 */
export function observeMutations(doc: Document, signal: AbortSignal, onChange: () => void): void {
  if (signal.aborted) return;
  const observer = new MutationObserver((records) => {
    if (records.some(concernsPage)) onChange();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/**
 * Whether a mutation may change what an adapter reads: not one inside our own UI, and not the insertion or removal
 * of our own nodes (a translation put under a message) in the portal's elements.
 */
export function concernsPage(record: MutationRecord): boolean {
  const target = record.target instanceof Element ? record.target : record.target.parentElement;
  if (target && isOurs(target)) return false;
  if (record.type !== 'childList') return true;
  const ours = (node: Node) => node.nodeType === Node.ELEMENT_NODE && isOurElement(node as Element);
  for (const node of record.addedNodes) if (!ours(node)) return true;
  for (const node of record.removedNodes) if (!ours(node)) return true;
  return false;
}
