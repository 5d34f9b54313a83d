import { ebayAdapter } from '../../content-scripts/ebay';
import { runContentScript } from '../../content-scripts/shared/content-runtime';
import { mountOverlay } from '../../content-scripts/shared/mount-overlay';

// Top frame only: the e-mail and overlay frames are same-origin and read through contentDocument.
export default defineContentScript({
  matches: ebayAdapter.matches,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    const store = runContentScript(ctx, ebayAdapter);
    void mountOverlay(ctx, store, ebayAdapter.overlayCorner).catch((error) =>
      console.warn('[HelloWorld] overlay not shown:', error),
    );
  },
});
