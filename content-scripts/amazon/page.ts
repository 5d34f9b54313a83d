import {
  AMAZON_MARKETPLACE_IDS,
  amazonSiteFromHost,
  amazonSiteFromText,
  defaultLocaleForSite,
} from '../../core/sites';
import { queryFirst, readableDocuments } from '../shared/dom';
import { AMAZON_SELECTORS as S } from './selectors';

/** Facts about the Seller Central page itself: which messaging route, locale, marketplace, case id. */

const MESSAGING_PATH = /^\/(messaging\/|gp\/communication-manager\/)/;
const CASE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isMessagingPath(url: URL): boolean {
  return MESSAGING_PATH.test(url.pathname);
}

/** The Contact Buyer page writes a first message; it has a composer but no thread to capture. */
export function isContactPage(url: URL): boolean {
  return url.pathname.startsWith('/messaging/contact');
}

/** The case (thread) id from a v3 thread URL: `?fi=caseId&ss=<uuid>&cc=<uuid>` (PORTALS.md 2.2, HIGH). */
export function caseIdFromUrl(url: URL): string | null {
  for (const key of ['cc', 'ss', 'caseId', 'threadId']) {
    const value = url.searchParams.get(key);
    if (value && CASE_ID.test(value)) return value.toLowerCase();
  }
  return null;
}

/** Whether the URL asks for one thread, so a missing thread pane means an unknown layout. */
export function urlNamesThread(url: URL): boolean {
  const fi = url.searchParams.get('fi')?.toLowerCase();
  return caseIdFromUrl(url) !== null && (fi === undefined || fi === 'caseid' || url.searchParams.has('cc'));
}

export function pageLocale(doc: Document, url: URL, site: string): string {
  const lc = url.searchParams.get('lc');
  if (lc) return lc.replace('_', '-');
  const lang = doc.documentElement.lang;
  if (lang) return lang.replace('_', '-');
  return defaultLocaleForSite(site);
}

export function hostSite(url: URL): string {
  return amazonSiteFromHost(url.hostname) ?? 'amazon.com';
}

/**
 * The marketplace of a thread: the EU inbox is consolidated (PORTALS.md 2.1), so prefer what the thread pane
 * names ("Amazon.de"), then the URL's marketplaceID, then the host the agent used.
 */
export function threadSite(url: URL, headerText: string): string {
  const named = amazonSiteFromText(headerText);
  if (named) return named;
  const mp =
    url.searchParams.get('marketplaceID') ??
    url.searchParams.get('marketplaceId') ??
    url.searchParams.get('mp');
  if (mp && AMAZON_MARKETPLACE_IDS[mp]) return AMAZON_MARKETPLACE_IDS[mp]!;
  return hostSite(url);
}

/** The thread container in the page or a same-origin frame. */
export function findThreadContainer(doc: Document): Element | null {
  for (const d of readableDocuments(doc)) {
    const found = queryFirst(d, S.threadContainer);
    if (found) return found;
  }
  return null;
}

const RESPONSE_NEEDED_LABEL =
  /^(response needed|antwort erforderlich|返信が必要|需要回复|réponse nécessaire|respuesta necesaria|risposta necessaria|antwoord vereist|odpowiedź wymagana|svar krävs|yanıt gerekli|resposta necessária)/i;

/**
 * Whether the list shows the "Response needed" view (every row then needs a reply). The URL says so when it
 * carries `fi=responseNeeded` (PORTALS.md 2.2); a bare inbox URL opens that view by default, so the filter that
 * is marked current decides.
 */
export function isResponseNeededView(doc: Document, url: URL): boolean {
  const fi = url.searchParams.get('fi')?.toLowerCase();
  if (fi) return fi === 'responseneeded' || fi === 'response_needed';
  const current = doc.querySelector(
    '[aria-current="page"], [aria-current="true"], [aria-selected="true"][href*="fi="]',
  );
  if (!current) return false;
  const href = current.getAttribute('href') ?? '';
  return /fi=response_?needed/i.test(href) || RESPONSE_NEEDED_LABEL.test((current.textContent ?? '').trim());
}
