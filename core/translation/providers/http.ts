/**
 * What every HTTP provider shares: one fetch that turns transport failures into ProviderErrors (abort → timeout,
 * TypeError → network), the status → kind mapping, Retry-After parsing, JSON reading that fails as `bad-response`,
 * and message hygiene (a key never appears in a message, provider text is shortened).
 */
import { ProviderError, type ProviderErrorKind, type ProviderId } from '../types';

/** Longest provider-supplied text we put into an error message. */
const MAX_DETAIL = 200;

/** A provider's own error text made safe to show: the key (if echoed back) removed, one line, shortened. */
export function cleanDetail(detail: unknown, secrets: (string | undefined)[] = []): string {
  let text =
    typeof detail === 'string' ? detail : detail === undefined || detail === null ? '' : String(detail);
  for (const secret of secrets) {
    if (secret && secret.length >= 4) text = text.split(secret).join('***');
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL - 1)}…` : text;
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * `fetch` with the queue's signal. An abort (the queue's timeout) is `timeout`; a TypeError (DNS, refused
 * connection, CORS, offline) is `network`. Never includes the URL, which may carry a key or the text.
 */
export async function send(
  provider: ProviderId,
  url: string,
  init: RequestInit,
  signal: AbortSignal,
): Promise<Response> {
  if (signal.aborted) throw new ProviderError(provider, 'timeout', 'the request was cancelled (timeout)');
  try {
    return await fetch(url, { ...init, signal, credentials: 'omit', cache: 'no-store' });
  } catch (error) {
    if (signal.aborted || (error instanceof DOMException && error.name === 'AbortError')) {
      throw new ProviderError(provider, 'timeout', 'no answer in time (request aborted)');
    }
    const detail = error instanceof Error ? error.message : String(error);
    throw new ProviderError(provider, 'network', `could not reach the server (${cleanDetail(detail)})`);
  }
}

/** The kind for an HTTP error status, before any provider-specific refinement. */
function kindForStatus(status: number): ProviderErrorKind {
  if (status === 429) return 'rate-limit';
  if (status === 401 || status === 403) return 'auth';
  if (status >= 500) return 'server';
  return 'bad-response';
}

/** A ProviderError for a non-OK response; `kind` overrides the status mapping. */
export function httpError(
  provider: ProviderId,
  response: Response,
  message: string,
  kind: ProviderErrorKind = kindForStatus(response.status),
): ProviderError {
  return new ProviderError(provider, kind, message, {
    status: response.status,
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
  });
}

/** The body as text; a body cut off by the timeout is `timeout`, anything else unreadable is `network`. */
export async function readText(
  provider: ProviderId,
  response: Response,
  signal: AbortSignal,
): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    if (signal.aborted)
      throw new ProviderError(provider, 'timeout', 'no answer in time (reading the response)');
    const detail = error instanceof Error ? error.message : String(error);
    throw new ProviderError(provider, 'network', `the response was cut off (${cleanDetail(detail)})`);
  }
}

/** Parses JSON or fails as `bad-response`. */
export function parseJson(provider: ProviderId, text: string, status: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ProviderError(provider, 'bad-response', `the answer was not JSON (HTTP ${status})`, { status });
  }
}

/** Parses JSON when it can (error bodies), undefined otherwise. */
export function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The shape check every provider ends with: one output per input, all strings. */
export function badShape(provider: ProviderId, what: string): ProviderError {
  return new ProviderError(provider, 'bad-response', `unexpected answer: ${what}`);
}
