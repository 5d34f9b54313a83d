/**
 * Reply templates (issue 5): the data model, the variables a template can use and the shapes the picker, the side
 * panel and away mode share. Framework-free. Implementations: fill.ts (variables), context.ts (values from a
 * thread), rank.ts (fuzzy search and suggestions), default-pack.ts (the zh-CN + en day-one pack), exchange.ts
 * (JSON import/export).
 */
import type { Intent } from '../intent/types';
import type { Platform } from '../model';

export const TEMPLATE_CATEGORIES = [
  'logistics-delay',
  'tracking',
  'return-process',
  'refund',
  'damaged-item',
  'wrong-item',
  'order-change',
  'cancellation',
  'product-guide',
  'invoice',
  'negative-review',
  'off-hours',
  'thanks',
  'other',
] as const;
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];

/**
 * Variables are written `{{name}}` in a body. A variable with no value is never replaced by an empty string: the
 * picker and the side panel highlight it and ask the agent for it; away mode does not send such a text.
 */
export const TEMPLATE_VARIABLES = [
  'buyer_name',
  'order_id',
  'item_title',
  'platform',
  'site',
  'agent_name',
  'store_name',
  'tracking_number',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export type TemplateValues = Partial<Record<TemplateVariable, string>>;

export interface TemplateRecord {
  /** Random id (`tpl_…`); default-pack templates have stable ids (`default:<slug>`) so a restore does not duplicate. */
  id: string;
  name: string;
  category: TemplateCategory;
  /** Body per language (BCP 47 base code as stored on messages: 'en', 'zh', 'de', …). At least one. */
  bodies: Record<string, string>;
  /** Platforms the template is offered on; empty = all. */
  platforms: Platform[];
  /** Shortcut keyword typed after the trigger character in a reply box (`/wismo`); lowercase, no spaces; may be ''. */
  keyword: string;
  /** Intents this template answers (drives suggestions); empty = derived from the category. */
  intents: Intent[];
  /** Came from the default pack (shown with a badge; editing makes it the seller's own copy, same id). */
  builtIn?: boolean;
  usageCount: number;
  lastUsedAt: number;
  createdAt: number;
  updatedAt: number;
}

/** What the editor saves; the background fills ids, counts and times. */
export type TemplateDraft = Omit<
  TemplateRecord,
  'id' | 'usageCount' | 'lastUsedAt' | 'createdAt' | 'updatedAt'
> & {
  id?: string;
};

/** A filled body, as pieces, so a UI can highlight variables and the ones still missing. */
export type FilledPart =
  | { kind: 'text'; text: string }
  | { kind: 'variable'; name: TemplateVariable; value?: string }
  /** `{{something}}` that is not a known variable: kept as written and reported. */
  | { kind: 'unknown'; raw: string };

export interface FilledTemplate {
  /** The text with every known value substituted; missing variables stay as `{{name}}`. */
  text: string;
  parts: FilledPart[];
  /** Variables used by the body with no value (each once, in order of appearance). */
  missing: TemplateVariable[];
  unknown: string[];
}

/** A template chosen for a thread: which body was used and whether it must be translated into the buyer's language. */
export interface TemplateChoice {
  template: TemplateRecord;
  /** The language of the body used. */
  language: string;
  body: string;
  /** True when no body exists in the buyer's language, so the filled text goes through translateReply. */
  needsTranslation: boolean;
}

export interface RankedTemplate {
  template: TemplateRecord;
  score: number;
  /** Why it ranks: keyword hit, name hit, suggested for the intent… (for tests and tooltips). */
  reasons: string[];
}
