import { useEffect, useState } from 'react';
import { type Settings, settingsItem } from '../storage/settings';

/**
 * The user's settings, kept live: a change made in another page shows at once. Null until the first read, so a
 * page never flashes in the wrong language.
 */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let active = true;
    void settingsItem.getValue().then((value) => {
      if (active) setSettings(value);
    });
    const unwatch = settingsItem.watch((value) => setSettings(value));
    return () => {
      active = false;
      unwatch();
    };
  }, []);
  return settings;
}
