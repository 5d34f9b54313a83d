/**
 * Translation cache-hit path, for `npm run bench` (section 4) or on its own: `node tests/bench/translation-bench.mjs
 * [--ext=<dir>]` after `wxt build`.
 *
 * A 20-message German thread is stored through ingestThread, translated once (cache misses against the local Edge
 * mock, which answers at once), then `translateTexts` for the same 20 texts with the thread id is timed round trip
 * from an extension page (validation, detection, 20 cache keys, one Dexie bulkGet, the no-op write-back onto the
 * messages). Baselines in the same run: the round trip of a trivial message (reportAdapterStatus, answered without
 * storage from a page that is not a tab) and a one-text cache miss against the zero-delay mock (a real HTTPS request
 * through the queue, spaced so Edge's 5 requests/s token bucket never makes it wait). No assertions on time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = 30;

/** Page side (passed to page.evaluate: self-contained). Times `runs` round trips of each case. */
export async function translationRoundTrips({ runs, threadSize }) {
  let id = 1_000_000;
  const call = async (type, data) => {
    const response = await chrome.runtime.sendMessage({ id: id++, type, data, timestamp: Date.now() });
    if (response?.err) throw new Error(`${type}: ${response.err.message}`);
    return response?.res;
  };
  const time = async (fn) => {
    const t0 = performance.now();
    const value = await fn();
    return { ms: performance.now() - t0, value };
  };
  const stats = (samples) => {
    const sorted = [...samples].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return { median: at(0.5), p95: at(0.95), min: sorted[0], runs: sorted.length };
  };

  await chrome.storage.local.set({
    translation: {
      agentLanguage: 'zh-CN',
      providers: [{ id: 'edge', enabled: true }],
      inlineTranslation: true,
      glossary: [],
      doNotTranslate: [],
      cacheDays: 30,
    },
  });

  const lines = [
    'Hallo, gibt es Neuigkeiten zu meiner Bestellung?',
    'Können Sie die Sendungsnummer prüfen?',
    'Das Ladekabel fehlt.',
    'Wo ist meine Bestellung?',
    'Danke, mir wäre eine Rückerstattung aber lieber als ein Ersatz. Geht das noch?',
  ];
  const t0 = Date.UTC(2026, 10, 20, 9, 0);
  const texts = Array.from({ length: threadSize }, (_, i) => `${lines[i % lines.length]} (${i + 1})`);
  const stored = await call('ingestThread', {
    platform: 'amazon',
    site: 'amazon.de',
    host: 'sellercentral.amazon.de',
    nativeThreadId: `bench-translation-${Date.now()}`,
    url: 'https://sellercentral.amazon.de/messaging/inbox',
    buyer: { name: 'Jürgen' },
    orderIds: [],
    items: [],
    subject: 'Bestellung',
    locale: 'de-DE',
    visible: true,
    capturedAt: t0 + threadSize * 60_000,
    messages: texts.map((text, i) => ({
      direction: 'in',
      author: 'Jürgen',
      sentAt: t0 + i * 60_000,
      sentAtText: '',
      sentAtPrecision: 'minute',
      text,
      attachments: [],
    })),
  });
  if (!stored?.ok) throw new Error(`ingest failed: ${stored?.error}`);
  const threadId = stored.threadId;

  const first = await time(() => call('translateTexts', { texts, threadId, priority: 'visible' }));
  const failed = first.value.filter((r) => !r.ok);
  if (failed.length) throw new Error(`first translation failed: ${failed[0].kind} ${failed[0].error}`);

  const hit = [];
  let allCached = true;
  const trivial = [];
  const miss = [];
  for (let i = 0; i < runs; i++) {
    const h = await time(() => call('translateTexts', { texts, threadId, priority: 'visible' }));
    hit.push(h.ms);
    allCached &&= h.value.every((r) => r.ok && r.cached);
    trivial.push((await time(() => call('reportAdapterStatus', { platform: 'amazon' }))).ms);
    // Edge allows 5 requests/s (its token bucket): pause so the miss measures the request, not the rate limit.
    await new Promise((resolve) => setTimeout(resolve, 250));
    const m = await time(() =>
      call('translateTexts', { texts: [`Bench Nachricht Nummer ${Date.now()}-${i} ist da.`] }),
    );
    if (!m.value[0]?.ok) throw new Error(`miss failed: ${m.value[0]?.error}`);
    miss.push(m.ms);
  }
  return {
    threadSize,
    firstMs: first.ms,
    hit: stats(hit),
    allCached,
    trivial: stats(trivial),
    miss: stats(miss),
  };
}

/** Runs the measurement in a quiet extension page (manifest.json: chrome.runtime and no app code). */
export async function measureTranslation(browser, extensionId, { runs = RUNS, threadSize = 20 } = {}) {
  const page = await browser.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/manifest.json`, { waitUntil: 'load' });
    return await page.evaluate(translationRoundTrips, { runs, threadSize });
  } finally {
    await page.close().catch(() => undefined);
  }
}

export function reportTranslation(t) {
  const f = (x, d = 1) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(d) : 'n/a');
  const r = (a, b) => (a > 0 && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
  console.log(
    `\n4. Translation: translateTexts round trip from an extension page (${t.hit?.runs ?? 0} runs each, medians; ratios vs the trivial message)`,
  );
  if (t.error) {
    console.log(`   n/a — ${t.error}`);
    return;
  }
  const rows = [
    ['case', 'median ms', 'p95 ms', 'vs trivial'],
    ['trivial message (reportAdapterStatus)', f(t.trivial.median, 2), f(t.trivial.p95, 2), '1.00×'],
    [
      `${t.threadSize}-message thread, fully cached${t.allCached ? '' : ' (NOT all cached!)'}`,
      f(t.hit.median, 2),
      f(t.hit.p95, 2),
      r(t.hit.median, t.trivial.median),
    ],
    [
      '1 text, cache miss (Edge mock, no delay)',
      f(t.miss.median, 2),
      f(t.miss.p95, 2),
      r(t.miss.median, t.trivial.median),
    ],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const [n, row] of rows.entries()) {
    console.log(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
    if (n === 0) console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  }
  console.log(
    `   first (uncached) translation of the ${t.threadSize} messages: ${f(t.firstMs)} ms; cached ${t.threadSize} texts vs 1-text miss: ${r(t.hit.median, t.miss.median)}`,
  );
}

// Standalone: its own browser, fixture server and provider mocks.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { launchWithExtension, startFixtureServer } = await import('../harness/fixture-server.mjs');
  const ext =
    process.argv.find((a) => a.startsWith('--ext='))?.slice(6) ?? path.join(ROOT, '.output/chrome-mv3');
  const server = await startFixtureServer({ root: path.join(ROOT, 'tests/fixtures') });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-bench-translation-'));
  let browser;
  try {
    let extensionId;
    ({ browser, extensionId } = await launchWithExtension({
      port: server.port,
      extensionPath: path.resolve(ext),
      userDataDir,
    }));
    console.log(`HelloWorld — translation bench; ${await browser.version()}; ${os.cpus().length} cores`);
    reportTranslation(await measureTranslation(browser, extensionId));
  } finally {
    await browser?.close().catch(() => undefined);
    await server.close().catch(() => undefined);
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}
