import { amazonAdapter } from '../../content-scripts/amazon';
import { startAdapter } from '../../content-scripts/shared/start-adapter';

export default defineContentScript({
  matches: amazonAdapter.matches,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    startAdapter(ctx, amazonAdapter);
  },
});
