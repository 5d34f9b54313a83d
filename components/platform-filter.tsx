import { PLATFORMS, type Platform } from '../core/model';
import { FilterChip } from './filter-chip';
import { useI18n } from './i18n-context';
import { PLATFORM_DOTS, PLATFORM_NAMES } from './platform-badge';

interface PlatformFilterProps {
  platformCounts: Record<Platform, number>;
  platform: Platform | undefined;
  onChange: (platform: Platform | undefined) => void;
}

/** "All" plus a chip for each platform that has threads (and the selected one, even if it emptied). */
export function PlatformFilter({ platformCounts, platform, onChange }: PlatformFilterProps) {
  const { t } = useI18n();
  const present = PLATFORMS.filter((p) => platformCounts[p] > 0 || p === platform);
  return (
    <div className="flex items-center gap-1 overflow-x-auto px-3 pb-2 [scrollbar-width:none]">
      <FilterChip testId="platform-chip-all" active={!platform} onClick={() => onChange(undefined)}>
        {t('platformAll')}
      </FilterChip>
      {present.map((p) => (
        <FilterChip key={p} testId={`platform-chip-${p}`} active={platform === p} onClick={() => onChange(p)}>
          <span className={`size-1.5 rounded-full ${PLATFORM_DOTS[p]}`} aria-hidden="true" />
          {PLATFORM_NAMES[p]}
          <span className="tabular-nums opacity-60">{platformCounts[p]}</span>
        </FilterChip>
      ))}
    </div>
  );
}
