import { chooseBody } from '../../core/templates/context';
import { fillTemplate, variablesIn } from '../../core/templates/fill';
import type { TemplateRecord, TemplateValues, TemplateVariable } from '../../core/templates/types';

/**
 * A template the agent chose for the side panel's reply draft, framework-free. The draft itself stays the reply
 * translator's (content-scripts/shared/reply-translator*): the template only writes it, and then the usual rules
 * apply, plus two of its own — a known `{{variable}}` left in the text blocks inserting (never sent empty or as a
 * placeholder), and a body that is not in the buyer's language goes through translate-my-reply first.
 */
export interface TemplateSession {
  templateId: string;
  name: string;
  /** How the agent got to it, for templateUsed. */
  via: 'suggestion' | 'side-panel';
  /** The language of the body used. */
  language: string;
  /** No body in the buyer's language: the draft is the agent-language text, the translation is what gets inserted. */
  needsTranslation: boolean;
}

export interface StartedTemplate {
  session: TemplateSession;
  /** The body with every known value filled; missing variables stay as `{{name}}`. */
  draft: string;
}

/** Choose the body for the buyer's language and fill what the thread knows. */
export function startTemplate(
  template: TemplateRecord,
  options: {
    buyerLanguage: string | undefined;
    agentLanguage: string;
    values: TemplateValues;
    via: TemplateSession['via'];
  },
): StartedTemplate {
  const choice = chooseBody(template, options.buyerLanguage, options.agentLanguage);
  return {
    session: {
      templateId: template.id,
      name: template.name,
      via: options.via,
      language: choice.language,
      needsTranslation: choice.needsTranslation,
    },
    draft: fillTemplate(choice.body, options.values).text,
  };
}

/** Known variables still written as `{{name}}` in a text: while there are any, it is not inserted. */
export function missingVariables(text: string): TemplateVariable[] {
  return text.includes('{{') ? variablesIn(text) : [];
}

/**
 * The text with one variable filled everywhere it appears. A blank value changes nothing: a variable is never
 * replaced by nothing.
 */
export function fillVariable(text: string, name: TemplateVariable, value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') return text;
  // fillTemplate keeps every other placeholder as written, so only this one changes.
  return fillTemplate(text, { [name]: trimmed }).text;
}

/** What templateUsed reports for an insert made while a template was active. */
export function templateUse(
  session: TemplateSession,
  threadId: string,
  insert: { translated: boolean; language: string | undefined },
) {
  return {
    templateId: session.templateId,
    threadId,
    via: session.via,
    language: (insert.translated ? insert.language : undefined) ?? session.language,
    translated: insert.translated,
  };
}

/**
 * Sessions per thread for as long as the side panel is open, like the reply drafts: switching threads and back keeps
 * the template the draft came from.
 */
const sessions = new Map<string, TemplateSession>();
const MAX_SESSIONS = 50;

export function sessionFor(threadId: string): TemplateSession | undefined {
  return sessions.get(threadId);
}

export function keepSession(threadId: string, session: TemplateSession | undefined): void {
  sessions.delete(threadId);
  if (!session) return;
  sessions.set(threadId, session);
  if (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
}
