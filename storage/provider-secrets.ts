import { storage } from 'wxt/utils/storage';
import type { ProviderSecrets } from '../core/translation/types';

/**
 * API keys: local storage only (never `sync:`), never logged, read only by the background and the options page.
 * Kept out of storage/translation-settings.ts, which content scripts import, so no content-script bundle carries
 * this item (tests/unit/provider-secrets-imports.test.ts checks the import graph).
 */
export const providerSecretsItem = storage.defineItem<ProviderSecrets>('local:providerSecrets', {
  fallback: {},
  version: 1,
});
