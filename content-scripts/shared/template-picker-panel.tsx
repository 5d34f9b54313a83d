import { type KeyboardEvent, useEffect, useRef, useSyncExternalStore } from 'react';
import { type MessageKey, type Translate, translator, type UiLanguage } from '../../components/i18n';
import { PORTAL_POLICY_CLASSES, PolicyFindings } from '../../components/policy-findings';
import { ReplyTranslatorError } from '../../components/reply-translator-parts';
import { CATEGORY_LABELS, VARIABLE_LABELS } from '../../components/templates/labels';
import type { Platform } from '../../core/model';
import type { FilledPart, TemplateRecord, TemplateVariable } from '../../core/templates/types';
import type { PlatformAdapter } from '../adapter-contract';
import { OverlayInsertNotice } from './overlay-insert';
import { PanelHeader } from './panel-header';
import { placementStyle, usePanelPlacement } from './panel-placement-hook';
import { languageName, providerLabel } from './reply-translator';
import { pickerKey } from './template-picker';
import type { PickerPreview, PickerView, TemplatePicker } from './template-picker-store';

interface TemplatePickerPanelProps {
  picker: TemplatePicker;
  adapter: PlatformAdapter;
  language: UiLanguage;
  agentLanguage: string | undefined;
  corner: 'bottom-right' | 'bottom-left';
  /** The trigger character, shown next to keywords. */
  trigger: string;
}

/**
 * The template picker next to the portal's reply box, in the overlay's shadow root: search, the matching templates,
 * a preview of the highlighted one filled for this buyer (variables highlighted, missing ones as fields), the
 * language it goes out in, the platform's policy warning, and Insert. Every template and buyer text is React text.
 */
export function TemplatePickerPanel({
  picker,
  adapter,
  language,
  agentLanguage,
  corner,
  trigger,
}: TemplatePickerPanelProps) {
  const view = useSyncExternalStore(picker.subscribe, picker.get);
  const { state, results, preview } = view;
  const t = translator(language);
  const placement = usePanelPlacement(adapter, corner);
  const search = useRef<HTMLInputElement>(null);
  const body = useRef<HTMLDivElement>(null);

  // Opened by button or shortcut, the agent types the search here; following a keyword, they type in the box.
  useEffect(() => {
    if (state.via === 'picker') search.current?.focus();
  }, [state.via]);

  useEffect(() => {
    if (state.focusMissing === 0) return;
    body.current?.querySelector<HTMLInputElement>('input[data-missing="true"]')?.focus();
  }, [state.focusMissing]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Keys typed here are ours: the portal's own shortcuts (and its Enter-to-send) must never see them.
    event.stopPropagation();
    const key = pickerKey(event.nativeEvent);
    const target = event.target as HTMLElement;
    if (key === 'close') {
      event.preventDefault();
      picker.close();
    } else if ((key === 'up' || key === 'down') && target === search.current) {
      event.preventDefault();
      picker.move(key === 'up' ? -1 : 1);
    } else if (event.key === 'Enter' && key === 'choose' && target.tagName === 'INPUT') {
      event.preventDefault();
      picker.choose();
    }
  };

  const listId = 'hw-tp-list';
  const activeId = preview ? `hw-tp-item-${results.indexOf(preview.template)}` : undefined;
  const inserted = state.phase === 'inserted';

  return (
    <section
      className={`hw-rt hw-tp hw-rt-${placement.mode}`}
      data-testid="hw-template-picker"
      data-via={state.via}
      data-phase={state.phase}
      data-placement={placement.mode}
      role="dialog"
      aria-label={t('tpTitle')}
      style={placementStyle(placement)}
      onKeyDown={onKeyDown}
      onKeyUp={(e) => e.stopPropagation()}
    >
      <PanelHeader
        title={t('tpTitle')}
        closeLabel={t('tpClose')}
        closeTestId="hw-tp-close"
        onClose={() => picker.close()}
      />

      {!inserted && (
        <>
          <input
            ref={search}
            className="hw-tp-search"
            data-testid="hw-tp-search"
            type="search"
            role="combobox"
            aria-label={t('tpSearchLabel')}
            aria-expanded="true"
            aria-controls={listId}
            aria-activedescendant={activeId}
            autoComplete="off"
            spellCheck={false}
            placeholder={t('tpSearchPlaceholder')}
            value={state.query}
            onChange={(e) => picker.setQuery(e.target.value)}
          />
          <ResultList view={view} t={t} trigger={trigger} listId={listId} picker={picker} />
        </>
      )}

      {preview && (
        <div className="hw-tp-preview" ref={body}>
          <Preview
            preview={preview}
            view={view}
            t={t}
            language={language}
            agentLanguage={agentLanguage}
            picker={picker}
            platform={adapter.platform}
          />
        </div>
      )}

      {state.insertResult && (
        <OverlayInsertNotice result={state.insertResult} language={language} testId="hw-tp-result" />
      )}

      <footer className="hw-rt-foot">
        <span className="hw-rt-muted">{inserted ? t('replyTrNeverSends') : t('tpKeys')}</span>
        {!inserted && (
          <button
            type="button"
            className="hw-rt-button hw-rt-primary"
            data-testid="hw-tp-insert"
            disabled={!preview || state.phase === 'waiting' || state.phase === 'inserting'}
            onClick={() => picker.choose()}
          >
            {state.phase === 'inserting'
              ? t('inserting')
              : state.phase === 'waiting'
                ? t('replyTrTranslating')
                : state.blocked === 'policy'
                  ? t('tpInsertAnyway')
                  : t('tpInsert')}
          </button>
        )}
      </footer>
    </section>
  );
}

function ResultList({
  view,
  t,
  trigger,
  listId,
  picker,
}: {
  view: PickerView;
  t: Translate;
  trigger: string;
  listId: string;
  picker: TemplatePicker;
}) {
  const { state, results, suggested, preview } = view;
  if (results.length === 0) {
    const key: MessageKey = state.loading
      ? 'tpLoading'
      : state.loadError
        ? 'tpLoadError'
        : state.query.trim()
          ? 'tpNoMatch'
          : 'tpNoTemplates';
    return (
      <p className="hw-rt-hint" data-testid="hw-tp-empty" title={state.loadError}>
        {t(key, { query: state.query })}
      </p>
    );
  }
  return (
    <div className="hw-tp-list" id={listId} role="listbox" data-testid="hw-tp-list" aria-label={t('tpTitle')}>
      {results.map((template, index) => (
        <ResultItem
          key={template.id}
          template={template}
          index={index}
          active={template === preview?.template}
          suggested={suggested.has(template.id)}
          t={t}
          trigger={trigger}
          picker={picker}
        />
      ))}
    </div>
  );
}

function ResultItem({
  template,
  index,
  active,
  suggested,
  t,
  trigger,
  picker,
}: {
  template: TemplateRecord;
  index: number;
  active: boolean;
  suggested: boolean;
  t: Translate;
  trigger: string;
  picker: TemplatePicker;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (active) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);
  return (
    <div
      ref={ref}
      id={`hw-tp-item-${index}`}
      className={active ? 'hw-tp-item hw-tp-active' : 'hw-tp-item'}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      data-testid="hw-tp-item"
      data-template-id={template.id}
      // mousedown, not click: the caret stays in the portal's reply box while the agent follows a keyword.
      onMouseDown={(e) => {
        e.preventDefault();
        picker.setActive(index);
      }}
      onDoubleClick={() => picker.choose()}
    >
      <span className="hw-tp-name">{template.name}</span>
      {template.keyword && <span className="hw-tp-keyword">{`${trigger}${template.keyword}`}</span>}
      <span className="hw-tp-meta">
        {suggested && <span className="hw-tp-badge">{t('tpSuggested')}</span>}
        {t(CATEGORY_LABELS[template.category] ?? 'categoryOther')}
        {template.usageCount > 0 ? ` · ${t('tpUsed', { count: template.usageCount })}` : ''}
      </span>
    </div>
  );
}

function Preview({
  preview,
  view,
  t,
  language,
  agentLanguage,
  picker,
  platform,
}: {
  platform: Platform;
  preview: PickerPreview;
  view: PickerView;
  t: Translate;
  language: UiLanguage;
  agentLanguage: string | undefined;
  picker: TemplatePicker;
}) {
  const { state } = view;
  const inserted = state.phase === 'inserted';
  const translation = preview.translation;
  const name = (code: string | undefined) => languageName(code, language);
  return (
    <>
      <p className="hw-tp-body" data-testid="hw-tp-body" lang={preview.choice.language}>
        {preview.filled.parts.map((part, index) => (
          <PartView
            key={index}
            part={part}
            t={t}
            typed={part.kind === 'variable' ? (state.typed[part.name] ?? '') : ''}
            onValue={(variable, value) => picker.setValue(variable, value)}
            onEnter={() => picker.choose()}
            readOnly={inserted}
          />
        ))}
      </p>
      {preview.filled.missing.length > 0 && (
        <p
          className={state.blocked === 'missing' ? 'hw-rt-hint hw-rt-warn' : 'hw-rt-hint'}
          data-testid="hw-tp-missing-hint"
          role={state.blocked === 'missing' ? 'alert' : undefined}
        >
          {t('tpMissingHint')}
        </p>
      )}
      {preview.filled.unknown.length > 0 && (
        <p className="hw-rt-hint hw-rt-warn">
          {t('tpUnknownHint', { names: preview.filled.unknown.join(' ') })}
        </p>
      )}
      <p className="hw-tp-language" data-testid="hw-tp-language">
        {languageLine(preview, t, name)}
      </p>
      {translation?.phase === 'done' && translation.text !== undefined && (
        <>
          <p className="hw-tp-translation" data-testid="hw-tp-translation" lang={translation.target}>
            {translation.text}
          </p>
          <p className="hw-rt-label">{t('replyTrBackLabel', { language: name(agentLanguage) })}</p>
          <p className="hw-rt-back" data-testid="hw-tp-back" lang={agentLanguage}>
            {translation.back}
          </p>
        </>
      )}
      {translation?.phase === 'error' && translation.error && !inserted && (
        <div className="hw-tp-row">
          <ReplyTranslatorError
            error={translation.error}
            t={t}
            className="hw-rt-error"
            testId="hw-tp-error"
          />
          <button
            type="button"
            className="hw-rt-button"
            data-testid="hw-tp-insert-original"
            disabled={preview.filled.missing.length > 0 || state.phase === 'inserting'}
            onClick={() => picker.insertOriginal()}
          >
            {t('tpInsertOriginal', { language: name(preview.choice.language) })}
          </button>
        </div>
      )}
      {preview.findings.length > 0 && !inserted && (
        <>
          <PolicyFindings
            text={preview.text}
            findings={preview.findings}
            platform={platform}
            t={t}
            classes={PORTAL_POLICY_CLASSES}
            testId="hw-tp-policy"
          />
          {state.blocked === 'policy' && (
            <p className="hw-rt-hint hw-rt-warn" data-testid="hw-tp-policy-confirm">
              {t('tpPolicyConfirm')}
            </p>
          )}
        </>
      )}
    </>
  );
}

function PartView({
  part,
  t,
  typed,
  onValue,
  onEnter,
  readOnly,
}: {
  part: FilledPart;
  t: Translate;
  typed: string;
  onValue: (variable: TemplateVariable, value: string) => void;
  onEnter: () => void;
  readOnly: boolean;
}) {
  if (part.kind === 'text') return <>{part.text}</>;
  if (part.kind === 'unknown') return <span className="hw-tp-unknown">{part.raw}</span>;
  const label = t(VARIABLE_LABELS[part.name]);
  if (part.value !== undefined && typed.trim() === '') {
    return (
      <mark className="hw-tp-var" title={label} data-variable={part.name}>
        {part.value}
      </mark>
    );
  }
  // Missing (or being typed by the agent): a field in place, until it has a value the text can use.
  return (
    <input
      className="hw-tp-missing"
      data-testid="hw-tp-missing"
      data-variable={part.name}
      data-missing={part.value === undefined ? 'true' : 'false'}
      aria-label={label}
      placeholder={t('tpMissingField', { variable: label })}
      size={Math.max(8, Math.min(28, (typed || label).length + 2))}
      value={typed}
      readOnly={readOnly}
      onChange={(e) => onValue(part.name, e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
          e.preventDefault();
          e.stopPropagation();
          onEnter();
        }
      }}
    />
  );
}

/** "German · translated from Chinese by Edge", "Body in German", and the states in between. */
function languageLine(
  preview: PickerPreview,
  t: Translate,
  name: (code: string | undefined) => string,
): string {
  const source = name(preview.choice.language);
  if (!preview.buyerLanguage) return t('tpLangNoBuyer', { language: source });
  if (!preview.choice.needsTranslation) return t('tpLangSame', { language: source });
  const target = name(preview.buyerLanguage);
  const translation = preview.translation;
  if (translation?.phase === 'done') {
    return t('tpLangTranslated', { target, source, provider: providerLabel(translation.provider) });
  }
  if (translation?.phase === 'translating') return t('tpLangTranslating', { target, source });
  if (translation?.phase === 'error') return t('tpLangKept', { target, source });
  return t('tpLangWillTranslate', { target, source });
}
