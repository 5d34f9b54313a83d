import { concernsPage, observeMutations } from '../shared/observe';
import { EBAY_SELECTORS as S } from './selectors';

const FRAMES = [...S.emailFrame, ...S.legacyFrame].join(',');

/**
 * Like observeMutations, and also inside the e-mail frames: their content arrives asynchronously, and a
 * navigation replaces the frame's document, so each frame's document is observed again on its `load` event.
 * Frames added later (the pane mounts after the list) are picked up from the page's own mutations. Everything
 * is released when `signal` aborts.
 */
export function observeEbay(doc: Document, signal: AbortSignal, onChange: () => void): void {
  if (signal.aborted) return;
  observeMutations(doc, signal, onChange);

  const watched = new Map<HTMLIFrameElement, () => void>();
  const watch = (frame: HTMLIFrameElement) => {
    if (watched.has(frame)) return;
    let inner: MutationObserver | undefined;
    const attach = () => {
      inner?.disconnect();
      inner = undefined;
      try {
        const frameDoc = frame.contentDocument;
        if (!frameDoc) return;
        // The document node itself, not its root element: `document.open()` replaces the root element.
        inner = new MutationObserver((records) => {
          if (records.some(concernsPage)) onChange();
        });
        inner.observe(frameDoc, { childList: true, subtree: true, characterData: true });
      } catch {
        // cross-origin: nothing to observe
      }
    };
    const onLoad = () => {
      attach();
      onChange();
    };
    frame.addEventListener('load', onLoad);
    attach();
    watched.set(frame, () => {
      frame.removeEventListener('load', onLoad);
      inner?.disconnect();
    });
  };
  const sync = () => {
    for (const [frame, release] of watched) {
      if (!frame.isConnected) {
        release();
        watched.delete(frame);
      }
    }
    for (const frame of doc.querySelectorAll<HTMLIFrameElement>(FRAMES)) watch(frame);
  };

  const holdsFrame = (node: Node) =>
    node.nodeType === Node.ELEMENT_NODE &&
    ((node as Element).tagName === 'IFRAME' || (node as Element).querySelector('iframe') !== null);
  const frames = new MutationObserver((records) => {
    for (const record of records) {
      if ([...record.addedNodes].some(holdsFrame) || [...record.removedNodes].some(holdsFrame)) {
        sync();
        return;
      }
    }
  });
  frames.observe(doc.documentElement, { childList: true, subtree: true });
  sync();

  signal.addEventListener(
    'abort',
    () => {
      frames.disconnect();
      for (const release of watched.values()) release();
      watched.clear();
    },
    { once: true },
  );
}
