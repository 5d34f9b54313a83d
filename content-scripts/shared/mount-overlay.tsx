import { createRoot } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { resolveLanguage } from '../../components/i18n';
import { settingsItem } from '../../storage/settings';
import { OVERLAY_TAG } from './dom';
import { Overlay } from './overlay';
import type { OverlayStore } from './overlay-store';
import './overlay.css';

/** Mount the overlay in its own shadow root at the end of <body>; it never touches the portal's own nodes. */
export async function mountOverlay(
  ctx: ContentScriptContext,
  store: OverlayStore,
  corner: 'bottom-right' | 'bottom-left' = 'bottom-right',
): Promise<void> {
  const settings = await settingsItem.getValue();
  if (!settings.showOverlay) return;
  const language = resolveLanguage(settings.uiLanguage, navigator.language);
  const ui = await createShadowRootUi(ctx, {
    name: OVERLAY_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      const root = createRoot(container);
      root.render(<Overlay store={store} language={language} corner={corner} />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
}
