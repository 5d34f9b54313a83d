// CONTRACT — implemented by the "templates" helper (issue 5).
import type { TemplateDraft, TemplateRecord } from './types';

/** Versioned JSON a seller can keep or move to another browser: `{ format: 'helloworld-templates', version: 1, templates: [...] }`. */
export function exportTemplates(templates: readonly TemplateRecord[]): string {
  void templates;
  throw new Error('exportTemplates: not implemented yet');
}

export interface ParsedImport {
  templates: TemplateDraft[];
  /** One readable line per rejected entry (`#3: body missing`), never a throw. */
  errors: string[];
}

/** Validate an export (ours, or a bare array of templates) without trusting it: sizes capped, unknown keys dropped. */
export function parseTemplateImport(json: string): ParsedImport {
  void json;
  throw new Error('parseTemplateImport: not implemented yet');
}
