import type { ReplySettings } from '../../storage/reply-settings';
import type { ItemRef, Platform } from '../model';
import { normaliseLanguage, sameLanguage } from '../translation/agent-language';
import { LONG_NUMBER_PATTERN, ORDER_ID_PATTERNS, TRACKING_NUMBER_PATTERNS } from '../translation/protect';
import type { TemplateChoice, TemplateRecord, TemplateValues } from './types';

/** What a thread offers to fill variables: a stored ThreadRecord plus its messages, or a portal snapshot. */
export interface TemplateThreadInput {
  platform: Platform;
  site: string;
  shop?: string;
  buyerName: string;
  orderIds: string[];
  items: ItemRef[];
  /** Texts of the thread's messages (any direction), oldest first: tracking numbers are found in them. */
  texts: string[];
}

/** How the platforms write their own names (what a buyer reads in a reply). */
export const PLATFORM_DISPLAY_NAMES: Record<Platform, string> = {
  amazon: 'Amazon',
  ebay: 'eBay',
  shopee: 'Shopee',
};

/**
 * Words that say "tracking number" (or name a carrier) in the languages our buyers write, used only to accept a
 * bare long number as a tracking number: it could as well be a phone number, so "parcel" or "shipping" alone
 * does not do. Carrier-shaped numbers need no such word.
 */
const TRACKING_WORDS =
  /track|sendungsnummer|sendungsverfolgung|suivi|seguimiento|rastre|tracciamento|volgnummer|przesyłki|takip|отслеж|трек|追踪|跟踪|追蹤|跟蹤|(?<!订)单号|(?<!訂)單號|运单|運單|追跡|問い合わせ番号|伝票番号|송장|운송장|ติดตาม|เลขพัสดุ|vận đơn|mã vận|\bresi\b|lacak|\b(?:dhl|ups|usps|fedex|royal mail|colissimo|correos|poste)\b/i;

/** The portal's shop name, unless it is empty. */
function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function overlaps(start: number, end: number, spans: readonly [number, number][]): boolean {
  return spans.some(([s, e]) => start < e && s < end);
}

/**
 * The last tracking number the thread's texts mention: carrier-shaped numbers anywhere, bare long numbers only in
 * a text that talks about tracking or shipping; never one of the thread's order numbers.
 */
export function lastTrackingNumber(
  texts: readonly string[],
  orderIds: readonly string[] = [],
): string | undefined {
  const orders = new Set(orderIds.map((id) => id.trim().toUpperCase()));
  for (let i = texts.length - 1; i >= 0; i--) {
    const text = texts[i] ?? '';
    const taken: [number, number][] = [];
    // Shopee's order-number shape also fits a bare run of digits; only one with letters is surely an order.
    for (const re of ORDER_ID_PATTERNS)
      for (const m of text.matchAll(re))
        if (!/^\d+$/.test(m[0])) taken.push([m.index, m.index + m[0].length]);
    const found: { start: number; end: number; value: string }[] = [];
    const patterns = TRACKING_WORDS.test(text)
      ? [...TRACKING_NUMBER_PATTERNS, LONG_NUMBER_PATTERN]
      : TRACKING_NUMBER_PATTERNS;
    for (const re of patterns) {
      for (const m of text.matchAll(re)) {
        const start = m.index;
        const end = start + m[0].length;
        if (overlaps(start, end, taken)) continue;
        if (orders.has(m[0].toUpperCase())) continue;
        taken.push([start, end]);
        found.push({ start, end, value: m[0] });
      }
    }
    if (found.length > 0) return found.sort((a, b) => b.start - a.start)[0]!.value;
  }
  return undefined;
}

/** `{{store_name}}`: most specific scope first, then the shop name the portal shows. */
function storeName(input: TemplateThreadInput, settings: ReplySettings): string | undefined {
  const names = settings.storeNames ?? {};
  const shop = present(input.shop);
  const keys = [
    shop ? `${input.platform}:${input.site}:${shop}` : undefined,
    `${input.platform}:${input.site}`,
    input.platform,
  ];
  for (const key of keys) {
    if (!key || !Object.hasOwn(names, key)) continue;
    const name = present(names[key]);
    if (name) return name;
  }
  return shop;
}

/**
 * Values for every variable the thread can give: buyer name, the latest order id, the first item title, platform
 * and site in display form (`Amazon`, `amazon.de`), agent and store name from the reply settings (store name by
 * `platform:site:shop`, then `platform:site`, then `platform`, then the shop name the portal shows), and the last
 * tracking number found in the messages. Absent when unknown — never ''.
 */
export function valuesForThread(input: TemplateThreadInput, settings: ReplySettings): TemplateValues {
  const values: TemplateValues = {};
  const set = (key: keyof TemplateValues, value: string | undefined) => {
    const v = present(value);
    if (v) values[key] = v;
  };
  set('buyer_name', input.buyerName);
  const orderIds = input.orderIds.filter((id) => present(id));
  set('order_id', orderIds[orderIds.length - 1]);
  set('item_title', input.items.find((item) => present(item.title))?.title);
  set('platform', PLATFORM_DISPLAY_NAMES[input.platform]);
  set('site', input.site?.toLowerCase());
  set('agent_name', settings.agentName);
  set('store_name', storeName(input, settings));
  set('tracking_number', lastTrackingNumber(input.texts, orderIds));
  return values;
}

/** Bodies that hold text, by normalised language, in the template's own order. */
function usableBodies(template: TemplateRecord): [string, string, string][] {
  return Object.entries(template.bodies)
    .filter(([, body]) => typeof body === 'string' && body.trim())
    .map(([lang, body]) => [lang, normaliseLanguage(lang) ?? lang, body]);
}

/**
 * The body to use for a buyer language: the exact language, then its base (`zh-TW` → `zh`), else the agent's
 * language, else English, else the first body — with needsTranslation when the chosen body is not the buyer's
 * language (and a buyer language is known).
 *
 * `zh` and `zh-TW` are different languages here as in the translator: a Simplified body chosen for a
 * Traditional-Chinese buyer is translated (script conversion), which is why the base language comes before the
 * agent's.
 */
export function chooseBody(
  template: TemplateRecord,
  buyerLanguage: string | undefined,
  agentLanguage: string,
): TemplateChoice {
  const bodies = usableBodies(template);
  const buyer = normaliseLanguage(buyerLanguage);
  const base = buyer?.split('-')[0];
  const agent = normaliseLanguage(agentLanguage);
  const find = (lang: string | undefined) =>
    lang === undefined ? undefined : bodies.find(([, normalised]) => normalised === lang);
  const chosen =
    find(buyer) ??
    (base !== buyer ? find(base) : undefined) ??
    find(agent) ??
    find('en') ??
    bodies[0] ??
    // A template without any body cannot be stored (validation), but a UI must not crash on one.
    ([Object.keys(template.bodies)[0] ?? 'en', 'en', ''] as [string, string, string]);
  const [, language, body] = chosen;
  return {
    template,
    language,
    body,
    needsTranslation: buyer !== undefined && !sameLanguage(language, buyer),
  };
}
