import { startAdapter } from '../../content-scripts/shared/start-adapter';
import { shopeeAdapter } from '../../content-scripts/shopee';

export default defineContentScript({
  matches: shopeeAdapter.matches,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    startAdapter(ctx, shopeeAdapter);
  },
});
