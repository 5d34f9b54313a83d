import {
  type FilledPart,
  type FilledTemplate,
  TEMPLATE_VARIABLES,
  type TemplateValues,
  type TemplateVariable,
} from './types';

/**
 * `{{ name }}` as sellers type it: spaces inside the braces, any case, and words joined by a space or a dash
 * (`{{Buyer Name}}`, `{{order-id}}`) all name the same variable. Nested braces and line breaks end a match, so a
 * stray `{{` in a sentence is left alone.
 */
const PLACEHOLDER = /\{\{\s*([^{}\n]{1,40}?)\s*\}\}/g;

const KNOWN = new Set<string>(TEMPLATE_VARIABLES);

/** The variable a placeholder's inner text names, if it is one we know. */
function variableOf(inner: string): TemplateVariable | undefined {
  const name = inner
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return KNOWN.has(name) ? (name as TemplateVariable) : undefined;
}

/** A value counts only when it has something to show: '' or spaces would send a reply with a hole in it. */
function usable(value: string | undefined): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * Substitute `{{variable}}` (spaces and case tolerated) with values; missing ones stay and are reported.
 *
 * One pass over the body: a value is plain text and is never read for placeholders again, so an item title that
 * happens to contain `{{order_id}}` is inserted as written. A missing variable is written back in its canonical
 * form `{{name}}` so the picker, the side panel and away mode recognise it whatever spelling the seller used.
 */
export function fillTemplate(body: string, values: TemplateValues): FilledTemplate {
  const parts: FilledPart[] = [];
  const missing: TemplateVariable[] = [];
  const unknown: string[] = [];
  let text = '';
  let at = 0;
  const pushText = (chunk: string) => {
    if (!chunk) return;
    text += chunk;
    const last = parts[parts.length - 1];
    if (last?.kind === 'text') last.text += chunk;
    else parts.push({ kind: 'text', text: chunk });
  };

  for (const m of body.matchAll(PLACEHOLDER)) {
    pushText(body.slice(at, m.index));
    at = m.index + m[0].length;
    const name = variableOf(m[1]!);
    if (!name) {
      if (!unknown.includes(m[0])) unknown.push(m[0]);
      parts.push({ kind: 'unknown', raw: m[0] });
      text += m[0];
      continue;
    }
    const value = usable(values[name]);
    if (value === undefined) {
      if (!missing.includes(name)) missing.push(name);
      parts.push({ kind: 'variable', name });
      text += `{{${name}}}`;
    } else {
      parts.push({ kind: 'variable', name, value });
      text += value;
    }
  }
  pushText(body.slice(at));
  return { text, parts, missing, unknown };
}

/** The known variables a body uses, each once, in order. */
export function variablesIn(body: string): TemplateVariable[] {
  const out: TemplateVariable[] = [];
  for (const m of body.matchAll(PLACEHOLDER)) {
    const name = variableOf(m[1]!);
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}
