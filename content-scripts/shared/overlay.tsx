import { useSyncExternalStore } from 'react';
import { translator, type UiLanguage } from '../../components/i18n';
import { sendMessage } from '../../core/protocol';
import type { OverlayStore } from './overlay-store';

/**
 * The discreet indicator we draw on portal pages (in a shadow root, sized in px so the portal's root font size
 * cannot leak in). It says what was captured, warns when the layout is not recognised, and opens the side panel.
 */
export function Overlay({
  store,
  language,
  corner = 'bottom-right',
}: {
  store: OverlayStore;
  language: UiLanguage;
  corner?: 'bottom-right' | 'bottom-left';
}) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  const t = translator(language);
  if (state.page === 'other') return null;
  const unrecognised = state.page === 'unrecognised';
  const label = unrecognised
    ? t('overlayUnrecognised')
    : state.messagesRead === 1
      ? t('overlayCapturedOne')
      : state.messagesRead > 0
        ? t('overlayCaptured', { count: state.messagesRead })
        : state.page === 'inbox'
          ? t('overlayInbox')
          : t('overlayWatching');
  const title = unrecognised
    ? `${t('adapterUnrecognised')}${t('adapterMissing')} ${state.missing.join(', ')}`
    : state.lastError
      ? t('overlayRejected', { error: state.lastError })
      : label;
  return (
    <div
      className={corner === 'bottom-left' ? 'hw-root hw-corner-left' : 'hw-root'}
      data-hw-state={unrecognised ? 'unrecognised' : 'ok'}
      title={title}
    >
      <span className={`hw-dot ${unrecognised || state.lastError ? 'hw-dot-warn' : 'hw-dot-ok'}`} />
      <span className="hw-brand">HW</span>
      <span className="hw-label" data-testid="hw-overlay-label">
        {label}
        {state.pending > 0 ? ` · ${t('adapterPending', { count: state.pending })}` : ''}
      </span>
      <button
        type="button"
        className="hw-open"
        data-testid="hw-open-sidepanel"
        onClick={() => void sendMessage('openSidePanel').catch(() => undefined)}
      >
        {t('openInbox')}
      </button>
    </div>
  );
}
