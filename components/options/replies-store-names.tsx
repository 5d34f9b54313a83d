import { useId, useState } from 'react';
import { PLATFORMS, type Platform } from '../../core/model';
import { PLATFORM_DISPLAY_NAMES } from '../../core/templates/context';
import { useI18n } from '../i18n-context';
import { Button, inputClass } from './controls';

/** A platform chooser for a scope row (store names here, working-hour overrides in the Replies section). */
export function PlatformSelect({
  id,
  label,
  value,
  onChange,
}: {
  id?: string;
  /** The accessible name when no visible label points at `id`. */
  label?: string;
  value: Platform;
  onChange: (platform: Platform) => void;
}) {
  return (
    <select
      id={id}
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value as Platform)}
      className={inputClass(false, 'w-28')}
    >
      {PLATFORMS.map((p) => (
        <option key={p} value={p}>
          {PLATFORM_DISPLAY_NAMES[p]}
        </option>
      ))}
    </select>
  );
}

interface Row {
  platform: Platform;
  site: string;
  shop: string;
  name: string;
}

/** `platform:site:shop` → its parts (the key format of ReplySettings.storeNames). */
function parseKey(key: string): Omit<Row, 'name'> {
  const [platform, site = '', ...shop] = key.split(':');
  return {
    platform: (PLATFORMS as readonly string[]).includes(platform ?? '') ? (platform as Platform) : 'amazon',
    site,
    shop: shop.join(':'),
  };
}

function keyOf(row: Row): string {
  const site = row.site.trim().toLowerCase();
  const shop = row.shop.trim();
  if (shop) return `${row.platform}:${site}:${shop}`;
  return site ? `${row.platform}:${site}` : row.platform;
}

function toRecord(rows: Row[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of rows) if (row.name.trim()) out[keyOf(row)] = row.name.trim();
  return out;
}

/** Store names that cannot be saved: a shop without a site (the key would be ambiguous). */
export function storeNameErrors(storeNames: Record<string, string>): string[] {
  return Object.keys(storeNames).filter((key) => {
    const { site, shop } = parseKey(key);
    return shop !== '' && site === '';
  });
}

/** `{{store_name}}` per scope: rows of platform, optional site and shop, and the name. */
export function StoreNamesEditor({
  storeNames,
  onChange,
}: {
  storeNames: Record<string, string>;
  onChange: (storeNames: Record<string, string>) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  // Rows are edited as typed (an empty name or a half-typed site stays on screen); the record is derived.
  const [rows, setRows] = useState<Row[]>(() =>
    Object.entries(storeNames).map(([key, name]) => ({ ...parseKey(key), name })),
  );
  const update = (next: Row[]) => {
    setRows(next);
    onChange(toRecord(next));
  };
  const edit = (index: number, change: Partial<Row>) =>
    update(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));

  return (
    <div data-testid="replies-store-names">
      <p className="text-[12px] font-medium text-slate-700">{t('replyStoreNames')}</p>
      <p className="mb-1.5 text-[11.5px] text-slate-400">{t('replyStoreHint')}</p>
      <ul className="space-y-1.5">
        {rows.map((row, index) => (
          <li key={index} className="flex flex-wrap items-center gap-1.5">
            <PlatformSelect
              label={t('replyPlatform')}
              value={row.platform}
              onChange={(platform) => edit(index, { platform })}
            />
            <input
              id={`${id}-${index}-site`}
              aria-label={t('replySite')}
              placeholder={t('replySite')}
              value={row.site}
              onChange={(e) => edit(index, { site: e.target.value })}
              className={inputClass(false, 'w-44')}
            />
            <input
              aria-label={t('replyShop')}
              placeholder={t('replyShop')}
              value={row.shop}
              onChange={(e) => edit(index, { shop: e.target.value })}
              className={inputClass(row.shop.trim() !== '' && row.site.trim() === '', 'w-32')}
            />
            <input
              aria-label={t('replyStoreName')}
              placeholder={t('replyStoreName')}
              value={row.name}
              maxLength={80}
              onChange={(e) => edit(index, { name: e.target.value })}
              className={inputClass(false, 'w-44')}
            />
            <Button tone="danger" onClick={() => update(rows.filter((_, i) => i !== index))}>
              {t('replyRemove')}
            </Button>
          </li>
        ))}
      </ul>
      <Button
        tone="quiet"
        testId="replies-store-add"
        onClick={() => setRows([...rows, { platform: 'amazon', site: '', shop: '', name: '' }])}
      >
        {t('replyStoreAdd')}
      </Button>
    </div>
  );
}
