/**
 * The languages buyers are likely to write in on each marketplace, most likely first (core/sites.ts site names:
 * `amazon.de`, `ebay.com.au`, `shopee.co.th`…). The detector uses this list two ways: languages on it get a small
 * head start when short texts are ambiguous (a Malay/Indonesian sentence on shopee.co.id is Indonesian), and franc
 * is restricted to it. English is always a candidate (added by the detector), so it is not repeated here.
 *
 * Keyed by the part after the platform (`de`, `com.my`) per platform, because the same country code means
 * different audiences on different platforms (amazon.sg is English-first, shopee.sg also sees Chinese).
 */
const AMAZON: Record<string, readonly string[]> = {
  com: ['en', 'es'],
  ca: ['en', 'fr'],
  'com.mx': ['es'],
  'com.br': ['pt'],
  'co.uk': ['en'],
  de: ['de'],
  fr: ['fr'],
  it: ['it'],
  es: ['es'],
  nl: ['nl'],
  se: ['sv'],
  pl: ['pl'],
  'com.be': ['fr', 'nl'],
  'com.tr': ['tr'],
  'co.za': ['en'],
  ae: ['ar'],
  sa: ['ar'],
  eg: ['ar'],
  in: ['hi'],
  'co.jp': ['ja'],
  'com.au': ['en'],
  sg: ['en', 'zh'],
  // sellercentral-europe.amazon.com: the unified European account serves every EU marketplace.
  eu: ['de', 'fr', 'it', 'es', 'nl', 'pl', 'sv'],
};

const EBAY: Record<string, readonly string[]> = {
  com: ['en', 'es'],
  'co.uk': ['en'],
  de: ['de'],
  fr: ['fr'],
  it: ['it'],
  es: ['es'],
  'com.au': ['en'],
  ca: ['en', 'fr'],
  at: ['de'],
  ch: ['de', 'fr', 'it'],
  ie: ['en'],
  nl: ['nl'],
  be: ['nl', 'fr'],
  pl: ['pl'],
  'com.hk': ['zh-TW', 'zh'],
  'com.sg': ['en', 'zh'],
  'com.my': ['ms', 'zh'],
  ph: ['tl'],
};

const SHOPEE: Record<string, readonly string[]> = {
  'co.id': ['id'],
  'com.my': ['ms', 'zh'],
  ph: ['tl'],
  sg: ['en', 'zh'],
  'co.th': ['th'],
  vn: ['vi'],
  tw: ['zh-TW'],
  'com.br': ['pt'],
  'com.mx': ['es'],
  cl: ['es'],
  'com.co': ['es'],
  // The China cross-border centre: one inbox for every region (a thread's own region, when known, is better).
  cn: ['id', 'ms', 'tl', 'th', 'vi', 'zh-TW', 'pt', 'es', 'zh'],
};

const PLATFORMS: Record<string, Record<string, readonly string[]>> = {
  amazon: AMAZON,
  ebay: EBAY,
  shopee: SHOPEE,
  xiapi: SHOPEE,
};

/** `amazon.de` → ['de', 'en'], built once: English appended where the table does not list it. */
const WITH_ENGLISH = new Map<string, readonly string[]>(
  Object.entries(PLATFORMS).flatMap(([platform, table]) =>
    Object.entries(table).map(([tld, list]): [string, readonly string[]] => [
      `${platform}.${tld}`,
      Object.freeze(list.includes('en') ? [...list] : [...list, 'en']),
    ]),
  ),
);

const SITE = /(?:^|\.)(amazon|ebay|shopee|xiapi)\.([a-z]{2,3}(?:\.[a-z]{2})?)$/;

/**
 * Likely buyer languages of a site (`amazon.de`, or a host such as `sellercentral.amazon.de`), English included;
 * undefined for an unknown or missing site. The same frozen array is returned for a site on every call.
 */
export function siteLanguages(site: string | undefined): readonly string[] | undefined {
  if (!site) return undefined;
  const m = SITE.exec(site.trim().toLowerCase());
  return m ? WITH_ENGLISH.get(`${m[1]}.${m[2]}`) : undefined;
}
