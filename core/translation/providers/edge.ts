/**
 * Microsoft Edge's built-in translation endpoint: free and token-free (the current `translatetext` form the Edge
 * browser itself uses). Many texts per request: a JSON array of strings in, one `{ detectedLanguage?,
 * translations: [{ text, to }] }` per text out, in order.
 *
 * The endpoint reads its input as HTML (it serves page translation): `<b>` in a buyer's message would be taken as
 * markup and `&amp;` as an entity. So `&`, `<`, `>` are escaped on the way in and entities decoded exactly once on
 * the way out, which gives back the buyer's characters whether the service treats the text as HTML or as plain.
 */
import { fromProviderCode, providerCode } from '../lang-codes';
import { ProviderError, type TranslateBatch, type TranslateOutput, type TranslationProvider } from '../types';
import { badShape, cleanDetail, httpError, isRecord, parseJson, readText, send, tryJson } from './http';

const EDGE_ENDPOINT = 'https://edge.microsoft.com/translate/translatetext';

function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** One pass of entity decoding (named basics and numeric); an unknown or invalid entity stays as written. */
function decodeHtmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function unsupported(batch: TranslateBatch): ProviderError {
  return new ProviderError(
    'edge',
    'unsupported-pair',
    `Microsoft Edge cannot translate ${batch.source ?? 'auto'} → ${batch.target}`,
  );
}

export const edgeProvider: TranslationProvider = {
  id: 'edge',
  // The Edge browser sends small batches; the Translator API behind it takes up to 1000 texts / 50 000 chars, so
  // these limits keep one thread per request without testing an undocumented endpoint's ceiling.
  maxBatchTexts: 25,
  maxBatchChars: 5000,
  requestsPerSecond: 5,
  isConfigured: () => true,
  origins: () => ['https://edge.microsoft.com/*'],
  variant: () => 'translatetext',
  async translate(batch, _config, signal): Promise<TranslateOutput> {
    const to = providerCode('edge', batch.target);
    const from = batch.source === undefined ? '' : providerCode('edge', batch.source);
    if (!to || from === undefined) throw unsupported(batch);
    const url = `${EDGE_ENDPOINT}?${new URLSearchParams({ from, to, isEnterpriseClient: 'false' })}`;
    const response = await send(
      'edge',
      url,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(batch.texts.map(escapeHtmlText)),
      },
      signal,
    );
    const text = await readText('edge', response, signal);
    if (!response.ok) {
      const body = tryJson(text);
      const detail = isRecord(body) && isRecord(body.error) ? cleanDetail(body.error.message) : '';
      if (response.status === 400 && /language/i.test(detail)) throw unsupported(batch);
      // Edge takes no key: a 401/403 is the service refusing us, not something the agent can fix in the options.
      const kind = response.status === 401 || response.status === 403 ? 'unavailable' : undefined;
      throw httpError(
        'edge',
        response,
        `Microsoft Edge answered HTTP ${response.status}${detail ? ` (${detail})` : ''}`,
        kind,
      );
    }
    const body = parseJson('edge', text, response.status);
    if (!Array.isArray(body) || body.length !== batch.texts.length) {
      throw badShape('edge', `expected ${batch.texts.length} results`);
    }
    const texts: string[] = [];
    const detected: (string | undefined)[] = [];
    for (const item of body) {
      const translation =
        isRecord(item) && Array.isArray(item.translations) ? item.translations[0] : undefined;
      if (!isRecord(translation) || typeof translation.text !== 'string')
        throw badShape('edge', 'no translation text');
      texts.push(decodeHtmlText(translation.text));
      const language =
        isRecord(item) && isRecord(item.detectedLanguage) ? item.detectedLanguage.language : undefined;
      detected.push(typeof language === 'string' ? fromProviderCode('edge', language) : batch.source);
    }
    return { texts, detected };
  },
};
