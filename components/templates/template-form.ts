/**
 * The editor's draft of a template, framework-free: a blank or copied draft, what "unsaved" means, the checks the
 * editor shows before anything is sent, and the cleaned draft that goes to the background's saveTemplate.
 */
import type { Platform } from '../../core/model';
import { PLATFORMS } from '../../core/model';
import type { TemplateDraft, TemplateRecord } from '../../core/templates/types';

export const KEYWORD_MAX = 32;
export const NAME_MAX = 120;
const KEYWORD_PATTERN = /^[a-z0-9-]+$/;

export type KeywordError = { kind: 'invalid' } | { kind: 'too-long' } | { kind: 'taken'; name: string };

export interface FormErrors {
  name?: 'required';
  keyword?: KeywordError;
  bodies?: 'required';
}

export function blankDraft(language: string): TemplateDraft {
  return { name: '', category: 'other', bodies: { [language]: '' }, platforms: [], keyword: '', intents: [] };
}

/** The editable part of a stored template (counts and times stay with the background). */
export function draftOf(record: TemplateRecord): TemplateDraft {
  return {
    id: record.id,
    name: record.name,
    category: record.category,
    bodies: { ...record.bodies },
    platforms: [...record.platforms],
    keyword: record.keyword,
    intents: [...record.intents],
    ...(record.builtIn ? { builtIn: true } : {}),
  };
}

/** A new, unsaved template with the same content; without the keyword, which must stay unique. */
export function duplicateDraft(source: TemplateDraft, name: string): TemplateDraft {
  return {
    name,
    category: source.category,
    bodies: { ...source.bodies },
    platforms: [...source.platforms],
    keyword: '',
    intents: [...source.intents],
  };
}

/**
 * What a person types as a keyword: the trigger character in front is dropped, capitals are lowered. Spaces stay,
 * so the agent sees why "wo ist" is refused instead of watching it turn into "woist".
 */
export function normalizeKeyword(input: string, triggerChar: string): string {
  let keyword = input.toLowerCase();
  while (triggerChar && keyword.startsWith(triggerChar)) keyword = keyword.slice(triggerChar.length);
  return keyword;
}

export function keywordError(
  keyword: string,
  id: string | undefined,
  templates: readonly TemplateRecord[],
): KeywordError | undefined {
  if (keyword === '') return undefined;
  if (keyword.length > KEYWORD_MAX) return { kind: 'too-long' };
  if (!KEYWORD_PATTERN.test(keyword)) return { kind: 'invalid' };
  // Unique across the whole library, not per platform: an agent remembers one keyword for one answer.
  const clash = templates.find((t) => t.id !== id && t.keyword.toLowerCase() === keyword);
  return clash ? { kind: 'taken', name: clash.name } : undefined;
}

export function validateForm(draft: TemplateDraft, templates: readonly TemplateRecord[]): FormErrors {
  const errors: FormErrors = {};
  if (draft.name.trim() === '') errors.name = 'required';
  const keyword = keywordError(draft.keyword, draft.id, templates);
  if (keyword) errors.keyword = keyword;
  if (!Object.values(draft.bodies).some((body) => body.trim() !== '')) errors.bodies = 'required';
  return errors;
}

export const hasErrors = (errors: FormErrors) => Object.keys(errors).length > 0;

/** Every platform ticked means the same as "all", which also covers a platform added later. */
export function normalizePlatforms(platforms: readonly Platform[]): Platform[] {
  const chosen = PLATFORMS.filter((p) => platforms.includes(p));
  return chosen.length === PLATFORMS.length ? [] : chosen;
}

/** What is saved: trimmed name, empty language tabs dropped, platforms in a stable order. */
export function cleanDraft(draft: TemplateDraft): TemplateDraft {
  const bodies: Record<string, string> = {};
  for (const [language, body] of Object.entries(draft.bodies)) {
    if (body.trim() !== '') bodies[language] = body.replace(/\s+$/, '');
  }
  return {
    ...draft,
    name: draft.name.trim().slice(0, NAME_MAX),
    bodies,
    platforms: normalizePlatforms(draft.platforms),
    keyword: draft.keyword.trim(),
    intents: [...new Set(draft.intents)],
  };
}

/** Unsaved = what would be saved differs (an empty tab added and left empty is no change). */
export function isDirty(draft: TemplateDraft, saved: TemplateDraft): boolean {
  const a = cleanDraft(draft);
  const b = cleanDraft(saved);
  return (
    a.name !== b.name ||
    a.category !== b.category ||
    a.keyword !== b.keyword ||
    !sameList(a.platforms, b.platforms) ||
    !sameList([...a.intents].sort(), [...b.intents].sort()) ||
    !sameBodies(a.bodies, b.bodies)
  );
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function sameBodies(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => b[k] === a[k]);
}

/** `helloworld-templates-2026-11-23.json`, in the agent's local date. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `helloworld-templates-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
