/**
 * The tiny check runner the fixture self-check scripts share (check-fixtures.mjs, check-ebay-fixtures.mjs,
 * check-shopee-fixtures.mjs): each check is named, runs, and is reported as ✓ or ✗ with the first lines of its
 * error; `results` holds every outcome for the summary.
 */

export const results = [];

export async function check(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (err) {
    results.push({ name, ok: false, err });
    console.log(
      `  ✗ ${name}\n      ${String(err?.stack ?? err)
        .split('\n')
        .slice(0, 3)
        .join('\n      ')}`,
    );
  }
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

export function equal(actual, expected, message) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/** Print the tally and fail the process when any check failed. */
export function summarise(shots) {
  const failed = results.filter((r) => !r.ok);
  console.log(`\n${results.length - failed.length}/${results.length} checks passed; screenshots in ${shots}`);
  process.exitCode = failed.length ? 1 : 0;
}
