import type { Platform } from './model';

/**
 * Marketplace hosts per platform. Manifest match patterns cannot wildcard a top-level domain, so every host is
 * listed (PORTALS.md 2.1).
 */
export const AMAZON_SELLER_HOSTS = [
  // North America
  'sellercentral.amazon.com',
  'sellercentral.amazon.ca',
  'sellercentral.amazon.com.mx',
  'sellercentral.amazon.com.br',
  // Europe, Middle East, Africa, India
  'sellercentral.amazon.co.uk',
  'sellercentral.amazon.de',
  'sellercentral.amazon.fr',
  'sellercentral.amazon.it',
  'sellercentral.amazon.es',
  'sellercentral.amazon.nl',
  'sellercentral.amazon.se',
  'sellercentral.amazon.pl',
  'sellercentral.amazon.com.be',
  'sellercentral.amazon.com.tr',
  'sellercentral.amazon.co.za',
  'sellercentral.amazon.ae',
  'sellercentral.amazon.sa',
  'sellercentral.amazon.eg',
  'sellercentral.amazon.in',
  // Far East
  'sellercentral.amazon.co.jp',
  'sellercentral.amazon.com.au',
  'sellercentral.amazon.sg',
  // Legacy aliases still in use
  'sellercentral-europe.amazon.com',
  'sellercentral-japan.amazon.com',
] as const;

export function matchPatternsFor(hosts: readonly string[]): string[] {
  return hosts.map((host) => `https://${host}/*`);
}

const AMAZON_HOST = /^sellercentral\.amazon\.([a-z]{2,3}(?:\.[a-z]{2})?)$/;
const AMAZON_LEGACY_HOST = /^sellercentral-(europe|japan)\.amazon\.com$/;

/** `sellercentral.amazon.co.uk` → `amazon.co.uk`; legacy aliases map to their home marketplace. */
export function amazonSiteFromHost(host: string): string | null {
  const h = host.toLowerCase();
  const m = AMAZON_HOST.exec(h);
  if (m) return `amazon.${m[1]}`;
  const legacy = AMAZON_LEGACY_HOST.exec(h);
  if (legacy) return legacy[1] === 'japan' ? 'amazon.co.jp' : 'amazon.eu';
  return null;
}

/** Amazon marketplace ids (SP-API) → site, for threads that name their marketplace. */
export const AMAZON_MARKETPLACE_IDS: Record<string, string> = {
  ATVPDKIKX0DER: 'amazon.com',
  A2EUQ1WTGCTBG2: 'amazon.ca',
  A1AM78C64UM0Y8: 'amazon.com.mx',
  A2Q3Y263D00KWC: 'amazon.com.br',
  A1F83G8C2ARO7P: 'amazon.co.uk',
  A1PA6795UKMFR9: 'amazon.de',
  A13V1IB3VIYZZH: 'amazon.fr',
  APJ6JRA9NG5V4: 'amazon.it',
  A1RKKUPIHCS9HS: 'amazon.es',
  A1805IZSGTT6HS: 'amazon.nl',
  A2NODRKZP88ZB9: 'amazon.se',
  A1C3SOZRARQ6R3: 'amazon.pl',
  AMEN7PMS3EDWL: 'amazon.com.be',
  A33AVAJ2PDY3EV: 'amazon.com.tr',
  AE08WJ6YKNBMC: 'amazon.co.za',
  A2VIGQ35RCS4UG: 'amazon.ae',
  A17E79C6D8DWNP: 'amazon.sa',
  ARBP9OOSHTCHU: 'amazon.eg',
  A21TJRUUN4KGV: 'amazon.in',
  A1VC38T7YXB528: 'amazon.co.jp',
  A39IBJ37TRP1C6: 'amazon.com.au',
  A19VAU5U5O7RUS: 'amazon.sg',
};

/** "Amazon.de", "amazon.co.uk", "www.amazon.fr" → `amazon.de` …; null when the text names no marketplace. */
export function amazonSiteFromText(text: string): string | null {
  const m =
    /\bamazon\.(com\.(?:mx|br|be|tr|au)|co\.(?:uk|jp|za)|com|ca|de|fr|it|es|nl|se|pl|ae|sa|eg|in|sg)\b/i.exec(
      text,
    );
  return m ? `amazon.${m[1]!.toLowerCase()}` : null;
}

/**
 * eBay sites that serve the messaging app on `www.ebay.<tld>` (PORTALS.md 3.1: .com and .it HIGH, the rest MED),
 * the Canadian French and Belgian language hosts, and legacy `mesg.ebay.com` (HIGH).
 */
export const EBAY_HOSTS = [
  'www.ebay.com',
  'www.ebay.co.uk',
  'www.ebay.de',
  'www.ebay.fr',
  'www.ebay.it',
  'www.ebay.es',
  'www.ebay.com.au',
  'www.ebay.ca',
  'cafr.ebay.ca',
  'www.ebay.at',
  'www.ebay.ch',
  'www.ebay.ie',
  'www.ebay.nl',
  'www.ebay.be',
  'befr.ebay.be',
  'benl.ebay.be',
  'www.ebay.pl',
  'www.ebay.com.hk',
  'www.ebay.com.sg',
  'www.ebay.com.my',
  'www.ebay.ph',
  'mesg.ebay.com',
] as const;

/**
 * Shopee Seller Centre hosts (PORTALS.md 4.1): one per market, Vietnam's `banhang` alias, and the China
 * cross-border centre (CNSC, one inbox for every region and shop) with its older `xiapi` host.
 */
export const SHOPEE_SELLER_HOSTS = [
  'seller.shopee.co.id',
  'seller.shopee.com.my',
  'seller.shopee.ph',
  'seller.shopee.sg',
  'seller.shopee.co.th',
  'seller.shopee.vn',
  'banhang.shopee.vn',
  'seller.shopee.tw',
  'seller.shopee.com.br',
  'seller.shopee.cn',
  'seller.xiapi.shopee.cn',
] as const;

export const PORTAL_HOSTS: Readonly<Record<Platform, readonly string[]>> = {
  amazon: AMAZON_SELLER_HOSTS,
  ebay: EBAY_HOSTS,
  shopee: SHOPEE_SELLER_HOSTS,
};

const EBAY_HOST = /^(?:www|cafr|befr|benl)\.ebay\.([a-z]{2,3}(?:\.[a-z]{2})?)$/;

/** `www.ebay.de` → `ebay.de`; `cafr.ebay.ca` → `ebay.ca`; legacy `mesg.ebay.com` → `ebay.com`. */
export function ebaySiteFromHost(host: string): string | null {
  const h = host.toLowerCase();
  if (h === 'mesg.ebay.com') return 'ebay.com';
  const m = EBAY_HOST.exec(h);
  return m && (EBAY_HOSTS as readonly string[]).includes(h) ? `ebay.${m[1]}` : null;
}

/** The China cross-border centre serves every region from one inbox; its threads name their region. */
export function isShopeeCrossBorderHost(host: string): boolean {
  return /^seller\.(?:xiapi\.)?shopee\.cn$/i.test(host);
}

/** `seller.shopee.co.th` → `shopee.co.th`; `banhang.shopee.vn` → `shopee.vn`; CNSC → `shopee.cn`. */
export function shopeeSiteFromHost(host: string): string | null {
  const h = host.toLowerCase();
  if (!(SHOPEE_SELLER_HOSTS as readonly string[]).includes(h)) return null;
  if (isShopeeCrossBorderHost(h)) return 'shopee.cn';
  return `shopee.${h.replace(/^(?:seller|banhang)\.shopee\./, '')}`;
}

/** Region codes of the CNSC region/shop selector (PORTALS.md 4.2) → the regional marketplace. */
export const SHOPEE_REGION_SITES: Record<string, string> = {
  ID: 'shopee.co.id',
  MY: 'shopee.com.my',
  PH: 'shopee.ph',
  SG: 'shopee.sg',
  TH: 'shopee.co.th',
  VN: 'shopee.vn',
  TW: 'shopee.tw',
  BR: 'shopee.com.br',
  MX: 'shopee.com.mx',
  CL: 'shopee.cl',
  CO: 'shopee.com.co',
};

/** "(MY) StoreName", "MY · Store", "马来西亚 MY" → `shopee.com.my`; null when no region code is named. */
export function shopeeSiteFromRegion(text: string): string | null {
  const m = /(?:^|[^A-Za-z])(ID|MY|PH|SG|TH|VN|TW|BR|MX|CL|CO)(?![A-Za-z])/.exec(text);
  return m ? SHOPEE_REGION_SITES[m[1]!]! : null;
}

export function platformOfHost(host: string): Platform | null {
  if (amazonSiteFromHost(host)) return 'amazon';
  if (ebaySiteFromHost(host)) return 'ebay';
  if (shopeeSiteFromHost(host)) return 'shopee';
  return null;
}

/** The marketplace of a portal host, whichever platform it belongs to. */
export function siteOfHost(host: string): string | null {
  return amazonSiteFromHost(host) ?? ebaySiteFromHost(host) ?? shopeeSiteFromHost(host);
}

/** Default UI locale of a marketplace host, used when the page does not declare one. */
export function defaultLocaleForSite(site: string): string {
  const tld = site.replace(/^[a-z]+\./, '');
  const map: Record<string, string> = {
    com: 'en-US',
    ca: 'en-CA',
    'com.mx': 'es-MX',
    'com.br': 'pt-BR',
    'co.uk': 'en-GB',
    de: 'de-DE',
    fr: 'fr-FR',
    it: 'it-IT',
    es: 'es-ES',
    nl: 'nl-NL',
    se: 'sv-SE',
    pl: 'pl-PL',
    'com.be': 'fr-BE',
    'com.tr': 'tr-TR',
    'co.za': 'en-ZA',
    ae: 'en-AE',
    sa: 'ar-SA',
    eg: 'ar-EG',
    in: 'en-IN',
    'co.jp': 'ja-JP',
    'com.au': 'en-AU',
    sg: 'en-SG',
    eu: 'en-GB',
    at: 'de-AT',
    ch: 'de-CH',
    ie: 'en-IE',
    be: 'nl-BE',
    'com.hk': 'zh-HK',
    'com.sg': 'en-SG',
    'com.my': 'en-MY',
    ph: 'en-PH',
    'co.id': 'id-ID',
    'co.th': 'th-TH',
    vn: 'vi-VN',
    tw: 'zh-TW',
    cn: 'zh-CN',
    cl: 'es-CL',
    'com.co': 'es-CO',
  };
  return map[tld] ?? 'en-US';
}

/** Only portal pages may be opened from stored thread URLs (they were read from a page; trust nothing). */
export function isPortalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && platformOfHost(u.hostname) !== null;
  } catch {
    return false;
  }
}
