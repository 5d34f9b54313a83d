// CONTRACT — implemented by the "templates" helper (issue 5).
import type { FilledTemplate, TemplateValues, TemplateVariable } from './types';

/** Substitute `{{variable}}` (spaces and case tolerated) with values; missing ones stay and are reported. */
export function fillTemplate(body: string, values: TemplateValues): FilledTemplate {
  void body;
  void values;
  throw new Error('fillTemplate: not implemented yet');
}

/** The known variables a body uses, each once, in order. */
export function variablesIn(body: string): TemplateVariable[] {
  void body;
  throw new Error('variablesIn: not implemented yet');
}
