/**
 * Baidu Fanyi general text translation (`/api/trans/vip/translate`): app id + secret, each request signed with
 * `md5(appid + q + salt + secret)` over the UTF-8 text before URL encoding. Errors come back with HTTP 200 as
 * `{ error_code, error_msg }`.
 *
 * Batching: Baidu translates `q` line by line (one `trans_result` per non-empty line), so several texts travel as
 * their lines joined with `\n`, and each text is rebuilt from its own lines afterwards; empty lines are not sent
 * and are put back where they were.
 */
import { fromProviderCode, providerCode } from '../lang-codes';
import { md5 } from '../md5';
import {
  type ProviderCallConfig,
  ProviderError,
  type ProviderErrorKind,
  type TranslateOutput,
  type TranslationProvider,
} from '../types';
import { badShape, cleanDetail, httpError, isRecord, parseJson, readText, send } from './http';

const BAIDU_ENDPOINT = 'https://fanyi-api.baidu.com/api/trans/vip/translate';

/** Baidu's error codes: what they mean for the queue, and what the agent reads. */
const BAIDU_ERRORS: Record<string, { kind: ProviderErrorKind; message: string; retryAfterMs?: number }> = {
  '52001': { kind: 'timeout', message: 'the request timed out at Baidu' },
  '52002': { kind: 'server', message: 'Baidu had a system error' },
  '52003': { kind: 'auth', message: 'the app id is not authorised (check the app id)' },
  '54000': { kind: 'bad-response', message: 'a required parameter was missing' },
  '54001': { kind: 'auth', message: 'the signature was rejected (check the secret key)' },
  '54003': { kind: 'rate-limit', message: 'too many requests per second for this plan', retryAfterMs: 1000 },
  '54004': { kind: 'quota', message: 'the account balance is used up' },
  '54005': { kind: 'rate-limit', message: 'long texts sent too often; wait 3 s', retryAfterMs: 3000 },
  '58000': {
    kind: 'auth',
    message: 'this IP address is not allowed for the app id (check the IP allow-list)',
  },
  '58001': { kind: 'unsupported-pair', message: 'this language is not supported' },
  '58002': { kind: 'auth', message: 'the translation service is switched off for this app id' },
  '90107': { kind: 'auth', message: 'the account is not verified yet, or the verification expired' },
};

/** A random salt (Baidu only needs it to differ between requests). */
function makeSalt(): string {
  return String(Math.floor(Math.random() * 1e10));
}

/** The sign Baidu checks: md5 over appid + q + salt + secret (q as UTF-8, before URL encoding). */
export function baiduSign(appId: string, q: string, salt: string, secret: string): string {
  return md5(`${appId}${q}${salt}${secret}`);
}

/** Texts as Baidu's lines: the non-empty lines to send and, per text, where its lines go back. */
export function splitLines(texts: string[]): { lines: string[]; layout: (number | null)[][] } {
  const lines: string[] = [];
  const layout = texts.map((text) =>
    text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => {
        if (!line.trim()) return null;
        lines.push(line);
        return lines.length - 1;
      }),
  );
  return { lines, layout };
}

/** Rebuilds each text from the translated lines (an empty line stays empty). */
export function joinLines(texts: string[], layout: (number | null)[][], translated: string[]): string[] {
  return layout.map((slots, t) => {
    const originalLines = (texts[t] ?? '').replace(/\r\n?/g, '\n').split('\n');
    return slots.map((slot, i) => (slot === null ? originalLines[i] : translated[slot]) ?? '').join('\n');
  });
}

export const baiduProvider: TranslationProvider = {
  id: 'baidu',
  maxBatchTexts: 20,
  // Baidu asks for q under 6000 bytes: 2000 characters stay under it even for three-byte (CJK, Thai) text.
  maxBatchChars: 2000,
  // The free standard plan allows 1 query per second.
  requestsPerSecond: 1,
  isConfigured: (config) => Boolean(config.appId?.trim() && config.apiKey?.trim()),
  origins: () => ['https://fanyi-api.baidu.com/*'],
  variant: () => 'general',
  async translate(batch, config: ProviderCallConfig, signal): Promise<TranslateOutput> {
    const appId = config.appId?.trim();
    const secret = config.apiKey?.trim();
    if (!appId || !secret) {
      throw new ProviderError('baidu', 'not-configured', 'the Baidu app id and secret key are not both set');
    }
    const to = providerCode('baidu', batch.target);
    const from = batch.source === undefined ? 'auto' : providerCode('baidu', batch.source);
    if (!to || !from) {
      throw new ProviderError(
        'baidu',
        'unsupported-pair',
        `Baidu cannot translate ${batch.source ?? 'auto'} → ${batch.target}`,
      );
    }
    const { lines, layout } = splitLines(batch.texts);
    // Nothing to translate (only blank texts): Baidu would answer 54000 for an empty q.
    if (lines.length === 0) return { texts: [...batch.texts], detected: batch.texts.map(() => batch.source) };
    const q = lines.join('\n');
    const salt = makeSalt();
    const form = new URLSearchParams({
      q,
      from,
      to,
      appid: appId,
      salt,
      sign: baiduSign(appId, q, salt, secret),
    });
    const response = await send(
      'baidu',
      BAIDU_ENDPOINT,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      },
      signal,
    );
    const text = await readText('baidu', response, signal);
    if (!response.ok) throw httpError('baidu', response, `Baidu answered HTTP ${response.status}`);
    const body = parseJson('baidu', text, response.status);
    if (!isRecord(body)) throw badShape('baidu', 'not an object');
    if (body.error_code !== undefined && String(body.error_code) !== '52000') {
      const code = String(body.error_code);
      const known = BAIDU_ERRORS[code];
      const detail = cleanDetail(body.error_msg, [secret]);
      throw new ProviderError(
        'baidu',
        known?.kind ?? 'bad-response',
        `${known?.message ?? 'Baidu reported an error'} (${code}${detail ? ` ${detail}` : ''})`,
        { retryAfterMs: known?.retryAfterMs },
      );
    }
    const results = body.trans_result;
    if (!Array.isArray(results) || results.length !== lines.length) {
      throw badShape(
        'baidu',
        `expected ${lines.length} lines, got ${Array.isArray(results) ? results.length : 'none'}`,
      );
    }
    const translated = results.map((r) => {
      if (!isRecord(r) || typeof r.dst !== 'string') throw badShape('baidu', 'a line without dst');
      return r.dst;
    });
    // Baidu reports one `from` for the whole q: trusted only when q is one text (texts of a thread may differ).
    const reported =
      batch.texts.length === 1 && typeof body.from === 'string'
        ? fromProviderCode('baidu', body.from)
        : undefined;
    return {
      texts: joinLines(batch.texts, layout, translated),
      detected: batch.texts.map(() => reported ?? batch.source),
    };
  },
};
