/**
 * Language detection time per message, for `npm run bench` (section 0, every mode) or on its own:
 * `node tests/bench/language-bench.mjs`. Runs in Node on core/language.ts (loaded through vite, tests/harness/
 * load-ts.mjs) over the evaluation set's texts (tests/lang/buyer-messages.jsonl).
 *
 * Timed per pass over all texts, PASSES passes after a warm-up; figures are µs per message (median and mean of the
 * passes). Baselines in the same run: a plain regex script test over the same texts (what a detector costs at the
 * least: one look at the characters) and franc alone with its defaults. No assertions on time (ARCHITECTURE.md
 * budget: < 0.1 ms, i.e. 100 µs, per message).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { franc } from 'franc';
import { loadTs } from '../harness/load-ts.mjs';
import { PASSES, timePasses } from './per-message-timing.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SET = path.join(ROOT, 'tests/lang/buyer-messages.jsonl');
/** Sites cycled over the texts for the "with site hints" row (a line's own site wins). */
const SITES = [
  'amazon.de',
  'shopee.co.id',
  'ebay.com',
  'shopee.com.my',
  'amazon.co.jp',
  'shopee.tw',
  'shopee.cn',
];

/** The old detector's first pass: eight script regexes. */
const SCRIPT_RES = [
  /[\u3040-\u30ff]/,
  /[\uac00-\ud7af]/,
  /[\u0e00-\u0e7f]/,
  /[\u0590-\u05ff]/,
  /[\u0600-\u06ff]/,
  /[\u0900-\u097f]/,
  /[\u0400-\u04ff]/,
  /[\u4e00-\u9fff]/,
];
function regexScripts(text) {
  for (let i = 0; i < SCRIPT_RES.length; i++) if (SCRIPT_RES[i].test(text)) return i;
  return -1;
}

/** Measures every row; returns plain data (bench.mjs stores it in results.json). */
export async function measureLanguage() {
  const rows = fs
    .readFileSync(SET, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const row = JSON.parse(line);
      return { text: row.text, site: row.site ?? SITES[i % SITES.length] };
    });
  const { detectLanguage, detectLanguageDetailed } = await loadTs('core/language.ts');
  const shortRows = rows.filter((r) => [...r.text].length < 40);
  const cases = [
    ['regex script test (baseline)', rows, (r) => regexScripts(r.text)],
    ['franc alone (defaults)', rows, (r) => franc(r.text)],
    ['detectLanguage, no hints', rows, (r) => detectLanguage(r.text)],
    ['detectLanguage, site hint', rows, (r) => detectLanguage(r.text, { site: r.site })],
    [
      'detectLanguageDetailed, site + thread',
      rows,
      (r) => detectLanguageDetailed(r.text, { site: r.site, threadLanguage: 'en' }),
    ],
    ['detectLanguage, under 40 chars only', shortRows, (r) => detectLanguage(r.text, { site: r.site })],
  ];
  const results = cases.map(([name, set, fn]) => ({ name, messages: set.length, ...timePasses(set, fn) }));
  return { messages: rows.length, passes: PASSES, results };
}

export function reportLanguage(language) {
  if (language.error) {
    console.log(`\n0. Language detection: n/a — ${language.error}`);
    return;
  }
  const base = language.results[0].medianUs;
  const cells = [
    ['call', 'messages', 'median µs/msg', 'mean µs/msg', 'worst pass µs/msg', 'vs regex'],
    ...language.results.map((r) => [
      r.name,
      String(r.messages),
      r.medianUs.toFixed(2),
      r.meanUs.toFixed(2),
      r.maxUs.toFixed(2),
      `${(r.medianUs / base).toFixed(1)}×`,
    ]),
  ];
  const widths = cells[0].map((_, i) => Math.max(...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  console.log(
    `\n0. Language detection in Node over tests/lang/buyer-messages.jsonl (${language.messages} messages, ${language.passes} passes; budget 100 µs/msg)`,
  );
  console.log(line(cells[0]));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const c of cells.slice(1)) console.log(line(c));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  measureLanguage().then(reportLanguage, (error) => {
    console.error('language bench could not run:', error);
    process.exit(1);
  });
}
