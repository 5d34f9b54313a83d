import { useEffect, useState } from 'react';
import { DEFAULT_REPLY_SETTINGS, type ReplySettings, replySettingsItem } from '../../storage/reply-settings';

/** The reply settings (agent and store names, trigger character), live; the defaults until the first read. */
export function useReplySettings(): ReplySettings {
  const [settings, setSettings] = useState<ReplySettings>(DEFAULT_REPLY_SETTINGS);
  useEffect(() => {
    let active = true;
    const apply = (value: ReplySettings | null) => {
      // A value stored by an older build may lack later fields.
      if (active) setSettings({ ...DEFAULT_REPLY_SETTINGS, ...value });
    };
    void replySettingsItem.getValue().then(apply);
    const unwatch = replySettingsItem.watch(apply);
    return () => {
      active = false;
      unwatch();
    };
  }, []);
  return settings;
}
