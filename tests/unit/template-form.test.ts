import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../components/i18n';
import {
  CATEGORY_LABELS,
  INTENT_LABELS,
  languageTag,
  VARIABLE_LABELS,
} from '../../components/templates/labels';
import { policyFlags } from '../../components/templates/policy-flags';
import { sampleValues } from '../../components/templates/sample-values';
import {
  blankDraft,
  cleanDraft,
  draftOf,
  duplicateDraft,
  exportFileName,
  isDirty,
  keywordError,
  normalizeKeyword,
  normalizePlatforms,
  validateForm,
} from '../../components/templates/template-form';
import { INTENTS } from '../../core/intent/types';
import type { TemplateRecord } from '../../core/templates/types';
import { TEMPLATE_CATEGORIES, TEMPLATE_VARIABLES } from '../../core/templates/types';
import { DEFAULT_REPLY_SETTINGS } from '../../storage/reply-settings';

function record(overrides: Partial<TemplateRecord> = {}): TemplateRecord {
  return {
    id: 'tpl_1',
    name: 'Where is my order',
    category: 'tracking',
    bodies: { en: 'Hi {{buyer_name}}, your parcel is on its way.', zh: '您好，包裹已发出。' },
    platforms: [],
    keyword: 'wismo',
    intents: ['where-is-order'],
    usageCount: 3,
    lastUsedAt: 1,
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}

describe('Template editor form', () => {
  it('takes a keyword as typed: trigger character dropped, capitals lowered', () => {
    expect(normalizeKeyword('/WISMO', '/')).toBe('wismo');
    expect(normalizeKeyword('//Track-2', '/')).toBe('track-2');
    expect(normalizeKeyword('#return', '#')).toBe('return');
    expect(normalizeKeyword('Wo ist', '/')).toBe('wo ist');
  });

  it.each([
    ['wismo', undefined],
    ['track-2', undefined],
    ['', undefined],
    ['where is', { kind: 'invalid' }],
    ['wo_hin', { kind: 'invalid' }],
    ['物流', { kind: 'invalid' }],
    ['a'.repeat(33), { kind: 'too-long' }],
  ])('checks the keyword %j', (keyword, expected) => {
    expect(keywordError(keyword, undefined, [])).toEqual(expected);
  });

  it('refuses a keyword another template has, naming that template, but not the template’s own', () => {
    const library = [record(), record({ id: 'tpl_2', name: 'Refund', keyword: 'refund' })];

    expect(keywordError('refund', 'tpl_1', library)).toEqual({ kind: 'taken', name: 'Refund' });
    expect(keywordError('wismo', 'tpl_1', library)).toBeUndefined();
    expect(keywordError('wismo', undefined, library)).toEqual({ kind: 'taken', name: 'Where is my order' });
  });

  it('needs a name and one body with text', () => {
    const draft = blankDraft('de');

    expect(validateForm(draft, [])).toEqual({ name: 'required', bodies: 'required' });
    expect(validateForm({ ...draft, name: 'Danke', bodies: { de: 'Vielen Dank!', en: '' } }, [])).toEqual({});
  });

  it('saves without empty language tabs, with trimmed name and "all" for every platform ticked', () => {
    const clean = cleanDraft({
      ...blankDraft('zh'),
      name: '  Danke  ',
      bodies: { zh: '   ', de: 'Vielen Dank!\n\n' },
      platforms: ['shopee', 'amazon', 'ebay'],
      intents: ['thanks-positive', 'thanks-positive'],
    });

    expect(clean.name).toBe('Danke');
    expect(clean.bodies).toEqual({ de: 'Vielen Dank!' });
    expect(clean.platforms).toEqual([]);
    expect(clean.intents).toEqual(['thanks-positive']);
    expect(normalizePlatforms(['shopee', 'amazon'])).toEqual(['amazon', 'shopee']);
  });

  it('counts as unsaved only what would be saved differently', () => {
    const saved = draftOf(record());

    expect(isDirty({ ...saved, bodies: { ...saved.bodies, de: '' } }, saved)).toBe(false);
    expect(isDirty({ ...saved, intents: [...saved.intents] }, saved)).toBe(false);
    expect(isDirty({ ...saved, keyword: 'wismo2' }, saved)).toBe(true);
    expect(isDirty({ ...saved, bodies: { ...saved.bodies, en: 'Hi!' } }, saved)).toBe(true);
    expect(isDirty({ ...saved, platforms: ['ebay'] }, saved)).toBe(true);
  });

  it('duplicates as a new template without id, keyword or built-in mark', () => {
    const copy = duplicateDraft(draftOf(record({ builtIn: true })), 'Where is my order (copy)');

    expect(copy).toEqual({
      name: 'Where is my order (copy)',
      category: 'tracking',
      bodies: record().bodies,
      platforms: [],
      keyword: '',
      intents: ['where-is-order'],
    });
  });

  it('names the export file after the local date', () => {
    expect(exportFileName(new Date(2026, 0, 5, 23, 59))).toBe('helloworld-templates-2026-01-05.json');
  });
});

describe('Template labels and preview values', () => {
  it('label every category, intent and variable in both UI languages', () => {
    for (const dictionary of Object.values(DICTIONARIES)) {
      for (const c of TEMPLATE_CATEGORIES) expect(dictionary[CATEGORY_LABELS[c]], c).toBeTruthy();
      for (const i of INTENTS) expect(dictionary[INTENT_LABELS[i]], i).toBeTruthy();
      for (const v of TEMPLATE_VARIABLES) expect(dictionary[VARIABLE_LABELS[v]], v).toBeTruthy();
    }
  });

  it('tag languages compactly', () => {
    expect(['zh', 'en', 'de', 'zh-TW'].map(languageTag).join(' ')).toBe('中 EN DE 繁');
  });

  it('fill sample values, leaving agent and store names to the reply settings', () => {
    const unset = sampleValues('ebay', 'de', DEFAULT_REPLY_SETTINGS);
    const set = sampleValues('ebay', 'de', {
      ...DEFAULT_REPLY_SETTINGS,
      agentName: 'Lena',
      storeNames: { ebay: 'Muster Shop' },
    });

    expect(unset).toMatchObject({ buyer_name: 'Anna Schmidt', platform: 'eBay', site: 'ebay.com' });
    expect(unset.agent_name).toBeUndefined();
    expect(unset.store_name).toBeUndefined();
    expect(set).toMatchObject({ agent_name: 'Lena', store_name: 'Muster Shop' });
  });
});

describe('Template policy flags', () => {
  it('check every body on every platform in scope, and flag the languages with findings', () => {
    const flags = policyFlags(
      {
        en: 'Thanks! Please leave us a 5-star review at www.example-shop.com',
        de: 'Vielen Dank für Ihre Bestellung.',
        zh: '   ',
      },
      ['amazon', 'ebay'],
    );

    expect([...flags.languages]).toEqual(['en']);
    expect(flags.byLanguage.de).toEqual([]);
    expect(flags.byLanguage.zh).toBeUndefined();
    const en = flags.byLanguage.en!;
    expect(en.map((p) => p.platform)).toEqual(['amazon', 'ebay']);
    expect(en[0]!.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['link', 'review-request']));
    // eBay does not forbid asking for feedback; both forbid the link.
    expect(en[1]!.findings.map((f) => f.rule)).toContain('link');
    expect(en[1]!.findings.map((f) => f.rule)).not.toContain('review-request');
  });
});
