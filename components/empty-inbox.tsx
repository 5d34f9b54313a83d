import { useI18n } from './i18n-context';
import { InboxIcon } from './icons';

/** First-run guidance: the inbox fills itself from the portal pages the agent reads. */
export function EmptyInbox() {
  const { t } = useI18n();
  const steps = [t('emptyStep1'), t('emptyStep2'), t('emptyStep3')];
  return (
    <div data-testid="empty-inbox" className="flex flex-1 flex-col items-center px-6 pt-12 pb-8 text-center">
      <div className="flex size-12 items-center justify-center rounded-2xl bg-teal-50 text-teal-700 ring-1 ring-teal-100">
        <InboxIcon className="size-6" />
      </div>
      <h2 className="mt-4 text-[15px] font-semibold text-slate-900">{t('emptyTitle')}</h2>
      <p className="mt-1.5 text-[12px] leading-relaxed text-slate-500">{t('emptyIntro')}</p>
      <ol className="mt-5 w-full space-y-2 text-left">
        {steps.map((step, i) => (
          <li
            key={step}
            className="flex gap-2.5 rounded-lg border border-slate-200 bg-white p-2.5 text-[12px] leading-snug text-slate-700"
          >
            <span className="flex size-5 shrink-0 items-center justify-center rounded-full bg-teal-700 text-[11px] font-semibold text-white">
              {i + 1}
            </span>
            <span className="pt-px">{step}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
