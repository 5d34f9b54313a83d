import { browser } from 'wxt/browser';
import { useI18n } from '../i18n-context';

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
      <svg
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        width="1em"
        height="1em"
      >
        <circle cx="12" cy="12" r="3" />
        <path d="M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z" />
      </svg>
    </button>
  );
}
