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

/** Zod's first complaint, as a line a seller can read. */
function typed(what: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? `${what} missing` : `${what} must be text`,
  };
}

/** The shape; unknown fields are dropped (zod strips them), the content is checked below. */
const draftShape = z.object({
  id: z.unknown().optional(),
  name: z.string(typed('name')),
  category: z.unknown().optional(),
  bodies: z.record(z.string(), z.unknown(), {
    error: (issue) => (issue.input === undefined ? 'bodies missing' : 'bodies must map languages to texts'),
  }),
  platforms: z.unknown().optional(),
  keyword: z.unknown().optional(),
  intents: z.unknown().optional(),
  builtIn: z.unknown().optional(),
});

export type DraftCheck = { ok: true; draft: TemplateDraft } | { ok: false; error: string };

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
  if (!input || typeof input !== 'object' || Array.isArray(input))
    return { ok: false, error: 'not a template' };
  const parsed = draftShape.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'not a template' };
  const raw = parsed.data;

  const name = cleanText(raw.name).replace(/\s+/g, ' ').trim();
  if (!name) return { ok: false, error: 'name missing' };
  if (name.length > TEMPLATE_LIMITS.name)
    return { ok: false, error: `name too long (${TEMPLATE_LIMITS.name} characters at most)` };

  let id: string | undefined;
  if (raw.id !== undefined && raw.id !== null && raw.id !== '') {
    if (typeof raw.id !== 'string' || raw.id.length > TEMPLATE_LIMITS.id || !ID.test(raw.id))
      return { ok: false, error: 'id must be letters, digits, ":", ".", "_" or "-"' };
    id = raw.id;
  }

  // Bodies: keys are language codes (stored normalised: `zh-CN` → `zh`), values non-empty text.
  const bodies: Record<string, string> = {};
  const entries = Object.entries(raw.bodies);
  // Empty bodies are dropped below, so a few more keys than the cap may still be fine; thousands are not.
  if (entries.length > TEMPLATE_LIMITS.languages * 4)
    return { ok: false, error: `too many languages (${TEMPLATE_LIMITS.languages} at most)` };
  for (const [key, value] of entries) {
    if (!LANGUAGE_KEY.test(key) || key.length > 20)
      return { ok: false, error: `"${key.slice(0, 20)}" is not a language code` };
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return { ok: false, error: `body (${key}) must be text` };
    const body = cleanText(value).trim();
    if (!body) continue;
    if (body.length > TEMPLATE_LIMITS.body)
      return {
        ok: false,
        error: `body (${key}) too long (${TEMPLATE_LIMITS.body.toLocaleString('en')} characters at most)`,
      };
    const lang = normaliseLanguage(key)!;
    if (Object.hasOwn(bodies, lang))
      return { ok: false, error: `two bodies for the same language (${lang})` };
    bodies[lang] = body;
  }
  const languages = Object.keys(bodies).length;
  if (languages === 0) return { ok: false, error: 'body missing' };
  if (languages > TEMPLATE_LIMITS.languages)
    return { ok: false, error: `too many languages (${TEMPLATE_LIMITS.languages} at most)` };

  const category: TemplateCategory =
    typeof raw.category === 'string' && categories.has(raw.category)
      ? (raw.category as TemplateCategory)
      : 'other';

  let scope: Platform[] = [];
  if (raw.platforms !== undefined && raw.platforms !== null) {
    if (!Array.isArray(raw.platforms)) return { ok: false, error: 'platforms must be a list' };
    const named = raw.platforms.filter((p): p is string => typeof p === 'string').map((p) => p.toLowerCase());
    scope = [...new Set(named.filter((p) => platforms.has(p)))] as Platform[];
    // A file made for platforms we do not know must not become a template offered everywhere.
    if (raw.platforms.length > 0 && scope.length === 0)
      return { ok: false, error: 'platforms: none we know' };
  }

  let keyword = '';
  if (raw.keyword !== undefined && raw.keyword !== null) {
    if (typeof raw.keyword !== 'string') return { ok: false, error: 'keyword must be text' };
    keyword = normaliseKeyword(raw.keyword);
    if (keyword.length > TEMPLATE_LIMITS.keyword)
      return { ok: false, error: `keyword too long (${TEMPLATE_LIMITS.keyword} characters at most)` };
    if (!KEYWORD.test(keyword))
      return { ok: false, error: 'keyword may only hold letters, digits, "-" and "_"' };
  }

  const answers: Intent[] = Array.isArray(raw.intents)
    ? ([...new Set(raw.intents.filter((i) => typeof i === 'string' && intents.has(i)))] as Intent[])
    : [];

  const draft: TemplateDraft = { name, category, bodies, platforms: scope, keyword, intents: answers };
  if (id) draft.id = id;
  if (raw.builtIn === true && id?.startsWith('default:')) draft.builtIn = true;
  return { ok: true, draft };
}
