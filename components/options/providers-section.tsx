import type { ProviderId, ProviderSecrets, ProviderSettings } from '../../core/translation/types';
import { useI18n } from '../i18n-context';
import { Notice, Section } from './controls';
import type { FieldErrors, OptionsDraft } from './options-draft';
import { ProviderCard } from './provider-card';
import { useProviderHealth } from './provider-health';
import { moveItem } from './provider-order';
import type { TestOutcome } from './test-connection';

export interface ProvidersSectionProps {
  providers: ProviderSettings[];
  agentLanguage: string;
  secrets: ProviderSecrets;
  keyEdits: OptionsDraft['keyEdits'];
  errors: FieldErrors;
  missingOrigins: (id: ProviderId) => string[];
  onProviders: (providers: ProviderSettings[]) => void;
  onKeyEdit: (id: ProviderId, edit: string | null | undefined) => void;
  onTest: (id: ProviderId) => Promise<TestOutcome | null> | null;
  onGrant: (id: ProviderId) => void;
  /** Whether the host-permission state is known (the warnings it adds are in place). */
  permissionsChecked: boolean;
}

/** The ordered provider chain: first enabled and configured provider translates, the rest are fallbacks. */
export function ProvidersSection(props: ProvidersSectionProps) {
  const { t } = useI18n();
  const { providers, onProviders } = props;
  const health = useProviderHealth();

  const move = (index: number, delta: -1 | 1) => {
    const id = providers[index]?.id;
    onProviders(moveItem(providers, index, delta));
    // Keep the keyboard where it was: on the same arrow of the moved card, or the other one at the ends.
    requestAnimationFrame(() => {
      const same = document.querySelector<HTMLButtonElement>(
        `[data-testid="${delta < 0 ? 'move-up' : 'move-down'}-${id}"]`,
      );
      const other = document.querySelector<HTMLButtonElement>(
        `[data-testid="${delta < 0 ? 'move-down' : 'move-up'}-${id}"]`,
      );
      (same && !same.disabled ? same : other)?.focus();
    });
  };

  return (
    <Section
      title={t('optProvidersTitle')}
      hint={t('optProvidersHint')}
      testId="section-providers"
      data={{ 'data-permissions-checked': String(props.permissionsChecked) }}
    >
      {!providers.some((p) => p.enabled) && (
        <div className="mb-3">
          <Notice tone="warn" testId="no-provider">
            {t('optNoProviderEnabled')}
          </Notice>
        </div>
      )}
      <ol className="space-y-2" data-testid="provider-list">
        {providers.map((provider, index) => (
          <ProviderCard
            key={provider.id}
            provider={provider}
            position={index + 1}
            count={providers.length}
            agentLanguage={props.agentLanguage}
            savedKey={props.secrets[provider.id]?.apiKey}
            keyEdit={props.keyEdits[provider.id]}
            errors={props.errors}
            missingOrigins={props.missingOrigins(provider.id)}
            health={health}
            onChange={(next) => onProviders(providers.map((p) => (p.id === next.id ? next : p)))}
            onKeyEdit={(edit) => props.onKeyEdit(provider.id, edit)}
            onMove={(delta) => move(index, delta)}
            onTest={() => props.onTest(provider.id)}
            onGrant={() => props.onGrant(provider.id)}
          />
        ))}
      </ol>
    </Section>
  );
}
