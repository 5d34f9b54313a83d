import type { ProviderHealth } from '../../core/translation/queue';
import type { ProviderSettings } from '../../core/translation/types';
import { useI18n } from '../i18n-context';
import { Button, Notice, Switch } from './controls';
import { OnDevicePanel } from './on-device-panel';
import type { FieldErrors } from './options-draft';
import { PROVIDER_DESCRIPTION, PROVIDER_KIND, PROVIDER_NAME } from './provider-error-text';
import { ProviderFields } from './provider-fields';
import { ProviderHealthLine } from './provider-health';
import { KEYED_PROVIDERS } from './provider-origins';
import { TestConnection, type TestOutcome } from './test-connection';

export interface ProviderCardProps {
  provider: ProviderSettings;
  position: number;
  count: number;
  agentLanguage: string;
  savedKey: string | undefined;
  keyEdit: string | null | undefined;
  errors: FieldErrors;
  /** The background's last word on each provider. */
  health: ProviderHealth[];
  /** Origins this provider needs that Chrome has not granted (saved settings). */
  missingOrigins: string[];
  onChange: (provider: ProviderSettings) => void;
  onKeyEdit: (edit: string | null | undefined) => void;
  onMove: (delta: -1 | 1) => void;
  onTest: () => Promise<TestOutcome | null> | null;
  onGrant: () => void;
}

const KIND_TONE = {
  optKindOnDevice: 'bg-sky-50 text-sky-700 ring-sky-200',
  optKindFreeWeb: 'bg-slate-100 text-slate-600 ring-slate-200',
  optKindOwnKey: 'bg-violet-50 text-violet-700 ring-violet-200',
} as const;

/** One provider of the chain: its place, on/off, what it is, its settings, a connection test and permission state. */
export function ProviderCard(props: ProviderCardProps) {
  const { provider, position, count, onMove } = props;
  const { t } = useI18n();
  const name = t(PROVIDER_NAME[provider.id]);
  const kind = PROVIDER_KIND[provider.id];
  return (
    <li
      data-testid={`provider-${provider.id}`}
      data-enabled={provider.enabled}
      className={`rounded-lg border px-3.5 py-3 transition-colors ${
        provider.enabled ? 'border-slate-200 bg-white' : 'border-slate-200 border-dashed bg-slate-50/60'
      }`}
    >
      <div className="flex items-start gap-3">
        <span
          className={`mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full text-[11px] font-semibold tabular-nums ${
            provider.enabled ? 'bg-teal-700 text-white' : 'bg-slate-200 text-slate-500'
          }`}
          title={t('optPosition', { n: position })}
        >
          {position}
        </span>
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <h3
              className={`text-[13px] font-semibold ${provider.enabled ? 'text-slate-900' : 'text-slate-500'}`}
            >
              {name}
            </h3>
            <span
              className={`rounded px-1.5 text-[10.5px] leading-[18px] font-medium ring-1 ring-inset ${KIND_TONE[kind]}`}
            >
              {t(kind)}
            </span>
          </div>
          <p className="mt-0.5 text-[12px] leading-relaxed text-slate-500">
            {t(PROVIDER_DESCRIPTION[provider.id])}
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-1">
          <Button
            tone="quiet"
            testId={`move-up-${provider.id}`}
            ariaLabel={t('optMoveUp', { name })}
            title={t('optMoveUp', { name })}
            disabled={position === 1}
            onClick={() => onMove(-1)}
          >
            <span aria-hidden="true">↑</span>
          </Button>
          <Button
            tone="quiet"
            testId={`move-down-${provider.id}`}
            ariaLabel={t('optMoveDown', { name })}
            title={t('optMoveDown', { name })}
            disabled={position === count}
            onClick={() => onMove(1)}
          >
            <span aria-hidden="true">↓</span>
          </Button>
          <div className="ml-2">
            <Switch
              checked={provider.enabled}
              onChange={(enabled) => props.onChange({ ...provider, enabled })}
              label={t('optUseProvider', { name })}
              testId={`enable-${provider.id}`}
            />
          </div>
        </div>
      </div>
      {provider.enabled && <ProviderBody {...props} />}
    </li>
  );
}

function ProviderBody({
  provider,
  agentLanguage,
  savedKey,
  keyEdit,
  errors,
  missingOrigins,
  onChange,
  onKeyEdit,
  onTest,
  onGrant,
  health,
}: ProviderCardProps) {
  const { t } = useI18n();
  return (
    <div className="mt-3 space-y-3 pl-9">
      {provider.id === 'chrome' && <OnDevicePanel agentLanguage={agentLanguage} />}
      {KEYED_PROVIDERS.has(provider.id) && (
        <ProviderFields
          provider={provider}
          savedKey={savedKey}
          keyEdit={keyEdit}
          errors={errors}
          onChange={onChange}
          onKeyEdit={onKeyEdit}
        />
      )}
      {missingOrigins.length > 0 && (
        <Notice tone="warn" testId={`permission-${provider.id}`}>
          <span className="min-w-0 flex-1">
            {t('optPermissionMissing', {
              origins: missingOrigins.map((o) => o.replace(/\/\*$/, '')).join(', '),
            })}
          </span>
          <Button tone="secondary" testId={`grant-${provider.id}`} onClick={onGrant}>
            {t('optGrantAccess')}
          </Button>
        </Notice>
      )}
      <TestConnection providerId={provider.id} run={onTest} />
      <ProviderHealthLine id={provider.id} health={health} />
    </div>
  );
}
