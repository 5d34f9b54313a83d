import { useId, useMemo, useState } from 'react';
import { PLATFORMS, type Platform } from '../../core/model';
import { sendMessage } from '../../core/protocol';
import {
  TEMPLATE_CATEGORIES,
  type TemplateCategory,
  type TemplateDraft,
  type TemplateRecord,
} from '../../core/templates/types';
import type { ReplySettings } from '../../storage/reply-settings';
import { BackButton } from '../back-button';
import { useI18n } from '../i18n-context';
import { CopyIcon, TrashIcon } from '../icons';
import { Button, Field, inputClass } from '../options/controls';
import { BodyEditor } from './body-editor';
import { ConfirmDialog } from './confirm-dialog';
import { IntentPicker } from './intent-picker';
import { templateIssueText } from './issue-text';
import { CATEGORY_LABELS } from './labels';
import { PlatformScope } from './platform-scope';
import { sampleValues } from './sample-values';
import {
  cleanDraft,
  hasErrors,
  KEYWORD_MAX,
  type KeywordError,
  NAME_MAX,
  normalizeKeyword,
  validateForm,
} from './template-form';
import { TemplatePolicy, usePolicyFlags } from './template-policy';
import { TemplatePreview } from './template-preview';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'failed'; error: string };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One template's form. Writes go through the background (saveTemplate / deleteTemplate); the parent decides where
 * to go afterwards and guards leaving with unsaved changes.
 */
export function TemplateEditor({
  draft,
  isNew,
  dirty,
  templates,
  settings,
  onChange,
  onBack,
  onDuplicate,
  onSaved,
  onDeleted,
}: {
  draft: TemplateDraft;
  isNew: boolean;
  dirty: boolean;
  templates: readonly TemplateRecord[];
  settings: ReplySettings;
  onChange: (draft: TemplateDraft) => void;
  /** Cancel or the back arrow (the parent asks before unsaved changes are lost). */
  onBack: () => void;
  onDuplicate: () => void;
  onSaved: (name: string) => void;
  onDeleted: (name: string) => void;
}) {
  const { t } = useI18n();
  const ids = { name: useId(), category: useId(), keyword: useId() };
  const [language, setLanguage] = useState(() => Object.keys(draft.bodies)[0] ?? 'en');
  const [previewOn, setPreviewOn] = useState<Platform>(draft.platforms[0] ?? 'amazon');
  const [attempted, setAttempted] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const set = (change: Partial<TemplateDraft>) => {
    onChange({ ...draft, ...change });
    if (saveState.kind === 'failed') setSaveState({ kind: 'idle' });
  };

  const errors = useMemo(() => validateForm(draft, templates), [draft, templates]);
  // The keyword is checked as it is typed (a clash should show before Save); the rest once Save was tried.
  const shown = attempted ? errors : { keyword: errors.keyword };
  const activeLanguage = language in draft.bodies ? language : (Object.keys(draft.bodies)[0] ?? 'en');
  const scope = useMemo(
    () => (draft.platforms.length === 0 ? [...PLATFORMS] : draft.platforms),
    [draft.platforms],
  );
  const previewPlatform = scope.includes(previewOn) ? previewOn : scope[0]!;
  const flags = usePolicyFlags(draft.bodies, scope);
  // Delete names the template as stored, not a half-typed new name.
  const storedName = templates.find((tpl) => tpl.id === draft.id)?.name ?? draft.name;

  const keywordMessage = (error: KeywordError | undefined) => {
    if (!error) return undefined;
    if (error.kind === 'taken') {
      return t('tplKeywordTaken', { keyword: `${settings.triggerChar}${draft.keyword}`, name: error.name });
    }
    return error.kind === 'too-long' ? t('tplKeywordTooLong', { max: KEYWORD_MAX }) : t('tplKeywordInvalid');
  };

  const save = async () => {
    setAttempted(true);
    if (hasErrors(errors) || saveState.kind === 'saving') return;
    const clean = cleanDraft(draft);
    setSaveState({ kind: 'saving' });
    try {
      const result = await sendMessage('saveTemplate', clean);
      if (!result.ok) {
        setSaveState({
          kind: 'failed',
          error: result.issue ? templateIssueText(result.issue, t) : result.error,
        });
        return;
      }
      setSaveState({ kind: 'idle' });
      onSaved(clean.name);
    } catch (error) {
      setSaveState({ kind: 'failed', error: errorText(error) });
    }
  };

  const remove = async () => {
    if (!draft.id) return;
    setDeleting(true);
    try {
      // ok: false means it was not there any more (deleted in another panel): gone either way.
      await sendMessage('deleteTemplate', { id: draft.id });
      onDeleted(storedName);
    } catch (error) {
      setSaveState({ kind: 'failed', error: errorText(error) });
      setConfirmDelete(false);
    } finally {
      setDeleting(false);
    }
  };

  let status: { text: string; tone: string } | null = null;
  if (attempted && hasErrors(errors)) status = { text: t('tplFixErrors'), tone: 'text-red-600' };
  else if (saveState.kind === 'failed')
    status = { text: t('tplSaveFailed', { error: saveState.error }), tone: 'text-red-600' };
  else if (dirty) status = { text: t('tplUnsaved'), tone: 'text-amber-700' };

  return (
    <form
      aria-label={isNew ? t('tplNew') : t('tplEditTitle')}
      data-testid="template-editor"
      data-template-id={draft.id ?? ''}
      className="flex h-full flex-col bg-white"
      // Ctrl+S / ⌘S saves, as in any editor, instead of the browser's "save page".
      // Enter in a field must not submit: the body is multi-line, and Save is a deliberate click.
      onSubmit={(e) => e.preventDefault()}
      onKeyDown={(e) => {
        if (e.key.toLowerCase() === 's' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          if (dirty || isNew) void save();
        }
      }}
    >
      <header className="flex shrink-0 items-center gap-1 border-b border-slate-200 px-1.5 py-1.5">
        <BackButton label={t('tplNav')} onClick={onBack} testId="editor-back" />
        <h1 className="min-w-0 truncate text-[14px] font-semibold text-slate-900">
          {isNew ? t('tplNew') : t('tplEditTitle')}
        </h1>
        {!isNew && (
          <div className="ml-auto flex items-center gap-0.5">
            <Button tone="quiet" testId="template-duplicate" onClick={onDuplicate} title={t('tplDuplicate')}>
              <CopyIcon className="size-3.5" />
              <span className="hidden min-[400px]:inline">{t('tplDuplicate')}</span>
            </Button>
            <Button
              tone="danger"
              testId="template-delete"
              onClick={() => setConfirmDelete(true)}
              title={t('tplDelete')}
            >
              <TrashIcon className="size-3.5" />
              <span className="hidden min-[400px]:inline">{t('tplDelete')}</span>
            </Button>
          </div>
        )}
      </header>

      <main className="min-h-0 flex-1 overflow-y-auto px-3 py-3">
        {/* A wide panel keeps the form at a readable width. */}
        <div className="mx-auto max-w-3xl space-y-3.5">
          {draft.builtIn && (
            <p className="rounded-md bg-slate-50 px-2 py-1.5 text-[11.5px] text-slate-500">
              {t('tplBuiltInHint')}
            </p>
          )}
          <Field label={t('tplName')} htmlFor={ids.name} error={shown.name && t('tplNameRequired')}>
            <input
              id={ids.name}
              data-testid="template-name-input"
              value={draft.name}
              maxLength={NAME_MAX}
              onChange={(e) => set({ name: e.target.value })}
              placeholder={t('tplNamePlaceholder')}
              className={inputClass(Boolean(shown.name))}
            />
          </Field>
          <div className="grid grid-cols-2 gap-2.5">
            <Field label={t('tplCategory')} htmlFor={ids.category}>
              <select
                id={ids.category}
                data-testid="template-category"
                value={draft.category}
                onChange={(e) => set({ category: e.target.value as TemplateCategory })}
                className={inputClass()}
              >
                {TEMPLATE_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(CATEGORY_LABELS[c])}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('tplKeyword')} htmlFor={ids.keyword} error={keywordMessage(shown.keyword)}>
              <div className="relative">
                <span className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 font-mono text-[12.5px] text-slate-400">
                  {settings.triggerChar}
                </span>
                <input
                  id={ids.keyword}
                  data-testid="template-keyword-input"
                  value={draft.keyword}
                  maxLength={KEYWORD_MAX + 8}
                  autoCapitalize="off"
                  autoComplete="off"
                  spellCheck={false}
                  onChange={(e) => set({ keyword: normalizeKeyword(e.target.value, settings.triggerChar) })}
                  className={`${inputClass(Boolean(shown.keyword))} pl-5 font-mono`}
                />
              </div>
            </Field>
          </div>
          {!shown.keyword && (
            <p className="-mt-2.5 text-[11.5px] leading-snug text-slate-400">
              {t('tplKeywordHint', { trigger: settings.triggerChar })}
            </p>
          )}
          <PlatformScope platforms={draft.platforms} onChange={(platforms) => set({ platforms })} />
          <BodyEditor
            bodies={draft.bodies}
            active={activeLanguage}
            flagged={flags.languages}
            error={shown.bodies && t('tplBodyRequired')}
            onActive={setLanguage}
            onChange={(bodies) => set({ bodies })}
          />
          <TemplatePreview
            body={draft.bodies[activeLanguage] ?? ''}
            language={activeLanguage}
            values={sampleValues(previewPlatform, activeLanguage, settings)}
            platforms={draft.platforms}
            platform={previewPlatform}
            onPlatform={setPreviewOn}
          />
          <TemplatePolicy
            body={draft.bodies[activeLanguage] ?? ''}
            findings={flags.byLanguage[activeLanguage] ?? []}
            platforms={scope}
          />
          <IntentPicker intents={draft.intents} onChange={(intents) => set({ intents })} />
        </div>
      </main>

      <footer className="flex shrink-0 items-center gap-2 border-t border-slate-200 bg-white px-3 py-2">
        <p
          data-testid="editor-status"
          role="status"
          className={`min-w-0 flex-1 truncate text-[11.5px] font-medium ${status?.tone ?? ''}`}
          title={status?.text}
        >
          {status?.text}
        </p>
        <Button testId="template-cancel" onClick={onBack} disabled={saveState.kind === 'saving'}>
          {t('tplCancel')}
        </Button>
        <Button
          tone="primary"
          testId="template-save"
          onClick={() => void save()}
          disabled={saveState.kind === 'saving' || (!dirty && !isNew)}
        >
          {saveState.kind === 'saving' ? t('tplSaving') : t('tplSave')}
        </Button>
      </footer>

      {confirmDelete && (
        <ConfirmDialog
          title={t('tplDeleteConfirm', { name: storedName })}
          confirmLabel={t('tplDelete')}
          cancelLabel={t('tplCancel')}
          danger
          busy={deleting}
          onConfirm={() => void remove()}
          onCancel={() => setConfirmDelete(false)}
        >
          {draft.builtIn ? t('tplDeleteBuiltInNote') : null}
        </ConfirmDialog>
      )}
    </form>
  );
}
