import { AdapterStatusLine } from './adapter-status-line';
import { useI18n } from './i18n-context';
import { useAdapterStatuses } from './use-adapter-statuses';

/**
 * What the content script on each portal tab recognised. An unrecognised layout is the one failure an agent
 * cannot otherwise notice (messages silently stop being captured), so it is spelled out with the missing anchors.
 */
export function AdapterStatusStrip() {
  const { t } = useI18n();
  const statuses = useAdapterStatuses();

  return (
    <section
      data-testid="adapter-status"
      aria-label={t('adapterTitle')}
      className="border-b border-slate-200 bg-slate-50/80"
    >
      {statuses.length === 0 ? (
        <p className="px-3 py-1.5 text-[11px] text-slate-500">{t('adapterNone')}</p>
      ) : (
        <ul className="divide-y divide-slate-200/70">
          {statuses.map((status) => (
            <AdapterStatusLine key={status.tabId} status={status} />
          ))}
        </ul>
      )}
    </section>
  );
}
