import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTENTS, SENTIMENTS } from '../../core/intent';
import { parseArgs, parseLines, summarise } from '../eval/intent-eval.mjs';

const labels = { intents: INTENTS, sentiments: SENTIMENTS };
const good = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    lang: 'en',
    text: 'where is my order',
    intent: 'where-is-order',
    sentiment: 'neutral',
    urgent: false,
    ...over,
  });

describe('intent:eval parsing', () => {
  it('reads good lines and reports each bad one by its line number, skipping blank lines', () => {
    const text = [
      good(),
      '',
      '{not json',
      good({ intent: 'where-is-my-order' }),
      good({ sentiment: 'angry' }),
      good({ urgent: 'yes' }),
      good({ text: '   ' }),
      good({ lang: '' }),
      '[1,2]',
      'null',
      good({ site: 5 }),
      good({
        lang: 'de',
        text: 'Paket kaputt',
        intent: 'damaged-defective',
        sentiment: 'negative',
        urgent: true,
      }),
    ].join('\r\n');

    const { rows, bad } = parseLines(text, 'set.jsonl', labels);

    expect(rows.map((r: { line: number }) => r.line)).toEqual([1, 12]);
    expect(rows[1]).toMatchObject({
      file: 'set.jsonl',
      lang: 'de',
      intent: 'damaged-defective',
      urgent: true,
    });
    expect(bad.map((b: { line: number }) => b.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const error = (line: number) => bad.find((b: { line: number }) => b.line === line)?.error;
    expect(error(3)).toMatch(/not JSON/);
    expect(error(4)).toMatch(/"intent" must be one of/);
    expect(error(5)).toMatch(/"sentiment" must be one of/);
    expect(error(6)).toMatch(/"urgent" must be true or false/);
    expect(error(7)).toMatch(/"text"/);
    expect(error(8)).toMatch(/"lang"/);
    expect(error(9)).toMatch(/not a JSON object/);
    expect(error(10)).toMatch(/not a JSON object/);
    expect(error(11)).toMatch(/"site"/);
    for (const b of bad) expect(b.file).toBe('set.jsonl');
  });

  it('takes several files and the --lang-hint flag', () => {
    const args = parseArgs(['a.jsonl', '--lang-hint', 'b.jsonl']);
    expect(args.langHint).toBe(true);
    expect(args.files.map((f: string) => path.basename(f))).toEqual(['a.jsonl', 'b.jsonl']);
  });

  it('computes urgent precision and recall', () => {
    const row = (urgent: boolean, got: boolean) => ({
      intent: 'other',
      sentiment: 'neutral',
      urgent,
      got: { intent: 'other', sentiment: 'neutral', urgent: got },
    });
    const s = summarise([row(true, true), row(true, false), row(false, true), row(false, false)]);
    expect(s).toMatchObject({ n: 4, urgentOk: 2, urgentPrecision: 0.5, urgentRecall: 0.5 });
  });
});

describe('intent:eval end to end', () => {
  it('prints the figures and ends with the intent accuracy line, reporting bad lines', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'intent-eval-'));
    const file = path.join(dir, 'set.jsonl');
    fs.writeFileSync(
      file,
      [
        good(),
        good({ lang: 'zh', text: '我要退款', intent: 'return-refund' }),
        '{broken',
        good({ text: 'hello', intent: 'where-is-order' }),
      ].join('\n'),
    );
    const out = execFileSync(process.execPath, ['tests/eval/intent-eval.mjs', file], {
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: process.cwd() },
    });
    fs.rmSync(dir, { recursive: true, force: true });

    expect(out).toMatch(/line 3: skipped, not JSON/);
    expect(out).toMatch(/urgent precision/);
    expect(out).toMatch(/where-is-order → other/);
    expect(out.trim().split('\n').at(-1)).toBe('intent accuracy: 66.7%');
  }, 60_000);
});
