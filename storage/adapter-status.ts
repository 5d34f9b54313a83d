import { storage } from 'wxt/utils/storage';
import type { AdapterStatus } from '../core/model';

/**
 * What each tab's content script last reported, keyed by tab id. Session storage: it describes open tabs, so it
 * must not outlive the browser session, and extension pages can watch it live.
 */
export const adapterStatusItem = storage.defineItem<Record<string, AdapterStatus>>('session:adapterStatus', {
  fallback: {},
});
