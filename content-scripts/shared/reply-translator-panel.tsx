import { type KeyboardEvent, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { translator, type UiLanguage } from '../../components/i18n';
import { insertResultText } from '../../components/insert-result-notice';
import {
  BackTranslation,
  providerText,
  ReplyTranslatorError,
  TargetLanguageOptions,
  translateButtonText,
  translationLabel,
} from '../../components/reply-translator-parts';
import { TRANSLATE_LIMITS } from '../../core/limits';
import type { InsertResult } from '../../core/protocol';
import { sendMessage } from '../../core/protocol';
import type { PlatformAdapter } from '../adapter-contract';
import { insertIntoComposer } from './composer-insert';
import type { OverlayState } from './overlay-store';
import { isTranslateKey, languageName } from './reply-translator';
import { type ReplyDrafts, useReplyTranslator } from './reply-translator-hook';
import { type PanelPlacement, placePanel, viewportBox } from './reply-translator-placement';

interface ReplyTranslatorPanelProps {
  state: OverlayState;
  adapter: PlatformAdapter;
  drafts: ReplyDrafts;
  language: UiLanguage;
  agentLanguage: string | undefined;
  corner: 'bottom-right' | 'bottom-left';
  onClose: () => void;
  /** The overlay store's open thread: an SPA switch while the reply box is revealed must not get this text. */
  currentThreadId?: () => string | undefined;
}

/**
 * Translate-my-reply in the portal: a compact panel in our shadow root, next to the native reply box. The agent
 * writes in their language, checks the translation and its back-translation, may edit the translation, and inserts
 * it into the portal's reply box; the portal's own Send stays theirs. Every text here is React text.
 */
export function ReplyTranslatorPanel({
  state,
  adapter,
  drafts,
  language,
  agentLanguage,
  corner,
  onClose,
  currentThreadId = () => state.threadId,
}: ReplyTranslatorPanelProps) {
  const t = translator(language);
  const threadId = state.threadId;
  const insertText = useCallback(
    async (text: string): Promise<InsertResult> => {
      if (state.page === 'unrecognised') {
        return { ok: false, reason: 'unrecognised', error: 'This portal page layout is not recognised.' };
      }
      const result = await insertIntoComposer(adapter, document, text, () => {
        // Another thread read since is a switch; a pane we cannot read for a moment (re-rendering) is not.
        const open = currentThreadId();
        return open === undefined || open === threadId;
      });
      if (result.ok && threadId) {
        // The audit trail; the insert itself already happened, so a sleeping worker only costs the log line.
        sendMessage('replyInserted', {
          threadId,
          characters: text.length,
          buyerLanguage: state.buyerLanguage,
        }).catch(() => undefined);
      }
      return result;
    },
    [adapter, state.page, state.buyerLanguage, currentThreadId, threadId],
  );
  const reply = useReplyTranslator({ drafts, threadId, buyerLanguage: state.buyerLanguage, insertText });
  const placement = usePlacement(adapter, corner);
  const source = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    source.current?.focus();
  }, []);

  const { state: draft, target } = reply;
  const name = (code: string | undefined) => languageName(code, language);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Keys typed here are ours: the portal's own shortcuts (and its Enter-to-send) must never see them.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (isTranslateKey(event.nativeEvent)) {
      event.preventDefault();
      void reply.translate();
    }
  };

  return (
    <section
      className={`hw-rt hw-rt-${placement.mode}`}
      data-testid="hw-reply-translator"
      data-placement={placement.mode}
      role="dialog"
      aria-label={t('replyTrTitle')}
      style={placementStyle(placement)}
      onKeyDown={onKeyDown}
      onKeyUp={(e) => e.stopPropagation()}
    >
      <header className="hw-rt-head">
        <span className="hw-brand">HW</span>
        <strong className="hw-rt-title">{t('replyTrTitle')}</strong>
        <button
          type="button"
          className="hw-rt-close"
          data-testid="hw-rt-close"
          title={t('replyTrClose')}
          aria-label={t('replyTrClose')}
          onClick={onClose}
        >
          ×
        </button>
      </header>

      <label className="hw-rt-label" htmlFor="hw-rt-source">
        {t('replyTrSourceLabel', { language: name(agentLanguage) })}
      </label>
      <textarea
        id="hw-rt-source"
        ref={source}
        className="hw-rt-field"
        data-testid="hw-rt-source"
        rows={3}
        lang={agentLanguage}
        maxLength={TRANSLATE_LIMITS.replyChars}
        value={draft.draft}
        placeholder={t('replyTrPlaceholder')}
        onChange={(e) => reply.setDraft(e.target.value)}
      />

      <div className="hw-rt-row">
        <label className="hw-rt-label hw-rt-inline" htmlFor="hw-rt-target">
          {t('replyTrTargetLabel')}
        </label>
        <select
          id="hw-rt-target"
          className="hw-rt-select"
          data-testid="hw-rt-target"
          value={target ?? ''}
          onChange={(e) => reply.setTarget(e.target.value)}
        >
          <TargetLanguageOptions target={target} t={t} language={language} />
        </select>
        <button
          type="button"
          className="hw-rt-button"
          data-testid="hw-rt-translate"
          title={t('replyTrTranslateHint')}
          disabled={!reply.canTranslate}
          onClick={() => void reply.translate()}
        >
          {translateButtonText(draft, t)}
        </button>
      </div>
      {!target && <p className="hw-rt-hint">{t('replyTrTargetUnknown')}</p>}

      {draft.error && (
        <ReplyTranslatorError error={draft.error} t={t} className="hw-rt-error" testId="hw-rt-error" />
      )}

      {draft.translation !== '' && (
        <>
          <label className="hw-rt-label" htmlFor="hw-rt-translation">
            {translationLabel(draft, { t, language })}
          </label>
          <textarea
            id="hw-rt-translation"
            className="hw-rt-field"
            data-testid="hw-rt-translation"
            rows={3}
            lang={draft.translatedFrom?.target}
            value={draft.translation}
            onChange={(e) => reply.editTranslation(e.target.value)}
          />
          <BackTranslation
            state={draft}
            agentLanguage={agentLanguage}
            t={t}
            language={language}
            classes={{ label: 'hw-rt-label', back: 'hw-rt-back' }}
            testIds={{ back: 'hw-rt-back' }}
          />
          <p className="hw-rt-provider" data-testid="hw-rt-provider">
            {providerText(draft, t)}
          </p>
        </>
      )}
      {reply.stale && draft.phase !== 'translating' && (
        <p className="hw-rt-hint hw-rt-warn" data-testid="hw-rt-stale">
          {t('replyTrStale')}
        </p>
      )}

      {draft.insertResult && <InsertNotice result={draft.insertResult} language={language} />}

      <footer className="hw-rt-foot">
        <span className="hw-rt-muted">{t('replyTrNeverSends')}</span>
        <button
          type="button"
          className="hw-rt-button hw-rt-primary"
          data-testid="hw-rt-insert"
          disabled={!reply.canInsert || draft.phase === 'inserting'}
          onClick={() => void reply.insert()}
        >
          {draft.phase === 'inserting' ? t('inserting') : t('replyTrInsert')}
        </button>
      </footer>
    </section>
  );
}

/** The same words as the side panel's notice for each outcome (restart needed, a portal dialog open…). */
function InsertNotice({ result, language }: { result: InsertResult; language: UiLanguage }) {
  return (
    <p
      className={result.ok ? 'hw-rt-ok' : 'hw-rt-error'}
      role="status"
      data-testid="hw-rt-result"
      data-result={result.ok ? 'ok' : result.reason}
    >
      {insertResultText(result, translator(language))}
    </p>
  );
}

/** Measured when the panel opens and when the window is resized: never on the portal's mutations. */
function usePlacement(adapter: PlatformAdapter, corner: 'bottom-right' | 'bottom-left'): PanelPlacement {
  const measure = useCallback(() => {
    let box = null;
    try {
      const element = adapter.composer(document)?.element;
      box = element ? viewportBox(element) : null;
    } catch {
      box = null; // a portal we do not understand: dock in the corner
    }
    return placePanel(box, { width: window.innerWidth, height: window.innerHeight }, corner);
  }, [adapter, corner]);
  const [placement, setPlacement] = useState<PanelPlacement>(measure);
  useLayoutEffect(() => {
    let frame = 0;
    const onResize = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setPlacement(measure()));
    };
    window.addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', onResize);
    };
  }, [measure]);
  return placement;
}

function placementStyle(p: PanelPlacement) {
  const px = (n: number | undefined) => (n === undefined ? undefined : `${Math.round(n)}px`);
  return {
    left: px(p.left),
    right: px(p.right),
    top: px(p.top),
    bottom: px(p.bottom),
    width: px(p.width),
    maxHeight: px(p.maxHeight),
  };
}
