import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
/** Every content script entry (`entrypoints/<name>.content/index.ts`), so a new portal is checked too. */
const CONTENT_ENTRIES = readdirSync(join(ROOT, 'entrypoints'))
  .filter((name) => name.endsWith('.content'))
  .map((name) => join(ROOT, 'entrypoints', name, 'index.ts'));
const SECRETS = join(ROOT, 'storage/provider-secrets.ts');

/** Relative imports of one source file, resolved to files (TypeScript extensions and index files). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]/g)].map(
    (m) => m[1] as string,
  );
  return specifiers.flatMap((spec) => {
    const base = resolve(dirname(file), spec);
    const found = [base, ...['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext)].find(
      (candidate) => existsSync(candidate) && /\.tsx?$/.test(candidate),
    );
    return found ? [found] : [];
  });
}

function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...importsOf(file));
  }
  return seen;
}

describe('API keys', () => {
  it('has content scripts to check', () => {
    expect(CONTENT_ENTRIES.length).toBeGreaterThanOrEqual(3);
  });

  it.each(CONTENT_ENTRIES.map((entry) => [relative(ROOT, entry), entry]))(
    'are out of reach of the content script %s',
    (_name, entry) => {
      const graph = importGraph(entry);

      expect(graph.size).toBeGreaterThan(10);
      expect(graph.has(SECRETS)).toBe(false);
    },
  );
});
