import { ebayAdapter } from '../../content-scripts/ebay';
import { startAdapter } from '../../content-scripts/shared/start-adapter';

// Top frame only: the e-mail and overlay frames are same-origin and read through contentDocument.
export default defineContentScript({
  matches: ebayAdapter.matches,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    startAdapter(ctx, ebayAdapter);
  },
});
