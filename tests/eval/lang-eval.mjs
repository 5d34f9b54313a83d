/**
 * `npm run lang:eval -- [file.jsonl] [--site=shopee.co.id]`: accuracy of core/language.ts on buyer messages.
 *
 * Each line: {"lang": "<ISO 639-1 or zh-TW>", "text": "...", "site"?: "amazon.de"}. A line's own `site` wins over
 * --site. Prints accuracy overall, under 40 characters and per language, the same for franc alone (the library
 * the detector falls back on, unrestricted and with its default 10-character minimum, as a caller would use it),
 * a confusion list (expected → got, count, examples), and ends with `accuracy: <percent>`.
 * Bad lines are reported with their line number and skipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { franc } from 'franc';
import { loadTs } from '../harness/load-ts.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_FILE = 'tests/lang/buyer-messages.jsonl';
const SHORT = 40;

/** franc's ISO 639-3 answers for the languages in the sets (Chinese: franc has one class for both scripts). */
const FRANC_ISO1 = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  pol: 'pl',
  swe: 'sv',
  tur: 'tr',
  ces: 'cs',
  ron: 'ro',
  vie: 'vi',
  ind: 'id',
  zlm: 'ms',
  tgl: 'tl',
  jpn: 'ja',
  kor: 'ko',
  cmn: 'zh',
  tha: 'th',
  heb: 'he',
  arb: 'ar',
  rus: 'ru',
  ukr: 'uk',
  ell: 'el',
  hin: 'hi',
};

export function parseArgs(argv) {
  const site = argv.find((a) => a.startsWith('--site='))?.slice(7) || undefined;
  const file = argv.find((a) => !a.startsWith('--'));
  // npm runs scripts from the package root; a path given on the command line is relative to where it was typed.
  return {
    site,
    file: file ? path.resolve(process.env.INIT_CWD ?? process.cwd(), file) : path.join(ROOT, DEFAULT_FILE),
  };
}

/** Lines of the file as {line, lang, text, site}; bad ones as {line, error}. */
export function readSet(file) {
  const rows = [];
  const bad = [];
  fs.readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      if (!raw.trim()) return;
      try {
        const row = JSON.parse(raw);
        if (typeof row?.lang !== 'string' || !row.lang || typeof row.text !== 'string' || !row.text.trim()) {
          bad.push({ line: i + 1, error: 'needs a non-empty "lang" and "text"' });
        } else if (row.site !== undefined && typeof row.site !== 'string') {
          bad.push({ line: i + 1, error: '"site" must be a string' });
        } else rows.push({ line: i + 1, lang: row.lang, text: row.text, site: row.site });
      } catch (error) {
        bad.push({ line: i + 1, error: `not JSON (${error.message})` });
      }
    });
  return { rows, bad };
}

const pct = (ok, n) => (n ? `${((100 * ok) / n).toFixed(1)}%` : 'n/a');
const sameChinese = (a, b) => a === b || (a?.startsWith('zh') && b?.startsWith('zh'));
/**
 * The detector's answer is right when it names the labelled language. A plain ISO 639-1 `zh` label names no script,
 * so Traditional Chinese (`zh-TW`) counts as right for it; a `zh-TW` label asks for the script too.
 */
const isRight = (r) => r.got === r.lang || (r.lang === 'zh' && r.got === 'zh-TW');

function tally(rows, correct) {
  const all = { ok: 0, n: 0 };
  const short = { ok: 0, n: 0 };
  for (const r of rows) {
    const ok = correct(r) ? 1 : 0;
    all.ok += ok;
    all.n++;
    if ([...r.text].length < SHORT) {
      short.ok += ok;
      short.n++;
    }
  }
  return { all, short };
}

async function main() {
  const { site, file } = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(file)) {
    console.error(`lang:eval: no such file ${file}`);
    return 2;
  }
  const { rows, bad } = readSet(file);
  const [{ detectLanguage }, { normaliseLanguage }] = await loadTs([
    'core/language.ts',
    'core/translation/agent-language.ts',
  ]);

  for (const r of rows) {
    // Labels as other sets write them: zh-CN / zh-Hans → zh, zh-Hant / zh-HK → zh-TW, pt-BR → pt, fil → tl, iw → he.
    r.lang = normaliseLanguage(r.lang) ?? r.lang;
    r.got = detectLanguage(r.text, { site: r.site ?? site });
    const code = franc(r.text);
    r.franc = FRANC_ISO1[code] ?? code;
  }

  console.log(
    `lang:eval ${path.relative(ROOT, file)}: ${rows.length} messages${site ? `, site ${site}` : ''}`,
  );
  for (const b of bad) console.log(`  line ${b.line}: skipped, ${b.error}`);
  if (rows.length === 0) {
    console.log('accuracy: n/a');
    return 1;
  }

  const ours = tally(rows, isRight);
  const merged = tally(
    rows,
    (r) => isRight(r) || (['ms', 'id'].includes(r.lang) && ['ms', 'id'].includes(r.got)),
  );
  // franc is credited with zh for zh-TW (it has one Chinese class), so its figure is if anything generous.
  const francAlone = tally(
    rows,
    (r) => sameChinese(r.franc, r.lang) && (r.lang.startsWith('zh') || r.franc === r.lang),
  );

  console.log('\n                         overall          under 40 chars');
  const line = (name, t) =>
    console.log(
      `${name.padEnd(24)} ${pct(t.all.ok, t.all.n).padStart(6)} (${t.all.ok}/${t.all.n})`.padEnd(42) +
        `${pct(t.short.ok, t.short.n).padStart(6)} (${t.short.ok}/${t.short.n})`,
    );
  line('detector', ours);
  line('detector, ms+id as one', merged);
  line('franc alone', francAlone);

  const langs = [...new Set(rows.map((r) => r.lang))].sort();
  console.log('\nlanguage     n   detector   <40 chars   franc alone');
  for (const lang of langs) {
    const mine = rows.filter((r) => r.lang === lang);
    const t = tally(mine, isRight);
    const f = tally(mine, (r) => (lang.startsWith('zh') ? sameChinese(r.franc, lang) : r.franc === lang));
    console.log(
      `${lang.padEnd(8)} ${String(mine.length).padStart(5)}   ${pct(t.all.ok, t.all.n).padStart(8)}   ${pct(t.short.ok, t.short.n).padStart(9)}   ${pct(f.all.ok, f.all.n).padStart(11)}`,
    );
  }

  const confusions = new Map();
  for (const r of rows) {
    if (isRight(r)) continue;
    const key = `${r.lang} → ${r.got ?? 'undefined'}`;
    const c = confusions.get(key) ?? { count: 0, examples: [] };
    c.count++;
    if (c.examples.length < 3) c.examples.push(r.text);
    confusions.set(key, c);
  }
  console.log(`\nconfusions (${rows.length - ours.all.ok} wrong)`);
  if (confusions.size === 0) console.log('  none');
  for (const [key, c] of [...confusions].sort((a, b) => b[1].count - a[1].count)) {
    console.log(
      `  ${key.padEnd(18)} ${String(c.count).padStart(3)}  ${c.examples.map((e) => JSON.stringify(e)).join('  ')}`,
    );
  }
  console.log(`\naccuracy: ${pct(ours.all.ok, ours.all.n)}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error('lang:eval could not run:', error);
      process.exit(1);
    },
  );
}
