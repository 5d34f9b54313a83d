import { useEffect, useState, useSyncExternalStore } from 'react';
import { translator, type UiLanguage } from '../../components/i18n';
import { useAgentLanguage } from '../../components/use-translation-settings';
import { sendMessage } from '../../core/protocol';
import type { PlatformAdapter } from '../adapter-contract';
import { InlineTranslationToggle } from './inline-translation-toggle';
import type { OverlayStore } from './overlay-store';
import { matchesReplyShortcut, shortcutLabel } from './reply-translator';
import type { ReplyDrafts } from './reply-translator-hook';
import { ReplyTranslatorPanel } from './reply-translator-panel';
import { PICKER_SHORTCUT, pickerShortcutLabel } from './template-picker';
import { TemplatePickerPanel } from './template-picker-panel';
import type { TemplatePicker } from './template-picker-store';

/**
 * The discreet indicator we draw on portal pages (in a shadow root, sized in px so the portal's root font size
 * cannot leak in). It says what was captured, warns when the layout is not recognised, opens the side panel, and
 * opens the reply translator (button, or Alt+Shift+R anywhere on the page) and the template picker (button,
 * Alt+Shift+Q, or a `/keyword` typed in the reply box: template-picker-trigger.ts) while a thread is open. One of
 * the two panels at a time: both sit next to the reply box.
 */
export function Overlay({
  store,
  language,
  adapter,
  drafts,
  picker,
  trigger,
}: {
  store: OverlayStore;
  language: UiLanguage;
  adapter: PlatformAdapter;
  drafts: ReplyDrafts;
  picker: TemplatePicker;
  trigger: () => string;
}) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  const t = translator(language);
  const corner = adapter.overlayCorner ?? 'bottom-right';
  const agentLanguage = useAgentLanguage();
  const [replyOpen, setReplyOpen] = useState(false);
  useReplyShortcut(store, setReplyOpen);
  const pickerOpen = useSyncExternalStore(picker.subscribe, () => picker.get().state.open);
  // One panel next to the reply box at a time: the one opened last.
  useEffect(() => {
    if (pickerOpen) setReplyOpen(false);
  }, [pickerOpen]);
  useEffect(() => {
    if (replyOpen) picker.close();
  }, [replyOpen, picker]);
  const pickerPanel = pickerOpen && (
    <TemplatePickerPanel
      key={state.threadId}
      picker={picker}
      adapter={adapter}
      language={language}
      agentLanguage={agentLanguage}
      corner={corner}
      trigger={trigger()}
    />
  );
  // A page with a reply box and no thread to capture (eBay's contact pages and item-page dialog, Amazon's Contact
  // Buyer) shows no pill, but a `/keyword` typed in its reply box still opens the picker.
  if (state.page === 'other') return pickerPanel || null;
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
  const shortcut = shortcutLabel(navigator.platform);
  // With a thread open the pill carries two more controls; it stays short so it covers as little of the portal as
  // possible (the eBay and Shopee lists run down to the corner it sits in: with four worded controls the pill covered
  // the middle of eBay's last visible conversation card). The full wording is in the titles and accessible names.
  const compact = Boolean(state.threadId) && !unrecognised && state.messagesRead > 1;
  return (
    <>
      <div
        className={corner === 'bottom-left' ? 'hw-root hw-corner-left' : 'hw-root'}
        data-hw-state={unrecognised ? 'unrecognised' : 'ok'}
        title={title}
      >
        <span className={`hw-dot ${unrecognised || state.lastError ? 'hw-dot-warn' : 'hw-dot-ok'}`} />
        <span className="hw-brand">HW</span>
        <span className="hw-label" data-testid="hw-overlay-label">
          {compact ? t('overlayCapturedShort', { count: state.messagesRead }) : label}
          {state.pending > 0 ? ` · ${t('adapterPending', { count: state.pending })}` : ''}
        </span>
        <InlineTranslationToggle store={store} t={t} />
        <button
          type="button"
          className="hw-open"
          data-testid="hw-open-sidepanel"
          title={t('openInbox')}
          onClick={() => void sendMessage('openSidePanel').catch(() => undefined)}
        >
          {compact ? t('overlayInboxShort') : t('openInbox')}
        </button>
        {state.threadId && (
          <button
            type="button"
            className="hw-open hw-open-secondary"
            data-testid="hw-open-reply-translator"
            title={t('replyTrOpenTitle', { shortcut })}
            aria-keyshortcuts="Alt+Shift+R"
            aria-expanded={replyOpen}
            aria-label={t('replyTrOpen')}
            onClick={() => setReplyOpen((open) => !open)}
          >
            {compact ? <TranslateIcon /> : t('replyTrOpen')}
          </button>
        )}
        {state.threadId && (
          <button
            type="button"
            className="hw-open hw-open-secondary"
            data-testid="hw-open-template-picker"
            title={t('tpOpenTitle', {
              shortcut: pickerShortcutLabel(navigator.platform),
              trigger: trigger(),
            })}
            aria-keyshortcuts={PICKER_SHORTCUT.label}
            aria-expanded={pickerOpen}
            aria-label={t('tpOpen')}
            onClick={() => (pickerOpen ? picker.close() : picker.open({ via: 'picker' }))}
          >
            {compact ? <TemplatesIcon /> : t('tpOpen')}
          </button>
        )}
      </div>
      {replyOpen && state.threadId && (
        <ReplyTranslatorPanel
          key={state.threadId}
          state={state}
          adapter={adapter}
          drafts={drafts}
          language={language}
          agentLanguage={agentLanguage}
          corner={corner}
          onClose={() => setReplyOpen(false)}
          currentThreadId={() => store.current().threadId}
        />
      )}
      {pickerPanel}
    </>
  );
}

/** An icon of the compact pill: one stroked path on a 16-unit grid, named by the button that holds it. */
function PillIcon({ d, strokeWidth }: { d: string; strokeWidth: number }) {
  return (
    <svg className="hw-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <path
        d={d}
        fill="none"
        stroke="currentColor"
        strokeWidth={strokeWidth}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** 文/A: translate my reply. */
const TranslateIcon = () => (
  <PillIcon
    d="M1.5 3h7M5 1.5V3m2 0c-.5 2.6-2.3 4.8-5 6m1.6-3.6c.8 1.5 2 2.6 3.4 3.2M8.5 14.5l3-7 3 7m-5-2h4"
    strokeWidth={1.4}
  />
);

/** A page with lines: reply templates. */
const TemplatesIcon = () => (
  <PillIcon d="M3.5 1.5h6l3 3v10h-9zM9.5 1.5v3h3M5.5 8h5M5.5 10.5h5M5.5 13h3" strokeWidth={1.3} />
);

/**
 * The reply translator's shortcut, on the page's keydown in the capture phase (so it also works while the caret is
 * in the portal's reply box), for that exact combination only and only while a thread is open.
 */
function useReplyShortcut(store: OverlayStore, setOpen: (open: boolean) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesReplyShortcut(event) || !store.get().threadId) return;
      event.preventDefault();
      event.stopPropagation();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [store, setOpen]);
}
