/**
 * A `fetch` stub for the provider tests: records every request (URL, method, headers, body as sent) and answers
 * with the handler's Response. Honours an already-aborted or aborting signal like the real fetch (AbortError).
 */
import { vi } from 'vitest';

export interface RecordedCall {
  url: URL;
  method: string;
  headers: Headers;
  body: string;
}

export function stubFetch(
  handler: (call: RecordedCall, index: number) => Response | Promise<Response>,
): RecordedCall[] {
  const calls: RecordedCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const call: RecordedCall = {
        url: new URL(request.url),
        method: request.method,
        headers: request.headers,
        body: request.method === 'GET' ? '' : await request.text(),
      };
      calls.push(call);
      const signal = init?.signal;
      if (signal?.aborted) throw new DOMException('This operation was aborted', 'AbortError');
      const answer = handler(call, calls.length - 1);
      if (!signal) return answer;
      // Like fetch: an abort while waiting rejects with AbortError.
      return Promise.race([
        answer,
        new Promise<never>((_, reject) =>
          signal.addEventListener(
            'abort',
            () => reject(new DOMException('This operation was aborted', 'AbortError')),
            {
              once: true,
            },
          ),
        ),
      ]);
    }),
  );
  return calls;
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function textResponse(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/plain', ...headers } });
}

/** A signal that never aborts. */
export const NO_ABORT = new AbortController().signal;

/** Awaits a rejection and returns the error (fails the test when the promise resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown>;
  }
  throw new Error('expected a rejection');
}
