import { amazonAdapter } from '../../content-scripts/amazon';
import { runContentScript } from '../../content-scripts/shared/content-runtime';
import { mountOverlay } from '../../content-scripts/shared/mount-overlay';

export default defineContentScript({
  matches: amazonAdapter.matches,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    const store = runContentScript(ctx, amazonAdapter);
    void mountOverlay(ctx, store, amazonAdapter.overlayCorner).catch((error) =>
      console.warn('[HelloWorld] overlay not shown:', error),
    );
  },
});
