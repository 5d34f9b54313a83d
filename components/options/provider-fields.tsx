import { useId } from 'react';
import type { ProviderSettings } from '../../core/translation/types';
import { useI18n } from '../i18n-context';
import { Field, inputClass } from './controls';
import { OPENAI_PRESETS, presetForBaseUrl } from './openai-presets';
import type { FieldErrors } from './options-draft';
import { isLocalBaseUrl } from './options-draft';
import { SecretInput } from './secret-input';
import { deeplPlanForKey } from './secret-mask';

export interface ProviderFieldsProps {
  provider: ProviderSettings;
  savedKey: string | undefined;
  keyEdit: string | null | undefined;
  errors: FieldErrors;
  onChange: (provider: ProviderSettings) => void;
  onKeyEdit: (edit: string | null | undefined) => void;
}

/** The settings of a keyed provider: DeepL key and plan, OpenAI-compatible endpoint, Baidu app id and secret. */
export function ProviderFields(props: ProviderFieldsProps) {
  switch (props.provider.id) {
    case 'deepl':
      return <DeeplFields {...props} />;
    case 'openai':
      return <OpenAiFields {...props} />;
    case 'baidu':
      return <BaiduFields {...props} />;
    default:
      return null;
  }
}

function DeeplFields({ provider, savedKey, keyEdit, errors, onChange, onKeyEdit }: ProviderFieldsProps) {
  const { t } = useI18n();
  const planId = useId();
  const plan = provider.deeplPlan ?? 'free';
  const key = typeof keyEdit === 'string' ? keyEdit : keyEdit === undefined ? savedKey : undefined;
  const keyPlan = key?.trim() ? deeplPlanForKey(key) : undefined;
  return (
    <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_200px]">
      <SecretInput
        label={t('optDeeplKey')}
        saved={savedKey}
        edit={keyEdit}
        testId="deepl-key"
        error={errors['deepl.apiKey'] && t(errors['deepl.apiKey'])}
        onEdit={(edit) => {
          onKeyEdit(edit);
          // The plan follows the key as it is typed (":fx" = Free); the user can still change it afterwards.
          if (typeof edit === 'string' && edit.trim())
            onChange({ ...provider, deeplPlan: deeplPlanForKey(edit) });
        }}
      />
      <Field
        label={t('optDeeplPlan')}
        htmlFor={planId}
        hint={
          keyPlan && keyPlan !== plan ? (
            <span className="text-amber-700">
              {t('optDeeplPlanMismatch', { plan: keyPlan === 'free' ? t('optDeeplFree') : t('optDeeplPro') })}
            </span>
          ) : (
            t('optDeeplPlanHint')
          )
        }
      >
        <select
          id={planId}
          data-testid="deepl-plan"
          value={plan}
          onChange={(e) => onChange({ ...provider, deeplPlan: e.target.value as 'free' | 'pro' })}
          className={inputClass()}
        >
          <option value="free">{t('optDeeplFree')}</option>
          <option value="pro">{t('optDeeplPro')}</option>
        </select>
      </Field>
    </div>
  );
}

function OpenAiFields({ provider, savedKey, keyEdit, errors, onChange, onKeyEdit }: ProviderFieldsProps) {
  const { t } = useI18n();
  const presetId = useId();
  const urlId = useId();
  const modelId = useId();
  const preset = presetForBaseUrl(provider.baseUrl);
  const local = isLocalBaseUrl(provider.baseUrl);
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field label={t('optPreset')} htmlFor={presetId}>
        <select
          id={presetId}
          data-testid="openai-preset"
          value={preset?.id ?? 'custom'}
          onChange={(e) => {
            const next = OPENAI_PRESETS.find((p) => p.id === e.target.value);
            // "Other" keeps what is there, so switching to it never erases a typed address.
            if (next) onChange({ ...provider, baseUrl: next.baseUrl, model: next.model });
          }}
          className={inputClass()}
        >
          {OPENAI_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          <option value="custom">{t('optPresetCustom')}</option>
        </select>
      </Field>
      <Field
        label={t('optModel')}
        htmlFor={modelId}
        error={errors['openai.model'] && t(errors['openai.model'])}
      >
        <input
          id={modelId}
          data-testid="openai-model"
          value={provider.model ?? ''}
          onChange={(e) => onChange({ ...provider, model: e.target.value })}
          spellCheck={false}
          className={`${inputClass(Boolean(errors['openai.model']))} font-mono`}
        />
      </Field>
      <div className="sm:col-span-2">
        <Field
          label={t('optBaseUrl')}
          htmlFor={urlId}
          error={errors['openai.baseUrl'] && t(errors['openai.baseUrl'])}
        >
          <input
            id={urlId}
            data-testid="openai-base-url"
            type="url"
            value={provider.baseUrl ?? ''}
            onChange={(e) => onChange({ ...provider, baseUrl: e.target.value })}
            placeholder="https://api.example.com/v1"
            spellCheck={false}
            className={`${inputClass(Boolean(errors['openai.baseUrl']))} font-mono`}
          />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <SecretInput
          label={t('optApiKey')}
          saved={savedKey}
          edit={keyEdit}
          onEdit={onKeyEdit}
          testId="openai-key"
          hint={local ? t('optApiKeyLocal') : undefined}
          error={errors['openai.apiKey'] && t(errors['openai.apiKey'])}
        />
      </div>
    </div>
  );
}

function BaiduFields({ provider, savedKey, keyEdit, errors, onChange, onKeyEdit }: ProviderFieldsProps) {
  const { t } = useI18n();
  const appId = useId();
  return (
    <div className="grid gap-3 sm:grid-cols-[200px_minmax(0,1fr)]">
      <Field
        label={t('optBaiduAppId')}
        htmlFor={appId}
        error={errors['baidu.appId'] && t(errors['baidu.appId'])}
      >
        <input
          id={appId}
          data-testid="baidu-app-id"
          inputMode="numeric"
          value={provider.appId ?? ''}
          onChange={(e) => onChange({ ...provider, appId: e.target.value })}
          spellCheck={false}
          className={`${inputClass(Boolean(errors['baidu.appId']))} font-mono`}
        />
      </Field>
      <SecretInput
        label={t('optBaiduSecret')}
        saved={savedKey}
        edit={keyEdit}
        onEdit={onKeyEdit}
        testId="baidu-key"
        error={errors['baidu.apiKey'] && t(errors['baidu.apiKey'])}
      />
    </div>
  );
}
