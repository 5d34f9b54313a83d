import { describe, expect, it } from 'vitest';
import { translator } from '../../components/i18n';
import { importIssueText, templateIssueText } from '../../components/templates/issue-text';
import { parseTemplateImport } from '../../core/templates/exchange';
import { validateTemplateDraft } from '../../core/templates/validate';

const zh = translator('zh-CN');
const en = translator('en');

describe('Template refusals in the seller’s language', () => {
  it('gives every refused import entry a code beside its English line, and shows it in Chinese', () => {
    const parsed = parseTemplateImport(
      JSON.stringify({
        format: 'helloworld-templates',
        version: 1,
        templates: [
          { name: 'OK', bodies: { en: 'Hello' } },
          { bodies: { en: 'No name' } },
          { name: 'Long', bodies: { en: 'x'.repeat(5_001) } },
          { id: 'a', name: 'A', bodies: { en: 'A' } },
          { id: 'a', name: 'A again', bodies: { en: 'A' } },
          { name: 'Keyword', bodies: { en: 'K' }, keyword: 'wo ist?' },
        ],
      }),
    );
    expect(parsed.templates).toHaveLength(2);
    expect(parsed.issues.map((i) => i.code)).toEqual([
      'name-missing',
      'body-too-long',
      'duplicate-id',
      'keyword-invalid',
    ]);
    expect(parsed.issues).toHaveLength(parsed.errors.length);
    const texts = parsed.issues.map((issue) => importIssueText(issue, zh));
    expect(texts).toEqual([
      '第 2 条：缺少名称',
      '第 3 条（Long）：en 正文过长（最多 5000 个字符）',
      '第 5 条（A again）：与第 4 条 ID 相同，已跳过',
      '第 6 条（Keyword）：快捷词只能包含字母、数字、“-”和“_”',
    ]);
    for (const text of texts) expect(text).not.toMatch(/\{\w+\}/);
    expect(importIssueText(parsed.issues[0]!, en)).toBe('#2: name missing');
  });

  it('names what is wrong with the whole file', () => {
    expect(importIssueText(parseTemplateImport('{oops').issues[0]!, zh)).toBe('文件不是有效的 JSON。');
    expect(importIssueText(parseTemplateImport('{"format":"other"}').issues[0]!, zh)).toBe(
      '该文件不是 HelloWorld 模板导出文件。',
    );
    expect(
      importIssueText(
        parseTemplateImport('{"format":"helloworld-templates","version":9,"templates":[]}').issues[0]!,
        zh,
      ),
    ).toBe('该文件由更新版本的插件导出（格式 9），请先更新插件。');
  });

  it('tells a missing name from one that is not text, as the English line did', () => {
    const missing = validateTemplateDraft({ bodies: { en: 'x' } });
    const notText = validateTemplateDraft({ name: 5, bodies: { en: 'x' } });
    const noBodies = validateTemplateDraft({ name: 'n' });
    expect(!missing.ok && [missing.issue.code, missing.error]).toEqual(['name-missing', 'name missing']);
    expect(!notText.ok && [notText.issue.code, notText.error]).toEqual(['name-type', 'name must be text']);
    expect(!noBodies.ok && templateIssueText(noBodies.issue, zh)).toBe('缺少正文');
  });
});
