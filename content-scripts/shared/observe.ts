import { isOurs } from './dom';

/**
 * Watch the page for anything that may change what an adapter reads: nodes added or removed (new messages, a
 * thread pane replaced on an SPA switch) and text edits. Mutations inside our own overlay are ignored, so our UI
 * never triggers a re-read. The caller throttles onChange.
 */
export function observeMutations(doc: Document, signal: AbortSignal, onChange: () => void): void {
  if (signal.aborted) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      if (target && isOurs(target)) continue;
      onChange();
      return;
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
