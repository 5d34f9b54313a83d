import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo } from 'react';
import { DEFAULT_SETTINGS, type Settings, settingsItem } from '../storage/settings';
import {
  resolveLanguage,
  type Translate,
  translator,
  type UiLanguage,
  type UiLanguagePreference,
} from './i18n';
import { useSettings } from './use-settings';

interface I18n {
  language: UiLanguage;
  settings: Settings;
  preference: UiLanguagePreference;
  t: Translate;
  setPreference: (preference: UiLanguagePreference) => Promise<void>;
}

const I18nContext = createContext<I18n | null>(null);

/**
 * Settings and the language they select ('auto' follows the browser), live: switching in one page switches every
 * open page.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const loaded = useSettings();
  const settings = loaded ?? DEFAULT_SETTINGS;
  const language = resolveLanguage(settings.uiLanguage, navigator.language);
  const setPreference = useCallback(async (preference: UiLanguagePreference) => {
    const current = await settingsItem.getValue();
    await settingsItem.setValue({ ...current, uiLanguage: preference });
  }, []);
  const value = useMemo<I18n>(
    () => ({ language, settings, preference: settings.uiLanguage, t: translator(language), setPreference }),
    [language, settings, setPreference],
  );

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = translator(language)('extName');
  }, [language]);

  // Render nothing for the few milliseconds before settings are read, rather than flash the wrong language.
  if (!loaded) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() needs an <I18nProvider> above it');
  return i18n;
}
