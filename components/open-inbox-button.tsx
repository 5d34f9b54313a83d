import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from './i18n-context';
import { InboxIcon } from './icons';

/**
 * Opens the side panel in this window. `sidePanel.open` only works inside the click's user gesture, which an
 * `await` would end, so the window id is looked up in advance and the call is made synchronously.
 */
export function OpenInboxButton() {
  const { t } = useI18n();
  const [windowId, setWindowId] = useState<number | undefined>();

  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);

  const open = () => {
    if (windowId === undefined) return;
    browser.sidePanel
      .open({ windowId })
      .catch((error: unknown) => console.warn('[HelloWorld] side panel:', error));
    window.close();
  };

  return (
    <button
      type="button"
      data-testid="open-sidepanel"
      disabled={windowId === undefined}
      onClick={open}
      className="flex h-10 w-full items-center justify-center gap-2 rounded-lg bg-teal-700 text-[13px] font-semibold text-white shadow-sm hover:bg-teal-800 disabled:opacity-60"
    >
      <InboxIcon className="size-4" />
      {t('openInbox')}
    </button>
  );
}
