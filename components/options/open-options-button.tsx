import { browser } from 'wxt/browser';
import { useI18n } from '../i18n-context';
import { SettingsIcon } from '../icons';

/** The gear in the side-panel and popup headers: opens the translation settings (the options page) in a tab. */
export function OpenOptionsButton({ closeWindow = false }: { closeWindow?: boolean }) {
  const { t } = useI18n();
  const open = () => {
    void browser.runtime
      .openOptionsPage()
      .catch((error: unknown) => console.warn('[HelloWorld] options page:', error));
    // The popup stays open over the new tab otherwise.
    if (closeWindow) window.close();
  };
  return (
    <button
      type="button"
      data-testid="open-options"
      title={t('optOpenSettings')}
      aria-label={t('optOpenSettings')}
      onClick={open}
      className="flex size-7 shrink-0 items-center justify-center rounded-md text-[15px] text-slate-500 transition-colors hover:bg-slate-100 hover:text-slate-800"
    >
      <SettingsIcon />
    </button>
  );
}
