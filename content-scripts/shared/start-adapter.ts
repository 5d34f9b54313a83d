import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '../adapter-contract';
import { runContentScript } from './content-runtime';
import { mountOverlay } from './mount-overlay';

/** Everything a portal's content script does: run its adapter, and draw the overlay where the adapter wants it. */
export function startAdapter(ctx: ContentScriptContext, adapter: PlatformAdapter): void {
  const store = runContentScript(ctx, adapter);
  void mountOverlay(ctx, store, adapter).catch((error) =>
    console.warn('[HelloWorld] overlay not shown:', error),
  );
}
