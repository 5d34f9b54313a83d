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

export function platformOfHost(host: string): Platform | null {
  if (amazonSiteFromHost(host)) return 'amazon';
  return null;
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
