// CONTRACT — implemented by the "templates" helper (issue 5).

import type { ReplySettings } from '../../storage/reply-settings';
import type { ItemRef, Platform } from '../model';
import type { TemplateChoice, TemplateRecord, TemplateValues } from './types';

/** What a thread offers to fill variables: a stored ThreadRecord plus its messages, or a portal snapshot. */
export interface TemplateThreadInput {
  platform: Platform;
  site: string;
  shop?: string;
  buyerName: string;
  orderIds: string[];
  items: ItemRef[];
  /** Texts of the thread's messages (any direction), oldest first: tracking numbers are found in them. */
  texts: string[];
}

/**
 * Values for every variable the thread can give: buyer name, the latest order id, the first item title, platform
 * and site in display form (`Amazon`, `amazon.de`), agent and store name from the reply settings (store name by
 * `platform:site:shop`, then `platform:site`, then `platform`, then the shop name the portal shows), and the last
 * tracking number found in the messages. Absent when unknown — never ''.
 */
export function valuesForThread(input: TemplateThreadInput, settings: ReplySettings): TemplateValues {
  void input;
  void settings;
  throw new Error('valuesForThread: not implemented yet');
}

/**
 * The body to use for a buyer language: the exact language, then its base (`zh-TW` → `zh`), else the agent's
 * language, else English, else the first body — with needsTranslation when the chosen body is not the buyer's
 * language (and a buyer language is known).
 */
export function chooseBody(
  template: TemplateRecord,
  buyerLanguage: string | undefined,
  agentLanguage: string,
): TemplateChoice {
  void template;
  void buyerLanguage;
  void agentLanguage;
  throw new Error('chooseBody: not implemented yet');
}
