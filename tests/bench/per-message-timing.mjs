/**
 * Per-message timing for the Node benches (language detection, intent classification): every row through `fn`,
 * `passes` timed passes after `warmup` untimed ones; figures in µs per message.
 */
export const PASSES = 40;
const WARMUP = 5;

export function timePasses(rows, fn, passes = PASSES, warmup = WARMUP) {
  let sink = 0;
  const perMessageUs = [];
  for (let pass = 0; pass < warmup + passes; pass++) {
    const t0 = performance.now();
    for (const row of rows) if (fn(row) !== undefined) sink++;
    const us = ((performance.now() - t0) * 1000) / rows.length;
    if (pass >= warmup) perMessageUs.push(us);
  }
  const sorted = [...perMessageUs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return {
    medianUs: sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2,
    meanUs: perMessageUs.reduce((a, b) => a + b, 0) / perMessageUs.length,
    maxUs: sorted[sorted.length - 1],
    // The fastest pass: what a message costs without the other processes of a shared machine in the way.
    minUs: sorted[0],
    // Keeps the results alive so the engine cannot drop the calls.
    sink,
  };
}
