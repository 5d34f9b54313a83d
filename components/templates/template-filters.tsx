import { PLATFORMS, type Platform } from '../../core/model';
import { TEMPLATE_CATEGORIES, type TemplateCategory } from '../../core/templates/types';
import { FilterChip } from '../filter-chip';
import { useI18n } from '../i18n-context';
import { PLATFORM_DOTS, PLATFORM_NAMES } from '../platform-badge';
import { CATEGORY_LABELS } from './labels';

export interface TemplateFilter {
  category?: TemplateCategory;
  /** Templates offered on this platform (scoped to it, or to all). */
  platform?: Platform;
}

export function CategorySelect({
  category,
  onChange,
}: {
  category: TemplateCategory | undefined;
  onChange: (category: TemplateCategory | undefined) => void;
}) {
  const { t } = useI18n();
  return (
    <select
      data-testid="template-category-filter"
      aria-label={t('tplCategoryFilter')}
      value={category ?? ''}
      onChange={(e) => onChange((e.target.value || undefined) as TemplateCategory | undefined)}
      className={`h-8 w-auto max-w-36 shrink-0 rounded-md border px-1.5 text-[12px] focus:border-teal-500 focus:ring-2 focus:ring-teal-500/20 focus:outline-none ${
        category ? 'border-teal-300 bg-teal-50 text-teal-900' : 'border-slate-200 bg-slate-50 text-slate-700'
      }`}
    >
      <option value="">{t('tplCategoryAll')}</option>
      {TEMPLATE_CATEGORIES.map((c) => (
        <option key={c} value={c}>
          {t(CATEGORY_LABELS[c])}
        </option>
      ))}
    </select>
  );
}

export function PlatformChips({
  platform,
  onChange,
}: {
  platform: Platform | undefined;
  onChange: (platform: Platform | undefined) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="flex items-center gap-1 overflow-x-auto px-3 pb-2 [scrollbar-width:none]">
      <FilterChip testId="template-platform-all" active={!platform} onClick={() => onChange(undefined)}>
        {t('tplPlatformAll')}
      </FilterChip>
      {PLATFORMS.map((p) => (
        <FilterChip
          key={p}
          testId={`template-platform-${p}`}
          active={platform === p}
          onClick={() => onChange(p)}
        >
          <span className={`size-1.5 rounded-full ${PLATFORM_DOTS[p]}`} aria-hidden="true" />
          {PLATFORM_NAMES[p]}
        </FilterChip>
      ))}
    </div>
  );
}
