import type { TemplateDraft, TemplateRecord } from './types';
import { TEMPLATE_LIMITS, type TemplateIssue, validateTemplateDraft } from './validate';

export const EXPORT_FORMAT = 'helloworld-templates';
export const EXPORT_VERSION = 1;

/**
 * Versioned JSON a seller can keep or move to another browser: `{ format: 'helloworld-templates', version: 1,
 * templates: [...] }`. Only what a template is (not how often it was used here) travels; ids go along so a file
 * imported again updates the same templates instead of duplicating them.
 */
export function exportTemplates(templates: readonly TemplateRecord[]): string {
  return JSON.stringify(
    {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      templates: templates.map((t) => ({
        id: t.id,
        name: t.name,
        category: t.category,
        keyword: t.keyword,
        platforms: t.platforms,
        intents: t.intents,
        bodies: t.bodies,
        ...(t.builtIn ? { builtIn: true } : {}),
      })),
    },
    null,
    2,
  );
}

/** Why a file, or one entry of it (`entry`, counted from 1, with its name when it has one), was not read. */
export type ImportIssue =
  | {
      code:
        | 'file-empty'
        | 'file-too-large'
        | 'file-not-json'
        | 'file-not-ours'
        | 'file-newer'
        | 'file-no-list'
        | 'file-truncated';
      params?: Record<string, string | number>;
      entry?: undefined;
    }
  | ((TemplateIssue | { code: 'duplicate-id'; params: { first: number } }) & {
      entry: number;
      name?: string;
    });

export interface ParsedImport {
  templates: TemplateDraft[];
  /** One readable English line per rejected entry (`#3: body missing`), never a throw. */
  errors: string[];
  /** The same problems as codes, in the same order, for the side panel to show in the seller's language. */
  issues: ImportIssue[];
}

function entryName(entry: unknown): string | undefined {
  const name =
    entry && typeof entry === 'object' && typeof (entry as { name?: unknown }).name === 'string'
      ? (entry as { name: string }).name.trim().slice(0, 40)
      : '';
  return name || undefined;
}

function entryLabel(index: number, entry: unknown): string {
  const name = entryName(entry);
  return name ? `#${index + 1} (${name})` : `#${index + 1}`;
}

/** Validate an export (ours, or a bare array of templates) without trusting it: sizes capped, unknown keys dropped. */
export function parseTemplateImport(json: string): ParsedImport {
  const fail = (
    error: string,
    code: Extract<ImportIssue, { entry?: undefined }>['code'],
    params?: Record<string, number>,
  ): ParsedImport => ({ templates: [], errors: [error], issues: [params ? { code, params } : { code }] });
  if (typeof json !== 'string') return fail('The file is empty.', 'file-empty');
  if (json.length > TEMPLATE_LIMITS.fileChars)
    return fail('The file is too large to be a template export.', 'file-too-large');
  if (!json.trim()) return fail('The file is empty.', 'file-empty');
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    return fail('The file is not valid JSON.', 'file-not-json');
  }

  let entries: unknown[];
  if (Array.isArray(data)) entries = data;
  else if (data && typeof data === 'object') {
    const file = data as { format?: unknown; version?: unknown; templates?: unknown };
    if (file.format !== undefined && file.format !== EXPORT_FORMAT)
      return fail('The file is not a HelloWorld template export.', 'file-not-ours');
    if (typeof file.version === 'number' && file.version > EXPORT_VERSION)
      return fail(
        `The file was made by a newer version (format ${file.version}); update the extension first.`,
        'file-newer',
        { version: file.version },
      );
    if (!Array.isArray(file.templates)) return fail('The file holds no list of templates.', 'file-no-list');
    entries = file.templates;
  } else return fail('The file holds no list of templates.', 'file-no-list');

  const errors: string[] = [];
  const issues: ImportIssue[] = [];
  if (entries.length > TEMPLATE_LIMITS.templates) {
    errors.push(
      `Only the first ${TEMPLATE_LIMITS.templates.toLocaleString('en')} of ${entries.length.toLocaleString('en')} templates were read.`,
    );
    issues.push({
      code: 'file-truncated',
      params: { read: TEMPLATE_LIMITS.templates, total: entries.length },
    });
    entries = entries.slice(0, TEMPLATE_LIMITS.templates);
  }
  const templates: TemplateDraft[] = [];
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const name = entryName(entry);
    const at = { entry: index + 1, ...(name ? { name } : {}) };
    const check = validateTemplateDraft(entry);
    if (!check.ok) {
      errors.push(`${entryLabel(index, entry)}: ${check.error}`);
      issues.push({ ...check.issue, ...at });
      return;
    }
    const { id } = check.draft;
    if (id !== undefined) {
      const first = seen.get(id);
      if (first !== undefined) {
        errors.push(`${entryLabel(index, entry)}: same id as #${first + 1}, skipped`);
        issues.push({ code: 'duplicate-id', params: { first: first + 1 }, ...at });
        return;
      }
      seen.set(id, index);
    }
    templates.push(check.draft);
  });
  return { templates, errors, issues };
}
