import { createRoot } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { resolveLanguage } from '../../components/i18n';
import { settingsItem } from '../../storage/settings';
import type { PlatformAdapter } from '../adapter-contract';
import { OVERLAY_TAG } from './dom';
import { Overlay } from './overlay';
import type { OverlayStore } from './overlay-store';
import { createReplyDrafts } from './reply-translator-hook';
import { startTemplatePicker } from './template-picker-setup';
import './overlay.css';
import './reply-translator.css';
import './template-picker.css';

/**
 * Mount the overlay (the pill, the reply translator and the template picker) in its own shadow root at the end of <body>; it never
 * touches the portal's own nodes. Reply drafts live as long as the tab.
 */
export async function mountOverlay(
  ctx: ContentScriptContext,
  store: OverlayStore,
  adapter: PlatformAdapter,
): Promise<void> {
  const settings = await settingsItem.getValue();
  if (!settings.showOverlay) return;
  const language = resolveLanguage(settings.uiLanguage, navigator.language);
  const drafts = createReplyDrafts();
  const templates = startTemplatePicker(ctx, adapter, store);
  const ui = await createShadowRootUi(ctx, {
    name: OVERLAY_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      const root = createRoot(container);
      root.render(
        <Overlay
          store={store}
          language={language}
          adapter={adapter}
          drafts={drafts}
          picker={templates.picker}
          trigger={templates.trigger}
        />,
      );
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
}
