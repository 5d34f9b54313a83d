import { useI18n } from '../i18n-context';

/** What leaves the browser, and where to. */
export function PrivacyNote() {
  const { t } = useI18n();
  return (
    <section
      data-testid="section-privacy"
      className="rounded-xl border border-teal-100 bg-teal-50/60 px-5 py-4 text-[12px] leading-relaxed text-slate-600"
    >
      <h2 className="text-[13px] font-semibold text-teal-900">{t('optPrivacyTitle')}</h2>
      <ul className="mt-1.5 list-disc space-y-1 pl-4 marker:text-teal-600">
        <li>{t('optPrivacyText')}</li>
        <li>{t('optPrivacyOnDevice')}</li>
        <li>{t('optPrivacyFree')}</li>
        <li>{t('optPrivacyKeys')}</li>
      </ul>
    </section>
  );
}
