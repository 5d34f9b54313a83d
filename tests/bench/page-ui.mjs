/**
 * Page-side code for the side-panel and adapter benchmarks. Each exported function is passed to
 * `page.evaluate` / `page.evaluateOnNewDocument`, so each must be self-contained.
 */

/**
 * Installed with evaluateOnNewDocument on the side-panel page: records, as epoch ms
 * (`performance.timeOrigin + performance.now()`), when each watched selector first matches a visible element.
 * A MutationObserver on the document catches the commit that renders it, with no polling delay.
 */
export function installFirstSeenProbe(selectors) {
  const marks = {};
  const since = {};
  const probe = { marks, since, selectors };
  Object.defineProperty(window, '__hwProbe', { value: probe, configurable: true });
  const visible = (el) =>
    typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0;
  const check = () => {
    for (const [name, selector] of Object.entries(selectors)) {
      if (name in marks) continue;
      const el = document.querySelector(selector);
      if (el && visible(el)) {
        const now = performance.now();
        marks[name] = performance.timeOrigin + now;
        since[name] = now;
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
}

/**
 * Click the first inbox row and time until the first timeline message is visible (ms, in-page clock). Returns
 * `{ ms, threadId, messages }`, or `{ error }` when a selector is missing or the wait times out.
 */
export async function timeThreadOpen({ rowSelector, messageSelector, timeoutMs }) {
  const visible = (el) =>
    typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0;
  const row = [...document.querySelectorAll(rowSelector)].find(visible);
  if (!row) return { error: `no visible ${rowSelector}` };
  const threadId = row.getAttribute('data-thread-id');
  const seen = () => {
    const el = document.querySelector(messageSelector);
    return el && visible(el) ? el : null;
  };
  if (seen()) return { error: `${messageSelector} already visible before the click` };
  return new Promise((resolve) => {
    let done = false;
    const finish = (value) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    };
    const observer = new MutationObserver(() => {
      if (seen()) {
        const ms = performance.now() - started;
        finish({ ms, threadId, messages: document.querySelectorAll(messageSelector).length });
      }
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
    const timer = setTimeout(
      () => finish({ error: `${messageSelector} not visible within ${timeoutMs} ms` }),
      timeoutMs,
    );
    const started = performance.now();
    row.click();
  });
}

/** Leave the thread view with its back button; resolves when an inbox row is visible again. */
export async function goBackToInbox({ backSelector, rowSelector, timeoutMs }) {
  const visible = (el) =>
    typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0;
  const back = document.querySelector(backSelector);
  if (!back) return { ok: false, reason: `no ${backSelector}` };
  const rowVisible = () => [...document.querySelectorAll(rowSelector)].some(visible);
  back.click();
  const deadline = performance.now() + timeoutMs;
  while (!rowVisible()) {
    if (performance.now() > deadline) return { ok: false, reason: 'inbox did not come back' };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { ok: true };
}

/** Adapter timings in the fixture page, after the IIFE bundle defined `HwBench`. */
export function adapterTimings({ iterations, exportName, raw: rawSelector }) {
  // Calls faster than the (coarsened, 100 µs) timer are batched: a sample runs `reps` calls, `reps` chosen so one
  // sample takes at least `minSampleMs`. Per-call median / p95 / min / max, plus the first (cold) call, in ms.
  const timeCalls = (fn, iterations, minSampleMs = 2) => {
    const coldStart = performance.now();
    let result = fn();
    const cold = performance.now() - coldStart;
    let reps = 1;
    for (;;) {
      const t0 = performance.now();
      for (let r = 0; r < reps; r++) result = fn();
      const took = performance.now() - t0;
      if (took >= minSampleMs || reps >= 4096) break;
      reps *= 2;
    }
    const samples = [];
    for (let i = 0; i < iterations; i++) {
      const t0 = performance.now();
      for (let r = 0; r < reps; r++) result = fn();
      samples.push((performance.now() - t0) / reps);
    }
    samples.sort((a, b) => a - b);
    const q = (p) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
    return {
      result,
      cold,
      reps,
      iterations,
      median: q(0.5),
      p95: q(0.95),
      min: samples[0],
      max: samples.at(-1),
    };
  };
  const adapter = window.HwBench?.[exportName];
  if (!adapter) return { error: `HwBench.${exportName} is not defined (bundle did not load)` };
  const url = new URL(location.href);
  // A distinct scan time for every call: adapters may share work between the calls of ONE scan (same `now`),
  // and a repeated clock value in this tight loop would let a call reuse the previous call's read.
  let clock = Date.now();
  const tick = () => ++clock;

  const read = timeCalls(() => adapter.readThread(document, url, tick()), iterations);
  const readResult = read.result;
  delete read.result;
  const raw = timeCalls(
    () => [...document.querySelectorAll(rawSelector)].map((a) => a.textContent),
    iterations,
  );
  const rawCount = raw.result.length;
  delete raw.result;
  const recognise = timeCalls(() => adapter.recognise(document, url, tick()), iterations);
  const recognised = recognise.result;
  delete recognise.result;
  const inbox = timeCalls(() => adapter.readInbox(document, url, tick()), iterations);
  const inboxResult = inbox.result;
  delete inbox.result;
  // What the content script runs on every (throttled) change: recognise, then the readers, with one scan time.
  const scan = timeCalls(() => {
    const now = tick();
    const kind = adapter.recognise(document, url, now).kind;
    if (kind === 'inbox' || kind === 'inbox-with-thread') adapter.readInbox(document, url, now);
    if (kind === 'thread' || kind === 'inbox-with-thread') return adapter.readThread(document, url, now);
    return null;
  }, iterations);
  delete scan.result;

  const messages = readResult?.ok ? readResult.value.messages : [];
  return {
    readThread: {
      ...read,
      ok: Boolean(readResult?.ok),
      messages: messages.length,
      directions: messages.reduce((acc, m) => {
        acc[m.direction] = (acc[m.direction] ?? 0) + 1;
        return acc;
      }, {}),
      withTime: messages.filter((m) => m.sentAt !== null).length,
      reason: readResult?.ok ? undefined : readResult?.reason,
    },
    raw: { ...raw, elements: rawCount },
    scan,
    rawSelector,
    recognise: { ...recognise, kind: recognised?.kind },
    readInbox: {
      ...inbox,
      ok: Boolean(inboxResult?.ok),
      rows: inboxResult?.ok ? inboxResult.value.rows.length : 0,
    },
  };
}

/**
 * Search needles and what they should show, read straight from the app's IndexedDB (no app code). `order`: the
 * first order id of the OLDEST thread (one hit, at the far end of any newest-first walk); `buyer`: the buyer name of
 * the newest thread (many hits). For each: the ids of the first `limit` hits, newest first, matched as
 * storage/queries.ts searchThreads matches (case-insensitive substring of buyer name, subject or an order id).
 */
export async function searchNeedles({ dbName, limit }) {
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open(dbName);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    const threads = await new Promise((resolve, reject) => {
      const req = db.transaction('threads', 'readonly').objectStore('threads').getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    threads.sort((a, b) => b.lastMessageAt - a.lastMessageAt);
    const hitsOf = (needle) => {
      const n = needle.toLocaleLowerCase();
      const hits = threads.filter(
        (t) =>
          t.buyerName.toLocaleLowerCase().includes(n) ||
          t.subject.toLocaleLowerCase().includes(n) ||
          t.orderIds.some((id) => id.toLocaleLowerCase().includes(n)),
      );
      return { needle, total: hits.length, ids: hits.slice(0, limit).map((t) => t.id) };
    };
    const oldest = threads.at(-1);
    const newest = threads[0];
    const cases = [];
    if (oldest?.orderIds?.[0])
      cases.push({ name: 'order id (oldest thread)', ...hitsOf(oldest.orderIds[0]) });
    if (newest?.buyerName) cases.push({ name: 'buyer name (newest thread)', ...hitsOf(newest.buyerName) });
    return { threads: threads.length, cases };
  } finally {
    db.close();
  }
}

/**
 * Type `needle` into the search box (one input event, as a paste) and time until the visible rows are exactly the
 * expected hits (`expectIds`, newest first, at most one page), ms on the page clock. The time includes the search
 * box's debounce. With `needle` '' it clears the search; `expectIds` are then the rows shown before the search.
 */
export async function timeSearch({ searchSelector, rowSelector, needle, expectIds, timeoutMs }) {
  const visible = (el) =>
    typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0;
  const input = document.querySelector(searchSelector);
  if (!input) return { error: `no ${searchSelector}` };
  const shown = () =>
    [...document.querySelectorAll(rowSelector)].filter(visible).map((r) => r.getAttribute('data-thread-id'));
  const done = () => {
    const ids = shown();
    return ids.length === expectIds.length && ids.every((id, i) => id === expectIds[i]);
  };
  return new Promise((resolve) => {
    let finished = false;
    const finish = (value) => {
      if (finished) return;
      finished = true;
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    };
    const observer = new MutationObserver(() => {
      if (done()) finish({ ms: performance.now() - started, rows: shown().length });
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = setTimeout(
      () =>
        finish({
          error: `rows for "${needle}" not shown within ${timeoutMs} ms (showing ${shown().length})`,
        }),
      timeoutMs,
    );
    // React tracks the input's value: set it through the native setter so the input event is not swallowed.
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    input.focus();
    const started = performance.now();
    setter.call(input, needle);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/**
 * `--profile` only (distorts timings): installed with evaluateOnNewDocument, logs every IndexedDB read request the
 * page makes (`getAll`, `count`, cursors …) with its start and last success on the page clock, in `window.__hwIdbLog`.
 */
export function installIdbLog() {
  const log = [];
  Object.defineProperty(window, '__hwIdbLog', { value: log, configurable: true });
  const wrap = (proto, name, label) => {
    const original = proto[name];
    if (!original) return;
    proto[name] = function (...args) {
      const entry = { op: `${label}.${name}`, source: this.name ?? '', start: performance.now(), events: 0 };
      log.push(entry);
      const request = original.apply(this, args);
      request.addEventListener('success', () => {
        entry.events += 1;
        entry.end = performance.now();
      });
      return request;
    };
  };
  for (const [proto, label] of [
    [IDBObjectStore.prototype, 'store'],
    [IDBIndex.prototype, 'index'],
  ]) {
    for (const name of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor'])
      wrap(proto, name, label);
  }
}
