/**
 * Top-level domains we recognise in bare domains (`shop.com`, `bit.ly/x`) and spelled-out addresses
 * (`name at gmail dot com`). Deliberately not "every TLD": `.zip`, `.mov`, `.pdf`-like and word-like TLDs would turn
 * file names and sentence ends into links. A URL with a scheme or `www.` is a link whatever its TLD.
 */
export const LINK_TLDS: readonly string[] =
  // generic
  (
    'com net org info biz shop store online site website io co app xyz top ' +
    'vip club link page blog tech cc tv me ly gl gg to ai edu gov ' +
    // country codes of the marketplaces' buyers and sellers
    'us uk ca mx br ar cl de fr es it nl be at ch pl se no dk ' +
    'fi pt ie cz gr ru ua tr eu jp kr cn hk tw mo sg my th vn ' +
    'id ph in au nz za ae sa eg il ir pk'
  ).split(' ');

/** TLDs that are also ordinary words: a bare `word.it` / `word.in` followed by a capital is a sentence break. */
export const WORDLIKE_TLDS: ReadonlySet<string> = new Set(
  'it in at to me no be us my id co es de so'.split(' '),
);

/**
 * Mail providers distinctive enough that `name at gmail` / `12345 at qq` is an address with no TLD spelled out
 * (not `mail`, `web`, `live`, `free`: "meet at web…" is English).
 */
export const MAIL_PROVIDERS: readonly string[] = (
  'gmail googlemail yahoo hotmail outlook icloud protonmail gmx qq 163 126 sina sohu foxmail aliyun naver ' +
  'hanmail yandex libero seznam rocketmail ymail'
).split(' ');

/**
 * A marketplace's name written as its domain, with no scheme, `www.` or path: "Thank you for shopping on
 * Amazon.com" names the shop, it does not link anywhere. Not flagged on any platform.
 */
export const MARKETPLACE_NAME = /^(?:amazon|ebay|shopee)\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$/;

/** Hosts each marketplace allows in its own messages (see rules.ts for why Amazon has none). */
export const OWN_HOSTS: Record<'ebay' | 'shopee', RegExp> = {
  // ebay.com, ebay.co.uk, pages.ebay.de, ebay.us short links…
  ebay: /(?:^|\.)ebay\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$|^ebay\.us$/,
  // shopee.co.th, shopee.com.my, shp.ee short links, the seller centre's own subdomains
  shopee: /(?:^|\.)shopee\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$|^shp\.ee$/,
};
