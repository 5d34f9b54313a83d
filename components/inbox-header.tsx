import { useI18n } from './i18n-context';
import { LanguageSwitcher } from './language-switcher';
import { OpenOptionsButton } from './options/open-options-button';
import { TemplatesNavButton } from './templates/templates-nav-button';

/** Brand mark, title with the number of buyers waiting, the language switch and the way to the settings. */
export function InboxHeader({ waiting }: { waiting: number | undefined }) {
  const { t } = useI18n();
  return (
    <div className="flex items-center gap-2 px-3 pt-2.5 pb-2">
      <span
        className="flex size-6 shrink-0 items-center justify-center rounded-md bg-teal-700 text-[10px] font-bold tracking-tight text-white"
        aria-hidden="true"
      >
        HW
      </span>
      <h1 className="text-[15px] font-semibold text-slate-900">{t('inboxTitle')}</h1>
      {waiting !== undefined && waiting > 0 && (
        <span
          className="rounded-full bg-amber-100 px-1.5 text-[11px] leading-5 font-semibold text-amber-800 tabular-nums"
          title={t('tabNeedsReply')}
        >
          {waiting}
        </span>
      )}
      <div className="ml-auto flex items-center gap-1">
        <TemplatesNavButton />
        <LanguageSwitcher />
        <OpenOptionsButton />
      </div>
    </div>
  );
}
