import { storage } from 'wxt/utils/storage';

/**
 * Reply preferences (issue 5): what fills the agent and store variables of templates, the trigger character of
 * template keywords in portal reply boxes, and the inbox order. Local extension storage, no secrets (content
 * scripts read it). Away mode has its own item (storage/away-settings.ts).
 */
export interface ReplySettings {
  /** `{{agent_name}}`. */
  agentName: string;
  /**
   * `{{store_name}}` by scope, most specific wins: `platform:site:shop`, `platform:site`, `platform`
   * (e.g. `amazon:amazon.de` → "Muster Shop DE").
   */
  storeNames: Record<string, string>;
  /** Typed right before a template keyword in a portal reply box to open the picker (`/wismo`). */
  triggerChar: string;
  /** Inbox order: urgent threads first (then newest), or simply newest first. */
  urgentFirst: boolean;
}

export const DEFAULT_REPLY_SETTINGS: ReplySettings = {
  agentName: '',
  storeNames: {},
  triggerChar: '/',
  urgentFirst: false,
};

export const replySettingsItem = storage.defineItem<ReplySettings>('local:replies', {
  fallback: DEFAULT_REPLY_SETTINGS,
  version: 1,
});
