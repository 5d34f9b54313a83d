import type { SiteCount } from '../storage/queries';
import { useI18n } from './i18n-context';

interface SiteSelectProps {
  sites: SiteCount[];
  site: string | undefined;
  onChange: (site: string | undefined) => void;
}

/** Marketplace picker, shown only when there is more than one marketplace to pick from. */
export function SiteSelect({ sites, site, onChange }: SiteSelectProps) {
  const { t } = useI18n();
  if (sites.length < 2 && !site) return null;
  return (
    <select
      data-testid="site-filter"
      aria-label={t('siteLabel')}
      title={t('siteLabel')}
      value={site ?? ''}
      onChange={(e) => onChange(e.target.value || undefined)}
      className={`h-8 w-28 shrink-0 rounded-md border px-1.5 text-[12px] focus:border-teal-500 focus:ring-2 focus:ring-teal-500/20 focus:outline-none ${
        site
          ? 'border-teal-600 bg-teal-50 font-medium text-teal-900'
          : 'border-slate-200 bg-slate-50 text-slate-700'
      }`}
    >
      <option value="">{t('siteAll')}</option>
      {sites.map((s) => (
        <option key={`${s.platform}:${s.site}`} value={s.site}>
          {s.site} ({s.count})
        </option>
      ))}
    </select>
  );
}
