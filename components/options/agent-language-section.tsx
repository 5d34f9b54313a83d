import { useId } from 'react';
import { resolveAgentLanguage } from '../../core/translation/agent-language';
import { useI18n } from '../i18n-context';
import { LANGUAGES, languageName } from './agent-languages';
import { Field, inputClass, Section, Switch } from './controls';

/** The agent's language (target of buyer messages, source of replies) and the global inline-translation switch. */
export function AgentLanguageSection({
  agentLanguage,
  inlineTranslation,
  onAgentLanguage,
  onInlineTranslation,
}: {
  agentLanguage: string;
  inlineTranslation: boolean;
  onAgentLanguage: (value: string) => void;
  onInlineTranslation: (value: boolean) => void;
}) {
  const { t } = useI18n();
  const selectId = useId();
  const browserLanguage = languageName(resolveAgentLanguage('auto', navigator.language));
  return (
    <Section title={t('optAgentTitle')} testId="section-language">
      <div className="grid gap-4 sm:grid-cols-[260px_minmax(0,1fr)] sm:items-start">
        <Field label={t('optAgentTitle')} htmlFor={selectId} hint={t('optAgentHint')}>
          <select
            id={selectId}
            data-testid="agent-language"
            value={agentLanguage}
            onChange={(e) => onAgentLanguage(e.target.value)}
            className={inputClass()}
          >
            <option value="auto">{t('optAgentAuto', { language: browserLanguage })}</option>
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </Field>
        <div className="flex items-start gap-3 rounded-lg bg-slate-50 px-3 py-2.5 sm:mt-5">
          <div className="min-w-0 flex-1">
            <p className="text-[12.5px] font-medium text-slate-800">{t('optInlineTitle')}</p>
            <p className="mt-0.5 text-[11.5px] leading-snug text-slate-500">{t('optInlineHint')}</p>
          </div>
          <Switch
            checked={inlineTranslation}
            onChange={onInlineTranslation}
            label={t('optInlineTitle')}
            testId="inline-translation"
          />
        </div>
      </div>
    </Section>
  );
}
