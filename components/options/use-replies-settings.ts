import { useCallback, useEffect, useState } from 'react';
import {
  type AwaySettings,
  normaliseAwaySettings,
  WINDOW_HOURS_MAX,
  WINDOW_HOURS_MIN,
} from '../../core/away/settings';
import { sendMessage } from '../../core/protocol';
import type { TemplateRecord } from '../../core/templates/types';
import { awaySettingsItem } from '../../storage/away-settings';
import { DEFAULT_REPLY_SETTINGS, type ReplySettings, replySettingsItem } from '../../storage/reply-settings';
import { scheduleErrors } from './replies-schedule';
import { storeNameErrors } from './replies-store-names';
import { useUnsavedGuard } from './use-unsaved-guard';

export type RepliesSaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; error: string };

/** Which of the section's fields hold a value that cannot be saved. */
export function repliesProblems(reply: ReplySettings, away: AwaySettings) {
  const trigger = reply.triggerChar.length !== 1 || /\s|[\p{L}\p{N}]/u.test(reply.triggerChar);
  const window =
    !Number.isFinite(away.windowHours) ||
    away.windowHours < WINDOW_HOURS_MIN ||
    away.windowHours > WINDOW_HOURS_MAX;
  const any =
    trigger ||
    window ||
    scheduleErrors(away.schedule).length > 0 ||
    away.overrides.some((o) => scheduleErrors(o.schedule).length > 0) ||
    storeNameErrors(reply.storeNames).length > 0;
  return { trigger, window, any };
}

/**
 * The options page's "Replies & away mode" settings (`local:replies`, `local:away`) as an editable draft. The page
 * owns it so its one sticky Save bar saves these together with the translation settings.
 */
export function useRepliesSettings() {
  const [reply, setReply] = useState<ReplySettings | null>(null);
  const [away, setAway] = useState<AwaySettings | null>(null);
  const [loaded, setLoaded] = useState<{ reply: ReplySettings; away: AwaySettings } | null>(null);
  const [templates, setTemplates] = useState<TemplateRecord[] | null>(null);
  const [dirty, setDirty] = useState(false);
  const [saveState, setSaveState] = useState<RepliesSaveState>({ kind: 'idle' });

  useEffect(() => {
    void (async () => {
      const r = { ...DEFAULT_REPLY_SETTINGS, ...(await replySettingsItem.getValue()) };
      const a = normaliseAwaySettings(await awaySettingsItem.getValue());
      setReply(r);
      setAway(a);
      setLoaded({ reply: r, away: a });
    })();
    sendMessage('listTemplates', {})
      .then((result) => setTemplates(result.templates))
      .catch(() => setTemplates([]));
  }, []);

  // Closing the tab with unsaved reply settings asks first, like the rest of the page.
  useUnsavedGuard(dirty);

  const editReply = useCallback((change: Partial<ReplySettings>) => {
    setReply((r) => (r ? { ...r, ...change } : r));
    setDirty(true);
    setSaveState({ kind: 'idle' });
  }, []);
  const editAway = useCallback((change: Partial<AwaySettings>) => {
    setAway((a) => (a ? { ...a, ...change } : a));
    setDirty(true);
    setSaveState({ kind: 'idle' });
  }, []);

  const invalid = reply !== null && away !== null && repliesProblems(reply, away).any;

  const save = async (): Promise<void> => {
    if (!reply || !away || invalid) return;
    try {
      // Only the fields this section edits: the side panel writes urgentFirst into the same item meanwhile, and
      // the value read when the page opened must not undo it.
      const stored = { ...DEFAULT_REPLY_SETTINGS, ...(await replySettingsItem.getValue()) };
      const nextReply = {
        ...stored,
        agentName: reply.agentName.trim(),
        storeNames: reply.storeNames,
        triggerChar: reply.triggerChar,
      };
      const nextAway = normaliseAwaySettings(away);
      await replySettingsItem.setValue(nextReply);
      await awaySettingsItem.setValue(nextAway);
      setLoaded({ reply: nextReply, away: nextAway });
      setDirty(false);
      setSaveState({ kind: 'saved' });
    } catch (error) {
      setSaveState({ kind: 'error', error: String(error) });
    }
  };

  const discard = () => {
    if (!loaded) return;
    setReply(loaded.reply);
    setAway(loaded.away);
    setDirty(false);
    setSaveState({ kind: 'idle' });
  };

  return { reply, away, templates, dirty, invalid, saveState, editReply, editAway, save, discard };
}

export type RepliesSettings = ReturnType<typeof useRepliesSettings>;
