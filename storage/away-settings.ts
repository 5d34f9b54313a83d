import { storage } from 'wxt/utils/storage';
import { type AwaySettings, DEFAULT_AWAY_SETTINGS, normaliseAwaySettings } from '../core/away/settings';

export type { AwaySettings } from '../core/away/settings';
export { DEFAULT_AWAY_SETTINGS } from '../core/away/settings';

/**
 * Away mode (issue 5): off by default. Local extension storage, no secrets. The background reads it on every
 * ingest (a service worker restart loses nothing); the options page writes it.
 */
export const awaySettingsItem = storage.defineItem<AwaySettings>('local:away', {
  fallback: DEFAULT_AWAY_SETTINGS,
  version: 1,
});

/** The stored settings with any missing field filled and the window clamped. */
export async function loadAwaySettings(): Promise<AwaySettings> {
  return normaliseAwaySettings(await awaySettingsItem.getValue());
}
