/**
 * `npm run intent:eval -- <file.jsonl> [more.jsonl…] [--lang-hint] [--wrong]`: accuracy of the buyer-message classifier
 * (core/intent) on labelled messages.
 *
 * Each line: {"lang": "de", "text": "...", "intent": "where-is-order", "sentiment": "neutral", "urgent": false}
 * (intent one of core/intent/types.ts INTENTS, sentiment negative|neutral|positive, urgent true|false; an optional
 * "site" is passed to the classifier as a hint). Bad lines are reported by file and line number and skipped.
 *
 * By default the classifier gets no language, as at ingest before a language is stored it would detect one itself
 * (core/language.ts); `--lang-hint` passes the labelled language instead (what it does with a stored language).
 *
 * Prints accuracy per label (intent, sentiment, urgent with precision and recall), per language, per intent
 * (precision/recall), a confusion list (expected → got, count, examples), with `--wrong` every row with a wrong
 * label, and ends with `intent accuracy: <percent>`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTs } from '../harness/load-ts.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLES = 3;

export function parseArgs(argv) {
  const files = argv
    .filter((a) => !a.startsWith('--'))
    // npm runs scripts from the package root; a path given on the command line is relative to where it was typed.
    .map((file) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file));
  return { files, langHint: argv.includes('--lang-hint'), wrong: argv.includes('--wrong') };
}

/**
 * Lines of a JSONL text as rows {file, line, lang, text, intent, sentiment, urgent, site?}; bad ones as
 * {file, line, error}. `labels` holds the allowed intents and sentiments.
 */
export function parseLines(text, file, labels) {
  const rows = [];
  const bad = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    let row;
    try {
      row = JSON.parse(raw);
    } catch (error) {
      bad.push({ file, line, error: `not JSON (${error.message})` });
      return;
    }
    const error = problemOf(row, labels);
    if (error) bad.push({ file, line, error });
    else
      rows.push({
        file,
        line,
        lang: row.lang,
        text: row.text,
        intent: row.intent,
        sentiment: row.sentiment,
        urgent: row.urgent,
        site: row.site,
      });
  });
  return { rows, bad };
}

function problemOf(row, labels) {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return 'not a JSON object';
  if (typeof row.lang !== 'string' || !row.lang.trim()) return 'needs a non-empty "lang"';
  if (typeof row.text !== 'string' || !row.text.trim()) return 'needs a non-empty "text"';
  if (!labels.intents.includes(row.intent))
    return `"intent" must be one of ${labels.intents.join(', ')} (got ${JSON.stringify(row.intent)})`;
  if (!labels.sentiments.includes(row.sentiment))
    return `"sentiment" must be one of ${labels.sentiments.join(', ')} (got ${JSON.stringify(row.sentiment)})`;
  if (typeof row.urgent !== 'boolean')
    return `"urgent" must be true or false (got ${JSON.stringify(row.urgent)})`;
  if (row.site !== undefined && typeof row.site !== 'string') return '"site" must be a string';
  return undefined;
}

export function readSets(files, labels) {
  const rows = [];
  const bad = [];
  for (const file of files) {
    const name = path.relative(ROOT, file) || file;
    const parsed = parseLines(fs.readFileSync(file, 'utf8'), name, labels);
    rows.push(...parsed.rows);
    bad.push(...parsed.bad);
  }
  return { rows, bad };
}

export const pct = (ok, n) => (n ? `${((100 * ok) / n).toFixed(1)}%` : 'n/a');

/** Accuracy, and for urgency precision/recall, over scored rows ({…row, got}). */
export function summarise(rows) {
  const n = rows.length;
  const intentOk = rows.filter((r) => r.got.intent === r.intent).length;
  const sentimentOk = rows.filter((r) => r.got.sentiment === r.sentiment).length;
  const urgentOk = rows.filter((r) => r.got.urgent === r.urgent).length;
  const truePositive = rows.filter((r) => r.urgent && r.got.urgent).length;
  const flagged = rows.filter((r) => r.got.urgent).length;
  const actual = rows.filter((r) => r.urgent).length;
  return {
    n,
    intentOk,
    sentimentOk,
    urgentOk,
    urgentPrecision: flagged ? truePositive / flagged : null,
    urgentRecall: actual ? truePositive / actual : null,
    flagged,
    actual,
    truePositive,
  };
}

function table(header, rows) {
  const cells = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...cells.map((c) => String(c[i]).length)));
  const line = (c) =>
    c.map((v, i) => (i === 0 ? String(v).padEnd(widths[i]) : String(v).padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const c of rows) console.log(line(c));
}

const ratio = (x) => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);

async function main() {
  const { files, langHint, wrong } = parseArgs(process.argv.slice(2));
  if (files.length === 0) {
    console.error('usage: npm run intent:eval -- <file.jsonl> [more.jsonl…] [--lang-hint]');
    return 2;
  }
  for (const file of files) {
    if (!fs.existsSync(file)) {
      console.error(`intent:eval: no such file ${file}`);
      return 2;
    }
  }
  const [intentModule] = await loadTs(['core/intent/index.ts']);
  const { classifyMessage, INTENTS, SENTIMENTS } = intentModule;
  const { rows, bad } = readSets(files, { intents: INTENTS, sentiments: SENTIMENTS });

  console.log(
    `intent:eval ${files.map((f) => path.relative(ROOT, f) || f).join(', ')}: ${rows.length} messages` +
      (langHint ? ' (labelled language passed as a hint)' : ' (language detected by the classifier)'),
  );
  for (const b of bad) console.log(`  ${b.file} line ${b.line}: skipped, ${b.error}`);
  if (rows.length === 0) {
    console.log('\nintent accuracy: n/a');
    return 1;
  }
  for (const r of rows) {
    r.got = classifyMessage(r.text, { language: langHint ? r.lang : undefined, site: r.site });
  }

  const all = summarise(rows);
  console.log('');
  table(
    ['label', 'accuracy', 'right/n'],
    [
      ['intent', pct(all.intentOk, all.n), `${all.intentOk}/${all.n}`],
      ['sentiment', pct(all.sentimentOk, all.n), `${all.sentimentOk}/${all.n}`],
      ['urgent', pct(all.urgentOk, all.n), `${all.urgentOk}/${all.n}`],
    ],
  );
  console.log(
    `urgent precision ${ratio(all.urgentPrecision)} (${all.truePositive}/${all.flagged} flagged), ` +
      `recall ${ratio(all.urgentRecall)} (${all.truePositive}/${all.actual} urgent)`,
  );

  console.log('');
  const langs = [...new Set(rows.map((r) => r.lang))].sort();
  table(
    ['language', 'n', 'intent', 'sentiment', 'urgent', 'urgent P', 'urgent R'],
    langs.map((lang) => {
      const s = summarise(rows.filter((r) => r.lang === lang));
      return [
        lang,
        s.n,
        pct(s.intentOk, s.n),
        pct(s.sentimentOk, s.n),
        pct(s.urgentOk, s.n),
        ratio(s.urgentPrecision),
        ratio(s.urgentRecall),
      ];
    }),
  );

  console.log('');
  table(
    ['intent', 'n', 'precision', 'recall'],
    INTENTS.map((intent) => {
      const expected = rows.filter((r) => r.intent === intent);
      const predicted = rows.filter((r) => r.got.intent === intent);
      const right = expected.filter((r) => r.got.intent === intent).length;
      return [
        intent,
        expected.length,
        predicted.length ? pct(right, predicted.length) : 'n/a',
        pct(right, expected.length),
      ];
    }),
  );

  const confusions = new Map();
  for (const r of rows) {
    if (r.got.intent === r.intent) continue;
    const key = `${r.intent} → ${r.got.intent}`;
    const c = confusions.get(key) ?? { count: 0, examples: [] };
    c.count++;
    if (c.examples.length < EXAMPLES) c.examples.push(`[${r.lang}] ${r.text}`);
    confusions.set(key, c);
  }
  console.log(`\nintent confusions (${all.n - all.intentOk} wrong)`);
  if (confusions.size === 0) console.log('  none');
  for (const [key, c] of [...confusions].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))) {
    console.log(`  ${key.padEnd(38)} ${String(c.count).padStart(3)}`);
    for (const example of c.examples) console.log(`      ${JSON.stringify(example)}`);
  }

  const sentimentConfusions = new Map();
  for (const r of rows) {
    if (r.got.sentiment === r.sentiment) continue;
    const key = `${r.sentiment} → ${r.got.sentiment}`;
    sentimentConfusions.set(key, (sentimentConfusions.get(key) ?? 0) + 1);
  }
  console.log(
    `\nsentiment confusions: ${[...sentimentConfusions].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`,
  );
  if (wrong) {
    // Every row with a wrong label, for working on the lexicons (not for a held-out set).
    console.log('\nwrong rows (expected → got)');
    for (const r of rows) {
      const diffs = [];
      if (r.got.intent !== r.intent) diffs.push(`intent ${r.intent}→${r.got.intent}`);
      if (r.got.sentiment !== r.sentiment) diffs.push(`sentiment ${r.sentiment}→${r.got.sentiment}`);
      if (r.got.urgent !== r.urgent)
        diffs.push(`urgent ${r.urgent}→${r.got.urgent} ${r.got.urgentReasons.join('+')}`);
      if (diffs.length)
        console.log(`  ${r.file}:${r.line} [${r.lang}] ${diffs.join('; ')}  ${JSON.stringify(r.text)}`);
    }
  }
  console.log(`\nintent accuracy: ${pct(all.intentOk, all.n)}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error('intent:eval could not run:', error);
      process.exit(1);
    },
  );
}
