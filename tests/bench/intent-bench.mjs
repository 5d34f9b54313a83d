/**
 * Buyer-message classification time per message, for `npm run bench` (section 0b, every mode but --panel) or on its
 * own: `node tests/bench/intent-bench.mjs`. Runs in Node on core/intent (loaded through vite, tests/harness/
 * load-ts.mjs) over the intent dev set's texts (tests/intent/dev.jsonl).
 *
 * Timed per pass over all texts, PASSES passes after a warm-up; figures are µs per message (median and mean of the
 * passes). Baselines in the same run: the regex urgency test the classifier replaced (core/urgency.ts before issue
 * 5: five alternations tried on every message) and the language detector alone (core/language.ts, which the
 * classifier calls when no language is given). No assertions on time (the target is well under 50 µs/message).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTs } from '../harness/load-ts.mjs';
import { PASSES, timePasses } from './per-message-timing.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SET = path.join(ROOT, 'tests/intent/dev.jsonl');

/** The old first-pass urgency lexicon (core/urgency.ts until issue 5), kept here as the baseline. */
const OLD_URGENT_PATTERNS = [
  /\b(a-?to-?z|a-z guarantee|chargeback|charge ?back|dispute|claim|negative (feedback|review)|bad review|1[- ]star|one[- ]star|lawyer|legal action|fraud|scam|report you|trading standards|bbb)\b/i,
  /\b(urgent(ly)?|asap|immediately|right now|final warning|last chance)\b/i,
  /\b(a-bis-z|rückbuchung|anwalt|betrug|negative bewertung|schlechte bewertung|dringend|sofort|letzte frist|reklamation)\b/i,
  /\b(litige|avocat|arnaque|avis négatif|urgent|rétrofacturation|reclamación|abogado|estafa|reseña negativa|urgente|contestazione|avvocato|truffa|recensione negativa|reembolso já|golpe|processo)\b/i,
  /(A-to-z|返金しろ|詐欺|弁護士|悪い評価|低評価|至急|緊急|すぐに|差評|差评|投诉|起诉|律师|骗子|退款!|紧急|马上|立即|拒付|争议)/i,
];
const oldLooksUrgent = (text) => OLD_URGENT_PATTERNS.some((pattern) => pattern.test(text));

/** Measures every row; returns plain data (bench.mjs stores it in results.json). */
export async function measureIntent() {
  const rows = fs
    .readFileSync(SET, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const row = JSON.parse(line);
      return { text: row.text, lang: row.lang };
    });
  const started = performance.now();
  const [intent, language] = await loadTs(['core/intent/index.ts', 'core/language.ts']);
  const loadMs = performance.now() - started;
  const { classifyMessage, LEXICON_PHRASES } = intent;
  const shortRows = rows.filter((r) => [...r.text].length < 40);
  const cases = [
    ['old regex urgency test (baseline)', rows, (r) => oldLooksUrgent(r.text)],
    ['detectLanguage alone (baseline)', rows, (r) => language.detectLanguage(r.text)],
    ['classifyMessage, language given', rows, (r) => classifyMessage(r.text, { language: r.lang })],
    ['classifyMessage, no language (detects)', rows, (r) => classifyMessage(r.text)],
    ['classifyMessage, under 40 chars only', shortRows, (r) => classifyMessage(r.text, { language: r.lang })],
  ];
  const results = cases.map(([name, set, fn]) => ({ name, messages: set.length, ...timePasses(set, fn) }));
  return { messages: rows.length, passes: PASSES, phrases: LEXICON_PHRASES, loadMs, results };
}

export function reportIntent(intent) {
  if (intent.error) {
    console.log(`\n0b. Intent classification: n/a — ${intent.error}`);
    return;
  }
  const base = intent.results[0].medianUs;
  const cells = [
    ['call', 'messages', 'median µs/msg', 'mean µs/msg', 'fastest pass', 'worst pass', 'vs old regex'],
    ...intent.results.map((r) => [
      r.name,
      String(r.messages),
      r.medianUs.toFixed(2),
      r.meanUs.toFixed(2),
      r.minUs.toFixed(2),
      r.maxUs.toFixed(2),
      `${(r.medianUs / base).toFixed(1)}×`,
    ]),
  ];
  const widths = cells[0].map((_, i) => Math.max(...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  console.log(
    `\n0b. Intent classification in Node over tests/intent/dev.jsonl (${intent.messages} messages, ${intent.passes} passes; ` +
      `${intent.phrases} lexicon phrases in one automaton; target well under 50 µs/msg)`,
  );
  console.log(line(cells[0]));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const c of cells.slice(1)) console.log(line(c));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  measureIntent().then(reportIntent, (error) => {
    console.error('intent bench could not run:', error);
    process.exit(1);
  });
}
