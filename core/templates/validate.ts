import { z } from 'zod';
import { INTENTS, type Intent } from '../intent/types';
import { PLATFORMS, type Platform } from '../model';
import { normaliseLanguage } from '../translation/agent-language';
import { TEMPLATE_CATEGORIES, type TemplateCategory, type TemplateDraft } from './types';

/**
 * What a template may hold. Templates come from the side panel's editor and from import files a seller got from
 * somewhere, and they end up in the portal's reply box, so every one is checked the same way on its way in.
 */
export const TEMPLATE_LIMITS = {
  templates: 1_000,
  name: 120,
  body: 5_000,
  languages: 30,
  keyword: 40,
  id: 100,
  /** An import file, in characters (1,000 templates of a few languages each fit many times over). */
  fileChars: 16_000_000,
} as const;

const LANGUAGE_KEY = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;
const ID = /^[A-Za-z0-9_:.-]+$/;
const KEYWORD = /^[\p{L}\p{N}_-]*$/u;
/** Control characters other than tab and line feed: nothing a reply needs, and some portals choke on them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

const categories = new Set<string>(TEMPLATE_CATEGORIES);
const platforms = new Set<string>(PLATFORMS);
const intents = new Set<string>(INTENTS);

/**
 * Why a template (or an import file) was refused, as a code with its values: the side panel shows it in the
 * seller's language (components/templates/issue-text.ts); `error` keeps the English line for logs and callers
 * that only read text.
 */
export type TemplateIssueCode =
  | 'not-template'
  | 'name-missing'
  | 'name-type'
  | 'name-too-long'
  | 'id-invalid'
  | 'bodies-missing'
  | 'bodies-type'
  | 'too-many-languages'
  | 'language-invalid'
  | 'body-type'
  | 'body-too-long'
  | 'body-duplicate'
  | 'body-missing'
  | 'platforms-type'
  | 'platforms-unknown'
  | 'keyword-type'
  | 'keyword-too-long'
  | 'keyword-invalid';

export interface TemplateIssue {
  code: TemplateIssueCode;
  params?: Record<string, string | number>;
}

const ENGLISH: Record<TemplateIssueCode, (p: Record<string, string | number>) => string> = {
  'not-template': () => 'not a template',
  'name-missing': () => 'name missing',
  'name-type': () => 'name must be text',
  'name-too-long': (p) => `name too long (${p.max} characters at most)`,
  'id-invalid': () => 'id must be letters, digits, ":", ".", "_" or "-"',
  'bodies-missing': () => 'bodies missing',
  'bodies-type': () => 'bodies must map languages to texts',
  'too-many-languages': (p) => `too many languages (${p.max} at most)`,
  'language-invalid': (p) => `"${p.language}" is not a language code`,
  'body-type': (p) => `body (${p.language}) must be text`,
  'body-too-long': (p) =>
    `body (${p.language}) too long (${Number(p.max).toLocaleString('en')} characters at most)`,
  'body-duplicate': (p) => `two bodies for the same language (${p.language})`,
  'body-missing': () => 'body missing',
  'platforms-type': () => 'platforms must be a list',
  'platforms-unknown': () => 'platforms: none we know',
  'keyword-type': () => 'keyword must be text',
  'keyword-too-long': (p) => `keyword too long (${p.max} characters at most)`,
  'keyword-invalid': () => 'keyword may only hold letters, digits, "-" and "_"',
};

/** The English line for an issue (what `error` says). */
export function issueEnglish(issue: TemplateIssue): string {
  return ENGLISH[issue.code](issue.params ?? {});
}

function refuse(code: TemplateIssueCode, params?: Record<string, string | number>): DraftRefused {
  const issue: TemplateIssue = params ? { code, params } : { code };
  return { ok: false, error: issueEnglish(issue), issue };
}

/** Zod's first complaint as an issue code: which of the two required fields is missing or not text. */
function shapeIssue(input: object, issue: { path: PropertyKey[] } | undefined): TemplateIssueCode {
  const field = issue?.path[0];
  const missing = typeof field !== 'string' || (input as Record<string, unknown>)[field] === undefined;
  if (field === 'name') return missing ? 'name-missing' : 'name-type';
  if (field === 'bodies') return missing ? 'bodies-missing' : 'bodies-type';
  return 'not-template';
}

/** The shape; unknown fields are dropped (zod strips them), the content is checked below. */
const draftShape = z.object({
  id: z.unknown().optional(),
  name: z.string(),
  category: z.unknown().optional(),
  bodies: z.record(z.string(), z.unknown()),
  platforms: z.unknown().optional(),
  keyword: z.unknown().optional(),
  intents: z.unknown().optional(),
  builtIn: z.unknown().optional(),
});

export type DraftRefused = { ok: false; error: string; issue: TemplateIssue };
export type DraftCheck = { ok: true; draft: TemplateDraft } | DraftRefused;

function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** `/Where Is` → `where-is`: what a seller types as a keyword, in the stored form. */
export function normaliseKeyword(keyword: string): string {
  return keyword
    .normalize('NFKC')
    .trim()
    .replace(/^[/#]+/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-');
}

/**
 * Check one template from the editor or a file. Never throws; the error names the field and the problem
 * ("name too long (120 characters at most)").
 */
export function validateTemplateDraft(input: unknown): DraftCheck {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return refuse('not-template');
  const parsed = draftShape.safeParse(input);
  if (!parsed.success) return refuse(shapeIssue(input, parsed.error.issues[0]));
  const raw = parsed.data;

  const name = cleanText(raw.name).replace(/\s+/g, ' ').trim();
  if (!name) return refuse('name-missing');
  if (name.length > TEMPLATE_LIMITS.name) return refuse('name-too-long', { max: TEMPLATE_LIMITS.name });

  let id: string | undefined;
  if (raw.id !== undefined && raw.id !== null && raw.id !== '') {
    if (typeof raw.id !== 'string' || raw.id.length > TEMPLATE_LIMITS.id || !ID.test(raw.id))
      return refuse('id-invalid');
    id = raw.id;
  }

  // Bodies: keys are language codes (stored normalised: `zh-CN` → `zh`), values non-empty text.
  const bodies: Record<string, string> = {};
  const entries = Object.entries(raw.bodies);
  // Empty bodies are dropped below, so a few more keys than the cap may still be fine; thousands are not.
  if (entries.length > TEMPLATE_LIMITS.languages * 4)
    return refuse('too-many-languages', { max: TEMPLATE_LIMITS.languages });
  for (const [key, value] of entries) {
    if (!LANGUAGE_KEY.test(key) || key.length > 20)
      return refuse('language-invalid', { language: key.slice(0, 20) });
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return refuse('body-type', { language: key });
    const body = cleanText(value).trim();
    if (!body) continue;
    if (body.length > TEMPLATE_LIMITS.body)
      return refuse('body-too-long', { language: key, max: TEMPLATE_LIMITS.body });
    const lang = normaliseLanguage(key)!;
    if (Object.hasOwn(bodies, lang)) return refuse('body-duplicate', { language: lang });
    bodies[lang] = body;
  }
  const languages = Object.keys(bodies).length;
  if (languages === 0) return refuse('body-missing');
  if (languages > TEMPLATE_LIMITS.languages)
    return refuse('too-many-languages', { max: TEMPLATE_LIMITS.languages });

  const category: TemplateCategory =
    typeof raw.category === 'string' && categories.has(raw.category)
      ? (raw.category as TemplateCategory)
      : 'other';

  let scope: Platform[] = [];
  if (raw.platforms !== undefined && raw.platforms !== null) {
    if (!Array.isArray(raw.platforms)) return refuse('platforms-type');
    const named = raw.platforms.filter((p): p is string => typeof p === 'string').map((p) => p.toLowerCase());
    scope = [...new Set(named.filter((p) => platforms.has(p)))] as Platform[];
    // A file made for platforms we do not know must not become a template offered everywhere.
    if (raw.platforms.length > 0 && scope.length === 0) return refuse('platforms-unknown');
  }

  let keyword = '';
  if (raw.keyword !== undefined && raw.keyword !== null) {
    if (typeof raw.keyword !== 'string') return refuse('keyword-type');
    keyword = normaliseKeyword(raw.keyword);
    if (keyword.length > TEMPLATE_LIMITS.keyword)
      return refuse('keyword-too-long', { max: TEMPLATE_LIMITS.keyword });
    if (!KEYWORD.test(keyword)) return refuse('keyword-invalid');
  }

  const answers: Intent[] = Array.isArray(raw.intents)
    ? ([...new Set(raw.intents.filter((i) => typeof i === 'string' && intents.has(i)))] as Intent[])
    : [];

  const draft: TemplateDraft = { name, category, bodies, platforms: scope, keyword, intents: answers };
  if (id) draft.id = id;
  if (raw.builtIn === true && id?.startsWith('default:')) draft.builtIn = true;
  return { ok: true, draft };
}
