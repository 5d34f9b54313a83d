import { useI18n } from '../i18n-context';
import { TemplateIcon } from './template-icons';
import { TEMPLATES_HASH } from './templates-route';

/** The way from the inbox header to the template library (the side panel follows the URL hash). */
export function TemplatesNavButton() {
  const { t } = useI18n();
  return (
    <a
      href={TEMPLATES_HASH}
      data-testid="open-templates"
      className="flex h-7 shrink-0 items-center gap-1 rounded-md px-1.5 text-[12px] font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900"
    >
      <TemplateIcon className="size-3.5" />
      {t('tplNav')}
    </a>
  );
}
