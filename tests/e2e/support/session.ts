import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { MessageRecord, ThreadRecord } from '../../../core/model';
import { launchWithExtension, startFixtureServer } from '../../harness/fixture-server.mjs';

/** The unpacked build under test; HW_EXTENSION_PATH points at another (built with HW_OUT_DIR). */
export const EXTENSION_PATH = path.resolve(process.env.HW_EXTENSION_PATH ?? '.output/chrome-mv3');

export interface Session {
  browser: Browser;
  extensionId: string;
  /** An extension page used to read the database the way the side panel does. */
  dbPage: Page;
  /** The mock translation APIs (tests/harness/provider-mocks.mjs): force errors or delays, read what they got. */
  providers: ProviderMocks;
  close(): Promise<void>;
}

/** What a provider mock recorded of one request (headers as Node received them, lower-case names). */
export interface ProviderRequest {
  seq: number;
  host: string;
  method: string;
  path: string;
  query: Record<string, string>;
  queryAll: Record<string, string[]>;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  status: number;
  at: number;
}

/** Control over the mocks: `set(host, { status: 429, times: 1 })`, `set(host, null)` to clear. */
export interface ProviderMocks {
  hosts: string[];
  set(
    host: string,
    behaviour: {
      status?: number;
      times?: number;
      delayMs?: number;
      body?: unknown;
      headers?: Record<string, string>;
      errorCode?: string;
    } | null,
  ): void;
  requests(host?: string): ProviderRequest[];
  reset(): void;
}

/**
 * One real headless Chromium with the built extension, resolving the portals' real hostnames to the local
 * HTTPS fixture server (TESTING.md 3). Fresh profile every time.
 */
export async function startSession(): Promise<Session> {
  if (!fs.existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${EXTENSION_PATH}: run "npm run build" first (npm run test:e2e does).`,
    );
  }
  const server = await startFixtureServer();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-profile-'));
  const { browser, extensionId } = await launchWithExtension({
    port: server.port,
    extensionPath: EXTENSION_PATH,
    userDataDir,
  });
  const dbPage = await browser.newPage();
  await dbPage.goto(`chrome-extension://${extensionId}/popup.html`);
  return {
    browser,
    extensionId,
    dbPage,
    providers: server.providers as ProviderMocks,
    async close() {
      await browser.close().catch(() => undefined);
      await server.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export type StoreName = 'threads' | 'messages' | 'customers' | 'events' | 'templates';

/** All records of one object store, read with raw IndexedDB from an extension page. */
export async function readStore<T = Record<string, unknown>>(
  session: Session,
  store: StoreName,
): Promise<T[]> {
  return session.dbPage.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('helloworld-seller-assistant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** A thread as the extension stored it. */
export async function storedThread(session: Session, threadId: string): Promise<ThreadRecord | undefined> {
  return (await readStore<ThreadRecord>(session, 'threads')).find((t) => t.id === threadId);
}

/** A thread's stored messages in timeline order. */
export async function storedMessages(session: Session, threadId: string): Promise<MessageRecord[]> {
  return (await readStore<MessageRecord>(session, 'messages'))
    .filter((m) => m.threadId === threadId)
    .sort((a, b) => a.sentAt - b.sentAt || a.seq - b.seq);
}

/** Wait until the thread holds exactly `expected` messages, then return them. */
export async function waitForCapture(
  session: Session,
  threadId: string,
  expected: number,
): Promise<MessageRecord[]> {
  return eventually(async () => {
    const messages = await storedMessages(session, threadId);
    return messages.length === expected ? messages : null;
  }, `${expected} messages stored for ${threadId}`);
}

/** Poll until `check` returns a truthy value (or throw with the last value seen). */
export async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const started = Date.now();
  let last: T | null | undefined | false;
  while (Date.now() - started < timeoutMs) {
    last = await check();
    if (last) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 500)}`);
}

/** Stop the extension's service worker (CDP on a page session; never while attached to it, pitfall 6). */
export async function stopServiceWorker(session: Session): Promise<void> {
  const client = await session.dbPage.createCDPSession();
  await client.send('ServiceWorker.enable');
  const stopped = new Promise<void>((resolve) => {
    client.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const ours = versions.filter((v) => v.scriptURL.includes(session.extensionId));
      if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await client.send('ServiceWorker.stopAllWorkers');
  const timedOut = await Promise.race([
    stopped.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 5_000)),
  ]);
  await client.detach();
  if (timedOut) throw new Error('The service worker did not report "stopped" within 5 s');
}

export async function isServiceWorkerRunning(session: Session): Promise<boolean> {
  return session.browser
    .targets()
    .some(
      (t) =>
        t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${session.extensionId}/`),
    );
}
