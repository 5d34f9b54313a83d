import type { Platform } from '../core/model';

export const PLATFORM_NAMES: Record<Platform, string> = { amazon: 'Amazon', ebay: 'eBay', shopee: 'Shopee' };

/** Brand-tinted so an agent can tell the marketplaces apart at a glance. */
const PLATFORM_STYLES: Record<Platform, string> = {
  amazon: 'bg-amber-100 text-amber-900 ring-amber-300/70',
  ebay: 'bg-sky-100 text-sky-900 ring-sky-300/70',
  shopee: 'bg-orange-100 text-orange-800 ring-orange-300/70',
};

export const PLATFORM_DOTS: Record<Platform, string> = {
  amazon: 'bg-amber-500',
  ebay: 'bg-sky-600',
  shopee: 'bg-orange-600',
};

export function PlatformBadge({ platform }: { platform: Platform }) {
  return (
    <span
      className={`inline-flex h-4 shrink-0 items-center rounded px-1 text-[10px] font-semibold leading-none ring-1 ring-inset ${PLATFORM_STYLES[platform]}`}
    >
      {PLATFORM_NAMES[platform]}
    </span>
  );
}
