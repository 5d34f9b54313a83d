import {
  languageName,
  providerLabel,
  type ReplyTranslatorState,
  replyErrorKey,
  targetChoices,
} from '../content-scripts/shared/reply-translator';
import type { Translate, UiLanguage } from './i18n';

/**
 * What the two faces of translate-my-reply share: the side panel's (components/reply-translation.tsx, Tailwind) and
 * the portal overlay's (content-scripts/shared/reply-translator-panel.tsx, its own CSS in a shadow root, no i18n
 * context). Each passes its own classes and test ids; the words and the structure are here once.
 */

interface Words {
  t: Translate;
  language: UiLanguage;
}

/** The buyer-language choices: a prompt while no language is known, then the offered languages by name. */
export function TargetLanguageOptions({ target, t, language }: Words & { target: string | undefined }) {
  return (
    <>
      {!target && <option value="">{t('replyTrPickTarget')}</option>}
      {targetChoices(target).map((code) => (
        <option key={code} value={code}>
          {`${languageName(code, language)} (${code})`}
        </option>
      ))}
    </>
  );
}

/** Why translating failed, in the agent's words; the provider's own text stays readable in the tooltip. */
export function ReplyTranslatorError({
  error,
  t,
  className,
  testId,
}: {
  error: NonNullable<ReplyTranslatorState['error']>;
  t: Translate;
  className: string;
  testId: string;
}) {
  return (
    <p
      className={className}
      role="alert"
      data-testid={testId}
      data-kind={error.kind}
      title={t('replyTrErrDetail', { error: error.message })}
    >
      {t(replyErrorKey(error.kind))}
    </p>
  );
}

/** The Translate button's words for the current phase. */
export function translateButtonText(state: ReplyTranslatorState, t: Translate): string {
  return state.phase === 'translating' ? t('replyTrTranslating') : t('replyTrTranslate');
}

/** The translation's label, its back-translation (read-only, as text) and the provider that made it. */
export function BackTranslation({
  state,
  agentLanguage,
  t,
  language,
  classes,
  testIds,
}: Words & {
  state: ReplyTranslatorState;
  agentLanguage: string | undefined;
  classes: { label: string; back: string };
  testIds: { back: string };
}) {
  return (
    <>
      <p className={classes.label}>
        {t('replyTrBackLabel', { language: languageName(agentLanguage, language) })}
      </p>
      <p className={classes.back} data-testid={testIds.back} lang={agentLanguage}>
        {state.back}
      </p>
    </>
  );
}

/** "Translation (German)": the label of the editable translation. */
export function translationLabel(state: ReplyTranslatorState, { t, language }: Words): string {
  return t('replyTrTranslationLabel', { language: languageName(state.translatedFrom?.target, language) });
}

/** "Translated by DeepL". */
export function providerText(state: ReplyTranslatorState, t: Translate): string {
  return t('replyTrProvider', { provider: providerLabel(state.provider) });
}
