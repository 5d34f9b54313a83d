/**
 * `npm run bench` (after `wxt build`): performance figures for the built extension in real headless Chromium,
 * each against a baseline measured in the same run. Prints tables and writes bench-output/results.json.
 * Nothing here asserts on time (ARCHITECTURE.md "Performance envelope", TESTING.md 6).
 *
 *   node tests/bench/bench.mjs            10k and 100k messages
 *   node tests/bench/bench.mjs --quick    10k only
 *   node tests/bench/bench.mjs --adapters section 3 only
 *   node tests/bench/bench.mjs --panel    side panel only: the ingest that fills the database (no re-send, no raw
 *                                         baseline), section 2; no language, translation or adapters
 *   options: --sender=blank|popup     extension page that sends the ingest messages (default blank, see below)
 *            --concurrency=4          snapshots in flight
 *            --ext=<dir>              benchmark another unpacked build (default .output/chrome-mv3)
 *            --wide                   the 100k step adds 9,000 threads × 10 messages, so the panel is measured at
 *                                     100k messages / 10k threads (the ARCHITECTURE.md target) instead of 2,000 threads
 *            --out=<file>             results file (default bench-output/results.json)
 *            --runs=3                 panel reloads, thread opens and searches per size (the median is the figure)
 *            --profile                after each size's panel figures, one more load in a separate page with a CPU
 *                                     profile and a log of IndexedDB requests up to the first row (printed, not timed)
 *
 * 1. Ingest: ThreadSnapshots sent to the background exactly as content scripts send them (the @webext-core/messaging
 *    wire format), so they go through validation, alignment, language detection and the Dexie transaction of
 *    storage/ingest.ts. Baseline: raw IndexedDB `put` of the same number of MessageRecord-shaped records into a
 *    throwaway database with the `messages` store's keyPath and indexes, one transaction per thread. A second pass
 *    re-sends the same snapshots (idempotent re-read: `added` should be 0).
 * 2. Side panel at that size (after a 3 s settle): goto → first visible inbox row (a cold first load, then the
 *    median of 3 reloads), click → first timeline message (median of 3, back via the back button). Baseline:
 *    goto → empty-inbox on the empty database at the start of the run. A missing data-testid prints n/a.
 *    Search: type a needle into the search box (one input event) → the visible rows are exactly the expected hits
 *    (median of 3, cleared in between), for the oldest thread's order id (one hit) and the newest thread's buyer
 *    name (many hits); the hits are computed from raw IndexedDB. Includes the search box's 150 ms debounce;
 *    compared with the reload median (goto → first unfiltered row).
 * 3. Adapters: each platform's adapter (bundled to an IIFE with vite) injected into its fixture's 200-message
 *    thread (tests/bench/adapter-cases.mjs): readThread vs a raw querySelectorAll/textContent read of the same
 *    message elements, plus recognise and readInbox.
 *
 * 0. Language detection (tests/bench/language-bench.mjs), in Node, every mode: µs per message of core/language.ts
 *    over the evaluation set, with and without site hints, vs a regex script test and franc alone.
 * 0b. Intent classification (tests/bench/intent-bench.mjs), in Node, every mode but --panel: µs per message of
 *    core/intent over its dev set, with and without a language, vs the old regex urgency test and the detector.
 * 4. Translation (tests/bench/translation-bench.mjs): translateTexts for a fully cached 20-message thread vs a trivial
 *    message and a one-text cache miss against the zero-delay Edge mock.
 *
 * tests/bench/profile-ingest.mjs CPU-profiles the service worker during an ingest, to see where the time goes.
 *
 * The sender page: popup.html renders the manager dashboard, whose live query re-reads every thread after each
 * write, so with it open the ingest also pays for a dashboard refresh per snapshot. By default the messages are
 * sent from a quiet extension page (the extension's manifest.json, which has `chrome.runtime` and no app code),
 * which is what a content script sees; `--sender=popup` measures with the dashboard open.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, startFixtureServer } from '../harness/fixture-server.mjs';
import { ADAPTER_CASES } from './adapter-cases.mjs';
import { measureIntent, reportIntent } from './intent-bench.mjs';
import { measureLanguage, reportLanguage } from './language-bench.mjs';
import {
  appDbCounts,
  dropSnapshots,
  generateSnapshots,
  rawPutBaseline,
  sendSnapshots,
} from './page-ingest.mjs';
import {
  adapterTimings,
  goBackToInbox,
  installFirstSeenProbe,
  installIdbLog,
  searchNeedles,
  timeSearch,
  timeThreadOpen,
} from './page-ui.mjs';
import { measureTranslation, reportTranslation } from './translation-bench.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUTPUT_DIR = path.join(ROOT, 'bench-output');
const APP_DB = 'helloworld-seller-assistant'; // storage/db.ts DB_NAME

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const hit = argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};
const QUICK = argv.includes('--quick');
/** Section 3 only: the adapters, in seconds instead of minutes (while working on a parser). */
const ADAPTERS_ONLY = argv.includes('--adapters');
const PANEL_ONLY = argv.includes('--panel');
const WIDE = argv.includes('--wide');
const PROFILE = argv.includes('--profile');
const RESULTS_FILE = path.resolve(option('out', path.join(OUTPUT_DIR, 'results.json')));
const SENDER = option('sender', 'blank');
const CONCURRENCY = Math.max(1, Number(option('concurrency', '4')) || 4);
/** Another unpacked build (an A/B experiment); the default is the one `wxt build` just wrote. */
const EXTENSION_PATH = path.resolve(option('ext', path.join(ROOT, '.output/chrome-mv3')));

/** 10k = 1,000 threads × 10 messages; 100k = 1,000 threads × 100 messages. */
const SIZES = ADAPTERS_ONLY
  ? []
  : [
      { key: 'n10k', label: '10k', threads: 1_000, perThread: 10, seed: 10_001 },
      ...(QUICK
        ? []
        : [
            WIDE
              ? { key: 'n100k', label: '100k', threads: 9_000, perThread: 10, seed: 100_001 }
              : { key: 'n100k', label: '100k', threads: 1_000, perThread: 100, seed: 100_001 },
          ]),
    ];
const PANEL_RUNS = Math.max(1, Number(option('runs', '3')) || 3);
/** The inbox page size (components/inbox-view.tsx PAGE_SIZE): search shows at most this many hits. */
const PANEL_PAGE = 50;
const ADAPTER_ITERATIONS = 50;
const SEL = {
  row: '[data-testid="inbox-row"]',
  empty: '[data-testid="empty-inbox"]',
  message: '[data-testid="timeline-message"]',
  back: '[data-testid="back"]',
  search: '[data-testid="search"]',
};
const PANEL_TIMEOUT_MS = 15_000;
const SETTLE_MS = 3_000;

/** `--panel`: the ingest filled the database; the re-send and the raw baseline are skipped. */
class PanelOnly extends Error {}

// ── small helpers ──────────────────────────────────────────────────────────────────────────────────────────────

const log = (...args) => console.error('…', ...args);
const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};
const ms = (x, digits = 0) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const rate = (count, millis) => (millis > 0 ? (count / millis) * 1000 : null);
const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? a / b : null);
const fmtRatio = (r) => (r === null ? 'n/a' : `${r.toFixed(2)}×`);
const int = (x) =>
  typeof x === 'number' && Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'n/a';

function table(title, headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? 'n/a')));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(cells[0]));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

function errorText(error) {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

// ── section 2: side panel ──────────────────────────────────────────────────────────────────────────────────────

/** One side-panel page with the first-seen probe installed; the caller closes it. */
async function openPanelPage(browser) {
  const page = await browser.newPage();
  await page.setViewport({ width: 360, height: 800 });
  await page.evaluateOnNewDocument(installFirstSeenProbe, {
    row: SEL.row,
    empty: SEL.empty,
    message: SEL.message,
  });
  return page;
}

/**
 * goto(sidepanel.html) → first visible `selector` (probe name `mark`). The figure is measured from the moment the
 * goto was issued (Node clock) to the probe's epoch timestamp; `sinceNav` is the same mark on the page's own clock
 * (from navigation start), printed as a cross-check.
 */
async function timePanelLoad(page, url, mark) {
  await page.bringToFront();
  const issued = Date.now();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  try {
    await page.waitForFunction(
      (name) => window.__hwProbe && name in window.__hwProbe.marks,
      {
        polling: 50,
        timeout: PANEL_TIMEOUT_MS,
      },
      mark,
    );
  } catch {
    const seen = await page.evaluate(() => window.__hwProbe?.marks ?? null).catch(() => null);
    return {
      ms: null,
      error: `${mark} not visible within ${PANEL_TIMEOUT_MS} ms (seen: ${JSON.stringify(seen)})`,
    };
  }
  const { at, sinceNav } = await page.evaluate(
    (name) => ({
      at: window.__hwProbe.marks[name],
      sinceNav: window.__hwProbe.since[name],
    }),
    mark,
  );
  return { ms: at - issued, sinceNav };
}

/** A first (cold) load, reported on its own, then PANEL_RUNS reloads whose median is the figure. */
async function loadSeries(page, url, mark) {
  const first = await timePanelLoad(page, url, mark);
  if (first.ms === null) {
    // The selector is not there (the UI may still be in the making): n/a, without waiting out three more loads.
    return { medianMs: null, runsMs: [], firstLoadMs: null, sinceNavMs: [], error: first.error };
  }
  const runs = [];
  for (let i = 0; i < PANEL_RUNS; i++) runs.push(await timePanelLoad(page, url, mark));
  return {
    medianMs: median(runs.map((r) => r.ms)),
    runsMs: runs.map((r) => r.ms),
    firstLoadMs: first.ms,
    sinceNavMs: runs.map((r) => r.sinceNav ?? null),
    error: [first, ...runs].find((r) => r.error)?.error,
  };
}

async function measureEmptyPanel(browser, extensionId) {
  const url = `chrome-extension://${extensionId}/sidepanel.html`;
  const page = await openPanelPage(browser);
  try {
    return await loadSeries(page, url, 'empty');
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** Search timings on the loaded inbox (see the header, section 2); leaves the search box empty. */
async function measureSearch(page) {
  const { cases } = await page.evaluate(searchNeedles, { dbName: APP_DB, limit: PANEL_PAGE });
  const unfiltered = await page.evaluate(
    (sel) => [...document.querySelectorAll(sel)].map((r) => r.getAttribute('data-thread-id')),
    SEL.row,
  );
  const out = [];
  for (const c of cases) {
    const runs = [];
    let error;
    for (let i = 0; i < PANEL_RUNS; i++) {
      const run = await page.evaluate(timeSearch, {
        searchSelector: SEL.search,
        rowSelector: SEL.row,
        needle: c.needle,
        expectIds: c.ids,
        timeoutMs: PANEL_TIMEOUT_MS,
      });
      if (run.error) {
        error = run.error;
        break;
      }
      runs.push(run);
      const clear = await page.evaluate(timeSearch, {
        searchSelector: SEL.search,
        rowSelector: SEL.row,
        needle: '',
        expectIds: unfiltered,
        timeoutMs: PANEL_TIMEOUT_MS,
      });
      if (clear.error) {
        error = `clearing: ${clear.error}`;
        break;
      }
    }
    out.push({
      name: c.name,
      needle: c.needle,
      hits: c.total,
      rowsShown: runs[0]?.rows,
      medianMs: median(runs.map((r) => r.ms)),
      runsMs: runs.map((r) => r.ms),
      error,
    });
  }
  return out;
}

/** `--profile`: what one panel load does before its first row (see the header options). Printed as it runs. */
async function profilePanelLoad(browser, extensionId, label) {
  const url = `chrome-extension://${extensionId}/sidepanel.html`;
  const page = await openPanelPage(browser);
  try {
    await page.evaluateOnNewDocument(installIdbLog);
    await timePanelLoad(page, url, 'row'); // warm
    const client = await page.createCDPSession();
    await client.send('Profiler.enable');
    await client.send('Profiler.setSamplingInterval', { interval: 100 });
    await client.send('Profiler.start');
    const load = await timePanelLoad(page, url, 'row');
    const idb = await page.evaluate(() => window.__hwIdbLog.map((e) => ({ ...e })));
    const { profile } = await client.send('Profiler.stop');
    const out = [
      `\nprofile after ${label}: first row at ${ms(load.sinceNav, 1)} ms (page clock); IndexedDB reads:`,
    ];
    for (const e of idb) {
      out.push(
        `  ${ms(e.start, 1).padStart(7)} → ${ms(e.end, 1).padStart(7)}  ${e.op} ${e.source} (${e.events} events)`,
      );
    }
    // Self time per function over the profiled load (goto until the first row was seen, plus the 50 ms polling).
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map();
    for (let i = 0; i < profile.samples.length; i++) {
      const f = byId.get(profile.samples[i]).callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
    out.push('  self time, whole profiled load (ms):');
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
      out.push(`  ${v.toFixed(1).padStart(7)}  ${k}`);
    }
    console.log(out.join('\n'));
  } finally {
    await page.close().catch(() => undefined);
  }
}

async function measurePanel(browser, extensionId) {
  const url = `chrome-extension://${extensionId}/sidepanel.html`;
  const page = await openPanelPage(browser);
  const result = { inbox: null, search: [], thread: null };
  try {
    result.inbox = await loadSeries(page, url, 'row');
    if (result.inbox.medianMs === null) {
      result.thread = { medianMs: null, runsMs: [], error: 'no inbox row to open' };
      return result;
    }
    result.search = await measureSearch(page);
    const opens = [];
    let error;
    let backMode = 'back-button';
    for (let i = 0; i < PANEL_RUNS; i++) {
      const open = await page.evaluate(timeThreadOpen, {
        rowSelector: SEL.row,
        messageSelector: SEL.message,
        timeoutMs: PANEL_TIMEOUT_MS,
      });
      if (open.error) {
        error = open.error;
        break;
      }
      opens.push(open);
      if (i === PANEL_RUNS - 1) break;
      const back = await page.evaluate(goBackToInbox, {
        backSelector: SEL.back,
        rowSelector: SEL.row,
        timeoutMs: PANEL_TIMEOUT_MS,
      });
      if (!back.ok) {
        // No back button (yet): reload the plain URL, which shows the inbox.
        backMode = 'reload';
        const reload = await timePanelLoad(page, url, 'row');
        if (reload.ms === null) {
          error = reload.error;
          break;
        }
      }
    }
    result.thread = {
      medianMs: median(opens.map((o) => o.ms)),
      runsMs: opens.map((o) => o.ms),
      threadId: opens[0]?.threadId,
      messagesShown: opens[0]?.messages,
      backMode,
      error,
    };
    return result;
  } finally {
    await page.close().catch(() => undefined);
  }
}

// ── section 3: adapter ─────────────────────────────────────────────────────────────────────────────────────────

async function bundleAdapter(entry) {
  const { build } = await import('vite');
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    publicDir: false,
    build: {
      write: false,
      emptyOutDir: false,
      lib: { entry: path.join(ROOT, entry), name: 'HwBench', formats: ['iife'] },
      minify: true,
    },
  });
  const outputs = Array.isArray(output) ? output : [output];
  const chunk = outputs.flatMap((o) => o.output ?? []).find((c) => c.type === 'chunk');
  if (!chunk) throw new Error(`vite produced no chunk for ${entry}`);
  return chunk.code;
}

async function measureAdapter(browser, adapterCase) {
  const started = performance.now();
  const code = await bundleAdapter(adapterCase.entry);
  const bundleMs = performance.now() - started;
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1700, height: 1000 }); // below 1600 px the Amazon fixture hides the list pane
    await adapterCase.open(page);
    await page.addScriptTag({ content: code });
    await page.bringToFront();
    const timings = await page.evaluate(adapterTimings, {
      iterations: ADAPTER_ITERATIONS,
      exportName: adapterCase.exportName,
      raw: adapterCase.raw,
    });
    if (timings.error) throw new Error(timings.error);
    return {
      platform: adapterCase.platform,
      title: adapterCase.title,
      bundleBytes: code.length,
      bundleMs,
      url: page.url(),
      ...timings,
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}

// ── main ───────────────────────────────────────────────────────────────────────────────────────────────────────

async function main() {
  if (!fs.existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    console.error(`No built extension at ${EXTENSION_PATH}: run "npx wxt build" (npm run bench does) first.`);
    return 1;
  }
  const runStarted = Date.now();
  const results = {
    startedAt: new Date(runStarted).toISOString(),
    mode: `${QUICK ? 'quick' : 'full'}${WIDE ? ', wide' : ''}${PANEL_ONLY ? ', panel only' : ''}`,
    sender: SENDER,
    concurrency: CONCURRENCY,
    extensionPath: EXTENSION_PATH,
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.release()}`,
      node: process.version,
      chromium: null,
    },
    ingest: [],
    sidePanel: { emptyBaseline: null, sizes: [] },
    adapters: [],
    errors: [],
  };

  if (!PANEL_ONLY) {
    log('language detection (tests/bench/language-bench.mjs)');
    try {
      results.language = await measureLanguage();
    } catch (error) {
      results.language = { error: errorText(error) };
      results.errors.push(`language: ${errorText(error)}`);
    }
    log('intent classification (tests/bench/intent-bench.mjs)');
    try {
      results.intent = await measureIntent();
    } catch (error) {
      results.intent = { error: errorText(error) };
      results.errors.push(`intent: ${errorText(error)}`);
    }
  }

  let server;
  let browser;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-bench-profile-'));
  try {
    server = await startFixtureServer({ root: path.join(ROOT, 'tests/fixtures') });
    let extensionId;
    ({ browser, extensionId } = await launchWithExtension({
      port: server.port,
      extensionPath: EXTENSION_PATH,
      userDataDir,
      protocolTimeout: 900_000, // the 100k ingest is one long evaluate (TESTING.md pitfall 11)
    }));
    results.machine.chromium = await browser.version();
    console.log('HelloWorld Seller Assistant — npm run bench');
    console.log(
      `machine: ${results.machine.cores} cores (${results.machine.cpu}), ${results.machine.memoryGb} GB, ` +
        `${results.machine.platform}; ${results.machine.chromium}; Node ${process.version}`,
    );
    console.log(
      `mode: ${results.mode} (${SIZES.map((s) => s.label).join(' + ')}), sender: ${SENDER}, ` +
        `concurrency: ${CONCURRENCY}, extension: ${extensionId} (${path.relative(ROOT, EXTENSION_PATH)})`,
    );

    // Section 2 baseline first, while the database is empty.
    log('side panel on the empty database');
    try {
      if (ADAPTERS_ONLY) throw new Error('skipped (--adapters)');
      results.sidePanel.emptyBaseline = await measureEmptyPanel(browser, extensionId);
    } catch (error) {
      results.sidePanel.emptyBaseline = { medianMs: null, runsMs: [], error: errorText(error) };
    }

    const sender = await browser.newPage();
    sender.on('console', (m) => {
      const text = m.text();
      if (text.startsWith('[bench]')) log(text.slice(8));
    });
    const senderUrl = `chrome-extension://${extensionId}/${SENDER === 'popup' ? 'popup.html' : 'manifest.json'}`;
    await sender.goto(senderUrl, { waitUntil: 'load' });

    const endAt = Math.floor(runStarted / 60_000) * 60_000;
    for (const [index, size] of SIZES.entries()) {
      const entry = { size: size.label, threads: size.threads, perThread: size.perThread };
      results.ingest.push(entry);
      try {
        await sender.bringToFront();
        // Later sizes are newer, so the side panel's first row is a thread of the size just ingested.
        const gen = await sender.evaluate(generateSnapshots, {
          key: size.key,
          threads: size.threads,
          perThread: size.perThread,
          seed: size.seed,
          endAt: endAt - (SIZES.length - 1 - index) * 2 * 86_400_000 - 3_600_000,
          spanDays: 30,
        });
        entry.generated = gen;
        log(
          `${size.label}: ${gen.threads} threads, ${gen.messages} messages (avg ${gen.avgTextChars} chars); ingest`,
        );
        entry.ingest = await sender.evaluate(sendSnapshots, {
          key: size.key,
          concurrency: CONCURRENCY,
          label: `${size.label} ingest`,
        });
        if (PANEL_ONLY) throw new PanelOnly();
        log(`${size.label}: re-send (idempotent)`);
        entry.resend = await sender.evaluate(sendSnapshots, {
          key: size.key,
          concurrency: CONCURRENCY,
          label: `${size.label} re-send`,
        });
        log(`${size.label}: raw IndexedDB baseline`);
        entry.raw = await sender.evaluate(rawPutBaseline, { key: size.key, concurrency: CONCURRENCY });
        entry.dbAfter = await sender.evaluate(appDbCounts, APP_DB);
      } catch (error) {
        if (error instanceof PanelOnly) {
          entry.dbAfter = await sender.evaluate(appDbCounts, APP_DB);
        } else {
          entry.error = errorText(error);
          results.errors.push(`ingest ${size.label}: ${entry.error}`);
        }
      } finally {
        await sender.evaluate(dropSnapshots, size.key).catch(() => undefined);
      }

      // Let the worker's live queries and the database backend settle, so the panel sees the steady state.
      log(`${size.label}: side panel (after ${SETTLE_MS / 1000} s settle)`);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      try {
        const panel = await measurePanel(browser, extensionId);
        results.sidePanel.sizes.push({ size: size.label, db: entry.dbAfter ?? null, ...panel });
        if (PROFILE) await profilePanelLoad(browser, extensionId, size.label);
      } catch (error) {
        results.sidePanel.sizes.push({ size: size.label, error: errorText(error) });
        results.errors.push(`side panel ${size.label}: ${errorText(error)}`);
      }
    }
    await sender.close().catch(() => undefined);

    if (!ADAPTERS_ONLY && !PANEL_ONLY) {
      log('translation: cache-hit path (tests/bench/translation-bench.mjs)');
      try {
        results.translation = await measureTranslation(browser, extensionId);
      } catch (error) {
        results.translation = { error: errorText(error) };
        results.errors.push(`translation: ${errorText(error)}`);
      }
    }

    for (const adapterCase of PANEL_ONLY ? [] : ADAPTER_CASES) {
      log(`adapter: ${adapterCase.platform}, 200-message fixture thread`);
      try {
        results.adapters.push(await measureAdapter(browser, adapterCase));
      } catch (error) {
        results.adapters.push({
          platform: adapterCase.platform,
          title: adapterCase.title,
          error: errorText(error),
        });
        results.errors.push(`adapter ${adapterCase.platform}: ${errorText(error)}`);
      }
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }

  results.durationMs = Date.now() - runStarted;
  report(results);
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(ROOT, RESULTS_FILE)} (${(results.durationMs / 1000).toFixed(0)} s)`);
  return 0;
}

// ── report ─────────────────────────────────────────────────────────────────────────────────────────────────────

function report(results) {
  // 0. Language detection
  if (results.language) reportLanguage(results.language);
  // 0b. Intent classification
  if (results.intent) reportIntent(results.intent);

  // 1. Ingest
  const ingestRows = [];
  for (const e of results.ingest) {
    const n = e.ingest?.messages ?? e.generated?.messages ?? e.threads * e.perThread;
    const ingestRate = e.ingest ? rate(n, e.ingest.ms) : null;
    const rawRate = e.raw ? rate(e.raw.records, e.raw.ms) : null;
    e.summary = {
      messages: n,
      ingestMs: e.ingest?.ms ?? null,
      ingestPerSec: ingestRate,
      rawMs: e.raw?.ms ?? null,
      rawPerSec: rawRate,
      ratio: ratio(e.ingest?.ms, e.raw?.ms),
      resendMs: e.resend?.ms ?? null,
      resendAdded: e.resend?.added ?? null,
      resendRatio: ratio(e.resend?.ms, e.raw?.ms),
    };
    ingestRows.push([
      e.size,
      int(n),
      `${e.threads}×${e.perThread}`,
      ms(e.ingest?.ms),
      int(ingestRate),
      ms(e.raw?.ms),
      int(rawRate),
      fmtRatio(e.summary.ratio),
      e.ingest ? `${int(e.ingest.added)}${e.ingest.failed ? ` (${e.ingest.failed} failed)` : ''}` : 'n/a',
      ms(e.resend?.ms),
      e.resend ? `${int(e.resend.added)}${e.resend.failed ? ` (${e.resend.failed} failed)` : ''}` : 'n/a',
      fmtRatio(e.summary.resendRatio),
    ]);
  }
  table(
    `1. Ingest through the background (ingestThread messages, ${results.concurrency} in flight) vs raw IndexedDB put (one transaction per thread)`,
    [
      'N',
      'messages',
      'threads×msgs',
      'ingest ms',
      'msgs/s',
      'raw ms',
      'msgs/s',
      'ingest/raw',
      'added',
      're-send ms',
      're-send added',
      're-send/raw',
    ],
    ingestRows,
  );
  const detail = [];
  for (const e of results.ingest) {
    if (e.error) detail.push(`   ${e.size}: ERROR ${e.error}`);
    if (e.ingest) {
      detail.push(
        `   ${e.size}: per-snapshot round trip p50 ${ms(e.ingest.p50, 1)} ms, p95 ${ms(e.ingest.p95, 1)} ms; ` +
          `re-send p50 ${ms(e.resend?.p50, 1)} ms, p95 ${ms(e.resend?.p95, 1)} ms; ` +
          `db after: ${
            e.dbAfter
              ? Object.entries(e.dbAfter)
                  .map(([k, v]) => `${k} ${int(v)}`)
                  .join(', ')
              : 'n/a'
          }`,
      );
      if (e.ingest.firstError) detail.push(`   ${e.size}: first ingest failure: ${e.ingest.firstError}`);
      if (e.resend?.firstError) detail.push(`   ${e.size}: first re-send failure: ${e.resend.firstError}`);
    }
  }
  if (detail.length) console.log(detail.join('\n'));

  // 2. Side panel
  const base = results.sidePanel.emptyBaseline;
  const panelRows = [
    [
      'empty database',
      '0',
      ms(base?.firstLoadMs),
      ms(base?.medianMs),
      (base?.runsMs ?? []).map((x) => ms(x)).join(' / ') || 'n/a',
      '1.00×',
      '–',
      '–',
      '–',
    ],
  ];
  for (const s of results.sidePanel.sizes) {
    s.inboxRatio = ratio(s.inbox?.medianMs, base?.medianMs);
    s.threadRatio = ratio(s.thread?.medianMs, base?.medianMs);
    panelRows.push([
      `after ${s.size}`,
      s.db ? `${int(s.db.messages)} msgs / ${int(s.db.threads)} threads` : 'n/a',
      ms(s.inbox?.firstLoadMs),
      ms(s.inbox?.medianMs),
      (s.inbox?.runsMs ?? []).map((x) => ms(x)).join(' / ') || 'n/a',
      fmtRatio(s.inboxRatio),
      ms(s.thread?.medianMs),
      (s.thread?.runsMs ?? []).map((x) => ms(x)).join(' / ') || 'n/a',
      fmtRatio(s.threadRatio),
    ]);
  }
  table(
    '2. Side panel (sidepanel.html as a tab, 360×800): goto → first visible inbox row; click → first timeline message.\n' +
      '   Baseline: goto → empty-inbox on the empty database. Ratios use the reload medians.',
    [
      'database',
      'contents',
      'first load ms',
      'reload ms (median)',
      'reloads',
      'vs empty',
      'thread open ms (median)',
      'runs',
      'vs empty',
    ],
    panelRows,
  );
  const panelNotes = [];
  if (base?.error) panelNotes.push(`   empty baseline: n/a — ${base.error}`);
  if (base?.sinceNavMs)
    panelNotes.push(
      `   empty baseline on the page clock (from navigation start): ${base.sinceNavMs.map((x) => ms(x)).join(' / ')} ms`,
    );
  for (const s of results.sidePanel.sizes) {
    if (s.error) panelNotes.push(`   after ${s.size}: ERROR ${s.error}`);
    if (s.inbox?.error) panelNotes.push(`   after ${s.size}: inbox n/a — ${s.inbox.error}`);
    if (s.inbox?.sinceNavMs)
      panelNotes.push(
        `   after ${s.size}: first row on the page clock: ${s.inbox.sinceNavMs.map((x) => ms(x)).join(' / ')} ms`,
      );
    if (s.thread?.error) panelNotes.push(`   after ${s.size}: thread open n/a — ${s.thread.error}`);
    if (s.thread?.threadId) {
      panelNotes.push(
        `   after ${s.size}: opened ${s.thread.threadId} (${s.thread.messagesShown} timeline messages rendered), back via ${s.thread.backMode}`,
      );
    }
  }
  if (panelNotes.length) console.log(panelNotes.join('\n'));
  const searchRows = [];
  for (const s of results.sidePanel.sizes) {
    for (const c of s.search ?? []) {
      searchRows.push([
        `after ${s.size}`,
        c.name,
        JSON.stringify(c.needle),
        `${int(c.hits)} / ${c.rowsShown ?? 'n/a'}`,
        ms(c.medianMs),
        c.runsMs.map((x) => ms(x)).join(' / ') || 'n/a',
        fmtRatio(ratio(c.medianMs, s.inbox?.medianMs)),
      ]);
    }
  }
  if (searchRows.length) {
    table(
      '2b. Side panel search: one input event → the visible rows are exactly the expected hits (incl. the 150 ms debounce).\n' +
        '    Compared with the reload median above (goto → first unfiltered row).',
      ['database', 'needle', 'text', 'hits / rows', 'ms (median)', 'runs', 'vs first row'],
      searchRows,
    );
    const searchErrors = results.sidePanel.sizes.flatMap((s) =>
      (s.search ?? []).filter((c) => c.error).map((c) => `   after ${s.size}: ${c.name} n/a — ${c.error}`),
    );
    if (searchErrors.length) console.log(searchErrors.join('\n'));
  }

  // 3. Adapters
  for (const a of results.adapters) reportAdapter(a);

  // 4. Translation
  if (results.translation) reportTranslation(results.translation);
  if (results.errors.length) console.log(`\nerrors:\n${results.errors.map((e) => `   ${e}`).join('\n')}`);
}

function reportAdapter(a) {
  if (a.error) {
    table(
      `3. ${a.title} adapter on the 200-message fixture thread`,
      ['call', 'median ms'],
      [['all', `n/a — ${a.error}`]],
    );
    return;
  }
  a.ratio = ratio(a.readThread?.median, a.raw?.median);
  const row = (name, t, extra, r) => [
    name,
    ms(t?.median, 3),
    ms(t?.p95, 3),
    ms(t?.cold, 2),
    String(t?.reps ?? 'n/a'),
    r,
    extra,
  ];
  table(
    `3. ${a.title} adapter on ${a.url} (${ADAPTER_ITERATIONS} samples; calls under 2 ms are batched, reps per sample shown)`,
    ['call', 'median ms', 'p95 ms', 'first call ms', 'reps', 'vs raw', 'result'],
    [
      row(
        'readThread',
        a.readThread,
        `${a.readThread.ok ? 'ok' : `FAILED ${a.readThread.reason}`}, ${a.readThread.messages} messages (${Object.entries(
          a.readThread.directions ?? {},
        )
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}), ${a.readThread.withTime} with time`,
        fmtRatio(a.ratio),
      ),
      row(
        'raw querySelectorAll+textContent',
        a.raw,
        `${a.raw.elements} elements (${a.rawSelector})`,
        '1.00×',
      ),
      row(
        'recognise',
        a.recognise,
        `kind ${a.recognise.kind}`,
        fmtRatio(ratio(a.recognise?.median, a.raw?.median)),
      ),
      row(
        'readInbox',
        a.readInbox,
        `${a.readInbox.ok ? 'ok' : 'FAILED'}, ${a.readInbox.rows} rows`,
        fmtRatio(ratio(a.readInbox?.median, a.raw?.median)),
      ),
      row(
        'one scan (recognise + readers)',
        a.scan,
        'what the content script runs per change',
        fmtRatio(ratio(a.scan?.median, a.raw?.median)),
      ),
    ],
  );
  console.log(`   adapter bundle: ${int(a.bundleBytes)} bytes (vite IIFE, minified) in ${ms(a.bundleMs)} ms`);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error('bench could not run:', error);
    process.exit(1);
  },
);
