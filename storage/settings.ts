import { storage } from 'wxt/utils/storage';

/** Small per-user preferences. Conversations live in the database, never here. */
export interface Settings {
  /** UI language of the extension pages; 'auto' follows the browser. */
  uiLanguage: 'auto' | 'zh-CN' | 'en';
  /** Hours a buyer may wait before a thread counts as overdue (Amazon expects replies within 24 h). */
  slaHours: number;
  /** Show the floating indicator on portal pages. */
  showOverlay: boolean;
}

export const DEFAULT_SETTINGS: Settings = { uiLanguage: 'auto', slaHours: 24, showOverlay: true };

/** Versioned: bump `version` and add a migration when the shape changes. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});
