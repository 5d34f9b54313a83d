import type { UiLanguagePreference } from './i18n';
import { useI18n } from './i18n-context';

const OPTIONS: { value: UiLanguagePreference; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'EN' },
];

/** 中文 / EN segmented switch; writes the preference to settings, which every open page watches. */
export function LanguageSwitcher() {
  const { t, language, preference, setPreference } = useI18n();
  return (
    <fieldset
      title={t('languageLabel')}
      data-testid="language-switcher"
      className="m-0 flex shrink-0 rounded-md border-0 bg-slate-100 p-0.5"
    >
      <legend className="sr-only">{t('languageLabel')}</legend>
      {OPTIONS.map((option) => {
        const active = language === option.value;
        return (
          <button
            key={option.value}
            type="button"
            aria-pressed={active}
            data-testid={`language-${option.value}`}
            onClick={() => void setPreference(option.value)}
            className={`rounded px-1.5 py-0.5 text-[11px] font-medium whitespace-nowrap transition-colors ${
              active ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-500 hover:text-slate-800'
            }`}
          >
            {option.label}
          </button>
        );
      })}
      {preference !== 'auto' && (
        <button
          type="button"
          onClick={() => void setPreference('auto')}
          className="rounded px-1.5 py-0.5 text-[11px] whitespace-nowrap text-slate-400 hover:text-slate-700"
          title={t('languageAuto')}
        >
          {t('languageAuto')}
        </button>
      )}
    </fieldset>
  );
}
