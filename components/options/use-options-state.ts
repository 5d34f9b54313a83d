import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ProviderSecrets } from '../../core/translation/types';
import { providerSecretsItem } from '../../storage/provider-secrets';
import {
  DEFAULT_TRANSLATION_SETTINGS,
  type TranslationSettings,
  translationSettingsItem,
} from '../../storage/translation-settings';
import {
  cleanSettings,
  type FieldErrors,
  isDirty,
  type OptionsDraft,
  secretsAfterSave,
  validateDraft,
} from './options-draft';
import { useUnsavedGuard } from './use-unsaved-guard';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; error: string };

export interface OptionsState {
  saved: TranslationSettings;
  secrets: ProviderSecrets;
  draft: OptionsDraft;
  dirty: boolean;
  errors: FieldErrors;
  saveState: SaveState;
  update: (change: (draft: OptionsDraft) => OptionsDraft) => void;
  discard: () => void;
  /**
   * Validates synchronously; when valid, returns the settings about to be stored (the caller may request host
   * permissions for them inside the same click) and the promise of the write. Null when the draft has errors.
   */
  save: () => { settings: TranslationSettings; written: Promise<boolean> } | null;
}

/** Stored values may predate fields added later; the defaults fill them. */
function withDefaults(value: TranslationSettings): TranslationSettings {
  return { ...DEFAULT_TRANSLATION_SETTINGS, ...value };
}

/**
 * The stored translation settings and keys, and the page's unsaved draft of them. Changes made elsewhere (another
 * options tab) replace the draft only while it has no unsaved edits, so typing is never overwritten.
 */
export function useOptionsState(): OptionsState | null {
  const [saved, setSaved] = useState<TranslationSettings | null>(null);
  const [secrets, setSecrets] = useState<ProviderSecrets | null>(null);
  const [draft, setDraft] = useState<OptionsDraft | null>(null);
  // Fields are checked live once a Save found errors, so each red mark goes away as soon as it is fixed.
  const [attempted, setAttempted] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const dirtyRef = useRef(false);

  useEffect(() => {
    let active = true;
    void Promise.all([translationSettingsItem.getValue(), providerSecretsItem.getValue()]).then(([s, k]) => {
      if (!active) return;
      setSaved(withDefaults(s));
      setSecrets(k);
      setDraft({ settings: withDefaults(s), keyEdits: {} });
    });
    const unwatchSettings = translationSettingsItem.watch((value) => {
      const next = withDefaults(value ?? DEFAULT_TRANSLATION_SETTINGS);
      setSaved(next);
      if (!dirtyRef.current) setDraft((d) => (d ? { ...d, settings: next } : d));
    });
    const unwatchSecrets = providerSecretsItem.watch((value) => setSecrets(value ?? {}));
    return () => {
      active = false;
      unwatchSettings();
      unwatchSecrets();
    };
  }, []);

  const dirty = draft !== null && saved !== null && isDirty(draft, saved);
  const errors = useMemo<FieldErrors>(
    () =>
      attempted && draft && secrets
        ? validateDraft(draft.settings, secretsAfterSave(secrets, draft.keyEdits))
        : {},
    [attempted, draft, secrets],
  );
  dirtyRef.current = dirty;

  // Closing the tab with typed keys or edits asks first.
  useUnsavedGuard(dirty);

  const update = useCallback((change: (draft: OptionsDraft) => OptionsDraft) => {
    setDraft((d) => (d ? change(d) : d));
    setSaveState((s) => (s.kind === 'saved' || s.kind === 'failed' ? { kind: 'idle' } : s));
  }, []);

  const discard = useCallback(() => {
    if (saved) setDraft({ settings: saved, keyEdits: {} });
    setAttempted(false);
    setSaveState({ kind: 'idle' });
  }, [saved]);

  const save = useCallback(() => {
    if (!draft || !secrets) return null;
    const settings = cleanSettings(draft.settings);
    const nextSecrets = secretsAfterSave(secrets, draft.keyEdits);
    // Validated before cleaning: cleaning drops half-filled glossary rows, which the user should see flagged.
    const found = validateDraft(draft.settings, nextSecrets);
    if (Object.keys(found).length > 0) {
      setAttempted(true);
      setSaveState({ kind: 'idle' });
      return null;
    }
    setAttempted(false);
    setSaveState({ kind: 'saving' });
    const written = (async () => {
      try {
        // Keys first: settings naming an enabled keyed provider must never be live before its key is.
        await providerSecretsItem.setValue(nextSecrets);
        await translationSettingsItem.setValue(settings);
        setSecrets(nextSecrets);
        setSaved(settings);
        setDraft({ settings, keyEdits: {} });
        setSaveState({ kind: 'saved' });
        return true;
      } catch (error) {
        // The draft (and any typed key) stays on screen, so nothing typed is lost.
        setSaveState({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
        return false;
      }
    })();
    return { settings, written };
  }, [draft, secrets]);

  if (!saved || !secrets || !draft) return null;
  return { saved, secrets, draft, dirty, errors, saveState, update, discard, save };
}
