export function SiteBadge({ site }: { site: string }) {
  return (
    <span className="inline-flex h-4 max-w-28 shrink-0 items-center truncate rounded px-1 text-[10px] font-medium leading-none text-slate-600 ring-1 ring-inset ring-slate-300">
      {site}
    </span>
  );
}
