/**
 * Investigation helper for the ingest benchmark: CPU-profiles the extension's service worker while it ingests
 * snapshots, and prints where the time goes (self time by function, with a snippet of the minified source).
 *
 *   node tests/bench/profile-ingest.mjs [--threads=1000] [--per-thread=10] [--warm=300] [--profiled=200]
 *                                         [--ext=<unpacked extension dir, default .output/chrome-mv3>]
 *
 * `--warm` snapshots are ingested first (so the database is not empty), then `--profiled` more under the profiler.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, startFixtureServer } from '../harness/fixture-server.mjs';
import { generateSnapshots, sendSnapshots } from './page-ingest.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXTENSION_PATH = path.resolve(
  process.argv.find((a) => a.startsWith('--ext='))?.slice(6) ?? path.join(ROOT, '.output/chrome-mv3'),
);
const arg = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.slice(name.length + 3)) : fallback;
};
const THREADS = arg('threads', 1000);
const PER_THREAD = arg('per-thread', 10);
const WARM = arg('warm', 300);
const PROFILED = arg('profiled', 200);
const CONCURRENCY = arg('concurrency', 4);

const server = await startFixtureServer({ root: path.join(ROOT, 'tests/fixtures') });
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-bench-profile-'));
const { browser, extensionId: id } = await launchWithExtension({
  port: server.port,
  extensionPath: EXTENSION_PATH,
  userDataDir,
  protocolTimeout: 900_000,
});
try {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${id}/manifest.json`);
  await page.evaluate(generateSnapshots, {
    key: 'p',
    threads: THREADS,
    perThread: PER_THREAD,
    seed: 7,
    endAt: Date.now(),
    spanDays: 30,
  });
  if (WARM > 0) {
    const warm = await page.evaluate(sendSnapshots, { key: 'p', concurrency: 4, label: 'warm', to: WARM });
    console.log(`warm-up: ${warm.snapshots} snapshots in ${warm.ms.toFixed(0)} ms`);
  }

  const worker = await target.worker();
  const client = worker.client;
  // Builds instrumented by hand (an investigation copy of the repo) keep timings on globalThis.__hwStats.
  const resetStats = () =>
    worker.evaluate(() => {
      if (globalThis.__hwStats)
        for (const k of Object.keys(globalThis.__hwStats)) globalThis.__hwStats[k] = 0;
    });
  await resetStats();
  await client.send('Profiler.enable');
  await client.send('Profiler.setSamplingInterval', { interval: 200 });
  await client.send('Profiler.start');
  const run = await page.evaluate(sendSnapshots, {
    key: 'p',
    concurrency: CONCURRENCY,
    label: 'profiled',
    from: WARM,
    to: WARM + PROFILED,
  });
  const { profile } = await client.send('Profiler.stop');
  const stats = await worker.evaluate(() => globalThis.__hwStats ?? null);
  if (stats) {
    const per = Object.fromEntries(
      Object.entries(stats)
        .filter(([k]) => k !== 'lastBodyEnd')
        .map(([k, v]) => [k, k === 'n' ? v : +(v / Math.max(stats.n, 1)).toFixed(2)]),
    );
    console.log('worker-side ms per snapshot (instrumented build):', JSON.stringify(per));
  }
  console.log(
    `profiled: ${run.snapshots} snapshots, ${run.messages} messages in ${run.ms.toFixed(0)} ms ` +
      `(${((run.messages / run.ms) * 1000).toFixed(0)} msgs/s), added ${run.added}, failed ${run.failed}`,
  );

  // Self time per node, from sample counts and time deltas.
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    self.set(node.id, (self.get(node.id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const grouped = new Map();
  for (const [nodeId, t] of self) {
    const f = byId.get(nodeId).callFrame;
    const k = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    grouped.set(k, (grouped.get(k) ?? 0) + t);
  }
  const source = fs.readFileSync(path.join(EXTENSION_PATH, 'background.js'), 'utf8').split('\n');
  console.log(`\nworker CPU profile: ${total.toFixed(0)} ms sampled over ${run.ms.toFixed(0)} ms wall`);
  for (const [k, t] of [...grouped].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    const m = /background\.js:(\d+):(\d+)$/.exec(k);
    const snippet = m ? source[Number(m[1]) - 1]?.slice(Number(m[2]) - 1, Number(m[2]) + 90) : '';
    console.log(
      `${t.toFixed(0).padStart(7)} ms ${((t / total) * 100).toFixed(1).padStart(5)}%  ${k}  ${snippet ?? ''}`,
    );
  }

  // Inclusive time for frames of background.js, to see which app functions dominate.
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  for (const [nodeId, t] of self) {
    const seen = new Set();
    for (let cur = nodeId; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur).callFrame;
      if (!f.url.endsWith('background.js')) continue;
      const k = `${f.functionName || '(anonymous)'} :${f.lineNumber + 1}:${f.columnNumber + 1}`;
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + t);
    }
  }
  console.log('\ninclusive time, background.js frames');
  for (const [k, t] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    const m = /:(\d+):(\d+)$/.exec(k);
    const snippet = source[Number(m[1]) - 1]?.slice(Number(m[2]) - 1, Number(m[2]) + 90) ?? '';
    console.log(
      `${t.toFixed(0).padStart(7)} ms ${((t / total) * 100).toFixed(1).padStart(5)}%  ${k}  ${snippet}`,
    );
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
