import { useEffect, useState } from 'react';
import { resolveAgentLanguage } from '../core/translation/agent-language';
import {
  type TranslationSettings,
  threadTranslationOffItem,
  translationSettingsItem,
} from '../storage/translation-settings';

/**
 * Translation preferences, live (a change on the options page shows at once), for the side panel and the overlay.
 * No secrets: keys are in another item, never read here. Null until the first read.
 */
export function useTranslationSettings(): TranslationSettings | null {
  return useStorageItem(translationSettingsItem);
}

/** The agent's language code (`zh`, `en`…): the setting, else the browser's UI language. */
export function useAgentLanguage(): string | undefined {
  const settings = useTranslationSettings();
  return settings ? resolveAgentLanguage(settings.agentLanguage, navigator.language) : undefined;
}

/** Threads where the agent switched translation off, live. */
export function useThreadTranslationOff(): Record<string, true> | null {
  return useStorageItem(threadTranslationOffItem);
}

/** Switch a thread's translation off (or back on) for every page that shows it. */
export async function setThreadTranslationOff(threadId: string, off: boolean): Promise<void> {
  const current = { ...(await threadTranslationOffItem.getValue()) };
  if (off) current[threadId] = true;
  else delete current[threadId];
  await threadTranslationOffItem.setValue(current);
}

interface WatchableItem<T> {
  getValue(): Promise<T>;
  watch(callback: (value: T) => void): () => void;
}

function useStorageItem<T>(item: WatchableItem<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let active = true;
    // Also runs in the portal's overlay: a reloaded extension rejects the read, and nothing may reach the portal as
    // an unhandled rejection.
    void item
      .getValue()
      .then((v) => {
        if (active) setValue(v);
      })
      .catch(() => undefined);
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      active = false;
      unwatch();
    };
  }, [item]);
  return value;
}
