import { PLATFORMS, type Platform } from '../../core/model';
import { useI18n } from '../i18n-context';
import { PLATFORM_NAMES } from '../platform-badge';

/**
 * Where a template is offered. "All" is the empty list (it also covers a platform added later); unticking one
 * platform from "all" keeps the other two, and the last ticked platform cannot be unticked (a template offered
 * nowhere would only be lost).
 */
export function PlatformScope({
  platforms,
  onChange,
}: {
  platforms: Platform[];
  onChange: (platforms: Platform[]) => void;
}) {
  const { t } = useI18n();
  const all = platforms.length === 0 || PLATFORMS.every((p) => platforms.includes(p));
  const toggle = (platform: Platform, on: boolean) => {
    const current = all ? [...PLATFORMS] : platforms;
    const next = on ? [...current, platform] : current.filter((p) => p !== platform);
    if (next.length === 0) return;
    onChange(PLATFORMS.filter((p) => next.includes(p)));
  };
  const box = (testId: string, label: string, checked: boolean, onToggle: (on: boolean) => void) => (
    <label className="inline-flex cursor-pointer items-center gap-1.5 text-[12px] text-slate-700">
      <input
        type="checkbox"
        data-testid={testId}
        checked={checked}
        onChange={(e) => onToggle(e.target.checked)}
        className="size-3.5 accent-teal-700"
      />
      {label}
    </label>
  );
  return (
    <fieldset className="min-w-0 border-0 p-0">
      <legend className="mb-1 block p-0 text-[12px] font-medium text-slate-700">{t('tplPlatforms')}</legend>
      <div className="flex flex-wrap gap-x-3 gap-y-1">
        {box('scope-all', t('tplPlatformsAll'), all, (on) => {
          if (on) onChange([]);
        })}
        {PLATFORMS.map((p) =>
          box(`scope-${p}`, PLATFORM_NAMES[p], all || platforms.includes(p), (on) => toggle(p, on)),
        )}
      </div>
    </fieldset>
  );
}
