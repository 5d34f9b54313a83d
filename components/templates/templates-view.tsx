import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { TemplateDraft } from '../../core/templates/types';
import { useDb } from '../db-context';
import { useI18n } from '../i18n-context';
import { useAgentLanguage } from '../use-translation-settings';
import { ConfirmDialog } from './confirm-dialog';
import { ImportDialog } from './import-dialog';
import { LibraryMenu } from './library-menu';
import { LibraryNoticeLine } from './library-notice';
import { TemplateEditor } from './template-editor';
import { blankDraft, draftOf, duplicateDraft, isDirty } from './template-form';
import { TemplateLibrary } from './template-library';
import { useReplySettings } from './use-reply-settings';
import { useTemplateExchange } from './use-template-exchange';

interface Editing {
  draft: TemplateDraft;
  /** What the draft started from: unsaved = the draft differs from it. */
  saved: TemplateDraft;
  isNew: boolean;
}

/**
 * The template library in the side panel: the list, or one template's editor. Reads are live on db.templates (a
 * template used in a portal tab updates its count here); every write is a background message.
 */
export function TemplatesView({ onBack }: { onBack: () => void }) {
  const db = useDb();
  const { t } = useI18n();
  const templates = useLiveQuery(() => db.templates.toArray(), [db]);
  const settings = useReplySettings();
  const agentLanguage = useAgentLanguage() ?? 'en';
  const exchange = useTemplateExchange(templates);
  const [editing, setEditing] = useState<Editing | null>(null);
  // A navigation waiting for the agent to confirm that unsaved changes may go.
  const [leaving, setLeaving] = useState<(() => void) | null>(null);
  const dirty = editing ? isDirty(editing.draft, editing.saved) : false;

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const guard = (go: () => void) => (dirty ? setLeaving(() => go) : go());

  const startNew = () => {
    exchange.setNotice(null);
    const draft = blankDraft(agentLanguage);
    setEditing({ draft, saved: draft, isNew: true });
  };
  const open = (id: string) => {
    const record = templates?.find((tpl) => tpl.id === id);
    if (!record) return;
    exchange.setNotice(null);
    setEditing({ draft: draftOf(record), saved: draftOf(record), isNew: false });
  };
  const duplicate = () => {
    if (!editing) return;
    guard(() => {
      const copy = duplicateDraft(editing.saved, t('tplCopyName', { name: editing.saved.name }));
      setEditing({ draft: copy, saved: copy, isNew: true });
    });
  };

  const dialogs = (
    <>
      <input
        ref={exchange.fileInput}
        type="file"
        accept=".json,application/json"
        data-testid="import-file"
        className="hidden"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared, so choosing the same file again still fires a change.
          e.target.value = '';
          if (file) void exchange.readFile(file);
        }}
      />
      {exchange.pending && (
        <ImportDialog
          pending={exchange.pending}
          currentCount={templates?.length ?? 0}
          busy={exchange.busy}
          onImport={(mode) => void exchange.runImport(mode)}
          onCancel={exchange.cancelImport}
        />
      )}
      {leaving && (
        <ConfirmDialog
          title={t('tplDiscardTitle')}
          confirmLabel={t('tplDiscard')}
          cancelLabel={t('tplKeepEditing')}
          danger
          onConfirm={() => {
            const go = leaving;
            setLeaving(null);
            go();
          }}
          onCancel={() => setLeaving(null)}
        />
      )}
    </>
  );

  if (editing && templates) {
    return (
      <>
        <TemplateEditor
          key={editing.saved.id ?? `new:${editing.saved.name}`}
          draft={editing.draft}
          isNew={editing.isNew}
          dirty={dirty}
          templates={templates}
          settings={settings}
          onChange={(draft) => setEditing((e) => (e ? { ...e, draft } : e))}
          onBack={() => guard(() => setEditing(null))}
          onDuplicate={duplicate}
          onSaved={(name) => {
            setEditing(null);
            exchange.setNotice({ tone: 'ok', text: t('tplSavedName', { name }) });
          }}
          onDeleted={(name) => {
            setEditing(null);
            exchange.setNotice({ tone: 'ok', text: t('tplDeleted', { name }) });
          }}
        />
        {dialogs}
      </>
    );
  }

  return (
    <>
      <TemplateLibrary
        templates={templates}
        triggerChar={settings.triggerChar}
        onBack={onBack}
        onNew={startNew}
        onOpen={open}
        onRestore={() => void exchange.restore()}
        menu={
          <LibraryMenu
            onImport={exchange.chooseFile}
            onExport={exchange.exportAll}
            onRestore={() => void exchange.restore()}
          />
        }
        notice={
          exchange.notice && (
            <LibraryNoticeLine notice={exchange.notice} onDismiss={() => exchange.setNotice(null)} />
          )
        }
      />
      {dialogs}
    </>
  );
}
