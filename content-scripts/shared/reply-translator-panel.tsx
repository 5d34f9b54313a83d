import { type KeyboardEvent, useCallback, useEffect, useRef } from 'react';
import { translator, type UiLanguage } from '../../components/i18n';
import { PORTAL_POLICY_CLASSES, PolicyFindings, usePolicyFindings } from '../../components/policy-findings';
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
import type { PlatformAdapter } from '../adapter-contract';
import { insertFromOverlay, OverlayInsertNotice } from './overlay-insert';
import type { OverlayState } from './overlay-store';
import { PanelHeader } from './panel-header';
import { placementStyle, usePanelPlacement } from './panel-placement-hook';
import { isTranslateKey, languageName } from './reply-translator';
import { type ReplyDrafts, useReplyTranslator } from './reply-translator-hook';

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
    (text: string): Promise<InsertResult> =>
      insertFromOverlay({ adapter, state: { ...state, threadId }, currentThreadId, text }),
    [adapter, state, currentThreadId, threadId],
  );
  const reply = useReplyTranslator({ drafts, threadId, buyerLanguage: state.buyerLanguage, insertText });
  const placement = usePanelPlacement(adapter, corner);
  const source = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    source.current?.focus();
  }, []);

  const { state: draft, target } = reply;
  const name = (code: string | undefined) => languageName(code, language);
  // The platform's messaging rules on what Insert would put in (the translation, as edited), or — before there is
  // one — on the agent's own words, so a link or a phone number is caught before it is even translated.
  const checked = draft.translation !== '' ? draft.translation : draft.draft;
  const checkedLanguage = draft.translation !== '' ? (draft.translatedFrom?.target ?? target) : agentLanguage;
  const findings = usePolicyFindings(checked, adapter.platform, checkedLanguage);
  const flagged = findings.length > 0 && draft.translation !== '';

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
      <PanelHeader
        title={t('replyTrTitle')}
        closeLabel={t('replyTrClose')}
        closeTestId="hw-rt-close"
        onClose={onClose}
      />

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

      <PolicyFindings
        text={checked}
        findings={findings}
        platform={adapter.platform}
        t={t}
        classes={PORTAL_POLICY_CLASSES}
        testId="hw-rt-policy"
      />

      {draft.insertResult && (
        <OverlayInsertNotice result={draft.insertResult} language={language} testId="hw-rt-result" />
      )}

      <footer className="hw-rt-foot">
        <span className="hw-rt-muted">{t('replyTrNeverSends')}</span>
        <button
          type="button"
          className="hw-rt-button hw-rt-primary"
          data-testid="hw-rt-insert"
          data-policy={flagged ? 'flagged' : 'clean'}
          disabled={!reply.canInsert || draft.phase === 'inserting'}
          onClick={() => void reply.insert()}
        >
          {draft.phase === 'inserting'
            ? t('inserting')
            : flagged
              ? t('policyInsertAnyway')
              : t('replyTrInsert')}
        </button>
      </footer>
    </section>
  );
}
