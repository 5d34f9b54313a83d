import { runContentScript } from '../../content-scripts/shared/content-runtime';
import { mountOverlay } from '../../content-scripts/shared/mount-overlay';
import { shopeeAdapter } from '../../content-scripts/shopee';

export default defineContentScript({
  matches: shopeeAdapter.matches,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    const store = runContentScript(ctx, shopeeAdapter);
    void mountOverlay(ctx, store, shopeeAdapter.overlayCorner).catch((error) =>
      console.warn('[HelloWorld] overlay not shown:', error),
    );
  },
});
