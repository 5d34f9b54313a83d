/** The marketplace a thread belongs to; the store too when one login serves several (Shopee's CNSC). */
export function SiteBadge({ site, shop }: { site: string; shop?: string }) {
  const label = shop ? `${site} · ${shop}` : site;
  return (
    <span
      data-testid="site-badge"
      title={label}
      className="inline-flex h-4 max-w-40 shrink-0 items-center truncate rounded px-1 text-[10px] font-medium leading-none text-slate-600 ring-1 ring-inset ring-slate-300"
    >
      <span className="truncate">{label}</span>
    </span>
  );
}
