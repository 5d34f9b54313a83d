import { storage } from 'wxt/utils/storage';
import type { ProviderHealth } from '../core/translation/queue';

/**
 * The translation queue's last word on each provider ("DeepL: key rejected", cooling down after a 429, host
 * permission missing), for the options page. Session storage: it outlives a service-worker restart but not the
 * browser, and content scripts cannot read it (session storage is limited to trusted contexts by default).
 */
export const providerHealthItem = storage.defineItem<ProviderHealth[]>('session:translationHealth', {
  fallback: [],
});
