import { useSyncExternalStore } from 'react';
import type { Translate } from '../../components/i18n';
import {
  setThreadTranslationOff,
  useThreadTranslationOff,
  useTranslationSettings,
} from '../../components/use-translation-settings';
import type { OverlayStore } from './overlay-store';
import './inline-translation-toggle.css';

/**
 * The overlay pill's per-thread switch for the translations under buyer messages: one "译" glyph, filled when on and
 * struck through when off (the pill is crowded, so the state is in its look, its title and aria-pressed). It writes
 * `threadTranslationOffItem`; the inline translation watches that item and hides or restores its nodes at once
 * (restored from its cache, without asking again). Hidden when no thread is open or the options page switched
 * inline translation off everywhere.
 */
export function InlineTranslationToggle({ store, t }: { store: OverlayStore; t: Translate }) {
  const threadId = useSyncExternalStore(store.subscribe, () => store.get().threadId);
  const settings = useTranslationSettings();
  const offThreads = useThreadTranslationOff();

  if (!threadId || !settings || settings.inlineTranslation === false) return null;
  const off = offThreads?.[threadId] === true;
  return (
    <button
      type="button"
      className={off ? 'hw-translate-toggle hw-translate-off' : 'hw-translate-toggle'}
      data-testid="hw-inline-toggle"
      aria-pressed={!off}
      title={off ? t('inlineToggleTitleOff') : t('inlineToggleTitleOn')}
      onClick={() => void setThreadTranslationOff(threadId, !off).catch(() => undefined)}
    >
      {t('inlineToggleLabel')}
    </button>
  );
}
