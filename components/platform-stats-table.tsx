import { PLATFORMS, type Platform } from '../core/model';
import type { PlatformStats } from '../storage/queries';
import { useI18n } from './i18n-context';
import { PLATFORM_DOTS, PLATFORM_NAMES } from './platform-badge';

export function PlatformStatsTable({ perPlatform }: { perPlatform: Record<Platform, PlatformStats> }) {
  const { t } = useI18n();
  const rows = PLATFORMS.filter((p) => perPlatform[p].total > 0);
  if (rows.length === 0) return null;
  const head = 'px-2 py-1 text-right font-medium';
  const cell = 'px-2 py-1 text-right tabular-nums';
  return (
    <section data-testid="stat-platforms">
      <h2 className="pb-1 text-[11px] font-medium text-slate-500">{t('statPerPlatform')}</h2>
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-[12px]">
          <thead className="bg-slate-50 text-[11px] text-slate-500">
            <tr>
              <th className="px-2 py-1 text-left font-medium" />
              <th className={head}>{t('platformTotal')}</th>
              <th className={head}>{t('statOpen')}</th>
              <th className={head}>{t('statNeedsReply')}</th>
              <th className={head}>{t('statOverdue')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((p) => {
              const s = perPlatform[p];
              return (
                <tr key={p} data-testid={`stat-platform-${p}`}>
                  <th className="px-2 py-1 text-left font-medium text-slate-800">
                    <span className="inline-flex items-center gap-1.5">
                      <span className={`size-2 rounded-full ${PLATFORM_DOTS[p]}`} aria-hidden="true" />
                      {PLATFORM_NAMES[p]}
                    </span>
                  </th>
                  <td className={`${cell} text-slate-600`}>{s.total}</td>
                  <td className={`${cell} text-slate-800`}>{s.open}</td>
                  <td
                    className={`${cell} ${s.needsReply > 0 ? 'font-semibold text-amber-700' : 'text-slate-800'}`}
                  >
                    {s.needsReply}
                  </td>
                  <td
                    className={`${cell} ${s.overdue > 0 ? 'font-semibold text-red-600' : 'text-slate-800'}`}
                  >
                    {s.overdue}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
