import { useEffect, useState } from 'react';
import type { ProviderHealth } from '../../core/translation/queue';
import type { ProviderId } from '../../core/translation/types';
import { providerHealthItem } from '../../storage/provider-health';
import { formatAbsoluteTime, type UiLanguage } from '../i18n';
import { useI18n } from '../i18n-context';
import { ERROR_TEXT } from './provider-error-text';

/** The background queue's last word per provider (session storage), live. */
export function useProviderHealth(): ProviderHealth[] {
  const [health, setHealth] = useState<ProviderHealth[]>([]);
  useEffect(() => {
    let active = true;
    void providerHealthItem.getValue().then((value) => {
      if (active) setHealth(value);
    });
    const unwatch = providerHealthItem.watch((value) => setHealth(value ?? []));
    return () => {
      active = false;
      unwatch();
    };
  }, []);
  return health;
}

function clockTime(at: number, language: UiLanguage): string {
  const today = new Date(at).toDateString() === new Date().toDateString();
  return today
    ? new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(at)
    : formatAbsoluteTime(at, language);
}

/** One line under a provider: whether real translations through it worked lately, and why not. */
export function ProviderHealthLine({ id, health }: { id: ProviderId; health: ProviderHealth[] }) {
  const { t, language } = useI18n();
  const entry = health.find((h) => h.id === id);
  if (!entry) return null;
  const time = clockTime(entry.at, language);
  if (entry.cooldownUntil && entry.cooldownUntil > Date.now()) {
    return (
      <p data-testid={`health-${id}`} className="text-[11.5px] text-amber-700">
        {t('optHealthCooldown', { time: clockTime(entry.cooldownUntil, language) })}
      </p>
    );
  }
  if (entry.state === 'ok') {
    return (
      <p data-testid={`health-${id}`} className="text-[11.5px] text-slate-400">
        {t('optHealthOk', { time })}
      </p>
    );
  }
  const reason = entry.kind && ERROR_TEXT[entry.kind] ? t(ERROR_TEXT[entry.kind]) : (entry.error ?? '');
  return (
    <p data-testid={`health-${id}`} className="text-[11.5px] text-red-600" title={entry.error}>
      {t('optHealthFailed', { time, error: reason })}
    </p>
  );
}
