/**
 * Google's web translation endpoint (`translate_a/single`, client `gtx`): free, keyless, one text per request.
 * The answer is positional JSON: `[[["translated", "original", …], …], null, "<detected>", …]`; the translation is
 * the segments joined. Long texts go as a form POST so the URL stays short.
 */
import { fromProviderCode, providerCode } from '../lang-codes';
import { ProviderError, type TranslateOutput, type TranslationProvider } from '../types';
import { badShape, httpError, parseJson, readText, send } from './http';

const GOOGLE_ENDPOINT = 'https://translate.googleapis.com/translate_a/single';

/** Beyond this many characters of URL the text goes in a POST body (URLs over ~2 KB are refused). */
export const GOOGLE_MAX_GET_URL = 1800;

export const googleProvider: TranslationProvider = {
  id: 'google',
  maxBatchTexts: 1,
  maxBatchChars: 5000,
  requestsPerSecond: 5,
  isConfigured: () => true,
  origins: () => ['https://translate.googleapis.com/*'],
  variant: () => 'gtx',
  async translate(batch, _config, signal): Promise<TranslateOutput> {
    if (batch.texts.length !== 1) {
      throw new ProviderError(
        'google',
        'bad-response',
        `takes one text per request, got ${batch.texts.length}`,
      );
    }
    const tl = providerCode('google', batch.target);
    const sl = batch.source === undefined ? 'auto' : providerCode('google', batch.source);
    if (!tl || !sl) {
      throw new ProviderError(
        'google',
        'unsupported-pair',
        `Google cannot translate ${batch.source ?? 'auto'} → ${batch.target}`,
      );
    }
    const q = batch.texts[0] ?? '';
    const params = new URLSearchParams({ client: 'gtx', sl, tl, dt: 't' });
    const getUrl = `${GOOGLE_ENDPOINT}?${params}&${new URLSearchParams({ q })}`;
    const response =
      getUrl.length <= GOOGLE_MAX_GET_URL
        ? await send('google', getUrl, { method: 'GET' }, signal)
        : await send(
            'google',
            `${GOOGLE_ENDPOINT}?${params}`,
            {
              method: 'POST',
              headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
              body: new URLSearchParams({ q }).toString(),
            },
            signal,
          );
    const text = await readText('google', response, signal);
    if (!response.ok) {
      // Keyless: a 403 means Google refused this client, which no setting fixes.
      const kind = response.status === 401 || response.status === 403 ? 'unavailable' : undefined;
      throw httpError('google', response, `Google answered HTTP ${response.status}`, kind);
    }
    const body = parseJson('google', text, response.status);
    if (!Array.isArray(body)) throw badShape('google', 'not an array');
    const segments = body[0];
    let translated = '';
    if (Array.isArray(segments)) {
      for (const segment of segments) {
        if (Array.isArray(segment) && typeof segment[0] === 'string') translated += segment[0];
      }
    } else if (segments !== null || q.trim() !== '') {
      throw badShape('google', 'no segments');
    }
    const detected = typeof body[2] === 'string' ? fromProviderCode('google', body[2]) : batch.source;
    return { texts: [translated], detected: [detected] };
  },
};
