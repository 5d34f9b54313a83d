import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../core/templates/default-pack';
import { exportTemplates, parseTemplateImport } from '../../core/templates/exchange';
import type { TemplateRecord } from '../../core/templates/types';
import { TEMPLATE_LIMITS, validateTemplateDraft } from '../../core/templates/validate';

const own: TemplateRecord = {
  id: 'tpl_abc',
  name: 'Größe / 尺码',
  category: 'product-guide',
  bodies: { en: 'Hi {{buyer_name}}', de: 'Hallo {{buyer_name}}', 'zh-TW': '您好' },
  platforms: ['ebay', 'shopee'],
  keyword: 'size',
  intents: ['product-question'],
  usageCount: 12,
  lastUsedAt: 5,
  createdAt: 1,
  updatedAt: 2,
};

const entry = (overrides: Record<string, unknown> = {}) => ({
  name: 'Name',
  category: 'refund',
  bodies: { en: 'Body' },
  ...overrides,
});
const parse = (templates: unknown) => parseTemplateImport(JSON.stringify(templates));

describe('exportTemplates / parseTemplateImport', () => {
  it('round-trips templates through a versioned, pretty file', () => {
    const json = exportTemplates([own, ...DEFAULT_TEMPLATES]);
    expect(json).toContain('\n  "format": "helloworld-templates"');
    const file = JSON.parse(json);
    expect(file).toMatchObject({ format: 'helloworld-templates', version: 1 });
    expect(file.templates[0]).not.toHaveProperty('usageCount');

    const parsed = parseTemplateImport(json);
    expect(parsed.errors).toEqual([]);
    expect(parsed.templates).toHaveLength(DEFAULT_TEMPLATES.length + 1);
    expect(parsed.templates[0]).toEqual({
      id: 'tpl_abc',
      name: own.name,
      category: own.category,
      bodies: own.bodies,
      platforms: own.platforms,
      keyword: own.keyword,
      intents: own.intents,
    });
    const off = parsed.templates.find((t) => t.id === 'default:off-hours')!;
    expect(off.builtIn).toBe(true);
    expect(off.bodies).toEqual(DEFAULT_TEMPLATES.find((t) => t.id === 'default:off-hours')!.bodies);
  });

  it('reads a bare array and drops unknown fields', () => {
    const parsed = parse([
      entry({ evil: '<script>', usageCount: 1e9, createdAt: 'x', bodies: { en: 'Hi', extra: undefined } }),
    ]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.templates).toEqual([
      { name: 'Name', category: 'refund', bodies: { en: 'Hi' }, platforms: [], keyword: '', intents: [] },
    ]);
  });

  it('never throws on hostile or broken input and says why', () => {
    const cases: [string, string][] = [
      ['', 'empty'],
      ['{', 'not valid JSON'],
      ['null', 'no list'],
      ['42', 'no list'],
      ['"text"', 'no list'],
      ['{"format":"other","templates":[]}', 'not a HelloWorld'],
      ['{"format":"helloworld-templates","version":9,"templates":[]}', 'newer version'],
      ['{"templates":{}}', 'no list'],
    ];
    for (const [json, message] of cases) {
      const parsed = parseTemplateImport(json);
      expect(parsed.templates, json).toEqual([]);
      expect(parsed.errors.join(' '), json).toContain(message);
    }
    expect(parseTemplateImport(undefined as unknown as string).errors).toHaveLength(1);
  });

  it('rejects bad entries one by one with readable lines, keeping the good ones', () => {
    const parsed = parse([
      entry(),
      'just text',
      entry({ name: undefined }),
      entry({ name: 'x'.repeat(121) }),
      entry({ name: 'No body', bodies: { en: '   ' } }),
      entry({ name: 'Bad lang', bodies: { __proto__: 'x', 'en!': 'y' } }),
      entry({ name: 'Long', bodies: { en: 'x'.repeat(5001) } }),
      entry({
        name: 'Langs',
        bodies: Object.fromEntries(
          Array.from({ length: 31 }, (_, i) => [
            `a${String.fromCharCode(97 + (i % 26))}${i >= 26 ? 'x' : ''}`,
            'b',
          ]),
        ),
      }),
      entry({ name: 'Platforms', platforms: ['tiktok'] }),
      entry({ name: 'Keyword', keyword: 'a b<c>' }),
      entry({ name: 'Number body', bodies: { en: 5 } }),
      entry({ name: 'Id', id: 'has space' }),
    ]);
    expect(parsed.templates.map((t) => t.name)).toEqual(['Name']);
    expect(parsed.errors).toEqual([
      '#2: not a template',
      '#3: name missing',
      `#4 (${'x'.repeat(40)}): name too long (120 characters at most)`,
      '#5 (No body): body missing',
      '#6 (Bad lang): "en!" is not a language code',
      '#7 (Long): body (en) too long (5,000 characters at most)',
      '#8 (Langs): too many languages (30 at most)',
      '#9 (Platforms): platforms: none we know',
      '#10 (Keyword): keyword may only hold letters, digits, "-" and "_"',
      '#11 (Number body): body (en) must be text',
      '#12 (Id): id must be letters, digits, ":", ".", "_" or "-"',
    ]);
  });

  it('normalises what it keeps: language codes, keyword, category, platforms, intents, line ends', () => {
    const parsed = parse([
      entry({
        name: '  Two   spaces ',
        category: 'unknown-category',
        bodies: { 'zh-CN': '你好\r\n再见', EN_gb: 'Hi\u0007' },
        keyword: ' /Where Is ',
        platforms: ['eBay', 'tiktok', 'ebay'],
        intents: ['invoice', 'nonsense', 'invoice'],
        builtIn: true,
      }),
    ]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.templates[0]).toEqual({
      name: 'Two spaces',
      category: 'other',
      bodies: { zh: '你好\n再见', en: 'Hi' },
      keyword: 'where-is',
      platforms: ['ebay'],
      intents: ['invoice'],
    });
  });

  it('caps the number of templates and skips repeated ids', () => {
    const many = Array.from({ length: TEMPLATE_LIMITS.templates + 5 }, (_, i) => entry({ name: `T${i}` }));
    const parsed = parse(many);
    expect(parsed.templates).toHaveLength(TEMPLATE_LIMITS.templates);
    expect(parsed.errors).toEqual(['Only the first 1,000 of 1,005 templates were read.']);

    const twice = parse([entry({ id: 'tpl_1', name: 'A' }), entry({ id: 'tpl_1', name: 'B' })]);
    expect(twice.templates.map((t) => t.name)).toEqual(['A']);
    expect(twice.errors).toEqual(['#2 (B): same id as #1, skipped']);
  });

  it('refuses a file far larger than any export', () => {
    const parsed = parseTemplateImport(' '.repeat(TEMPLATE_LIMITS.fileChars + 1));
    expect(parsed.errors[0]).toContain('too large');
  });
});

describe('validateTemplateDraft', () => {
  it('marks builtIn only on default ids', () => {
    const a = validateTemplateDraft(entry({ id: 'tpl_x', builtIn: true }));
    const b = validateTemplateDraft(entry({ id: 'default:thanks', builtIn: true }));
    expect(a.ok && a.draft.builtIn).toBeFalsy();
    expect(b.ok && b.draft.builtIn).toBe(true);
  });

  it('refuses non-objects and arrays', () => {
    for (const value of [null, undefined, 1, 'x', [entry()]])
      expect(validateTemplateDraft(value).ok).toBe(false);
  });
});
