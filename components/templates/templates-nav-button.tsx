import { useI18n } from '../i18n-context';
import { TemplateIcon } from '../icons';
import { TEMPLATES_HASH } from './templates-route';

/**
 * The way from the inbox header to the template library (the side panel follows the URL hash). At the panel's
 * default 360 px the header row is full, so the label shows from 400 px on; the icon keeps it as its name and tooltip.
 */
export function TemplatesNavButton() {
  const { t } = useI18n();
  return (
    <a
      href={TEMPLATES_HASH}
      data-testid="open-templates"
      title={t('tplNav')}
      aria-label={t('tplNav')}
      className="flex h-7 min-w-7 shrink-0 items-center justify-center gap-1 rounded-md px-1.5 text-[12px] font-medium text-slate-500 hover:bg-slate-100 hover:text-slate-900"
    >
      <TemplateIcon className="size-[15px] shrink-0" />
      <span className="hidden min-[400px]:inline">{t('tplNav')}</span>
    </a>
  );
}
