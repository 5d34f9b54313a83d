import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { checkPolicy } from '../../core/policy';
import { sendMessage } from '../../core/protocol';
import { siteOfHost } from '../../core/sites';
import { valuesForThread } from '../../core/templates/context';
import { resolveAgentLanguage } from '../../core/translation/agent-language';
import { DEFAULT_REPLY_SETTINGS, type ReplySettings, replySettingsItem } from '../../storage/reply-settings';
import { translationSettingsItem } from '../../storage/translation-settings';
import type { PlatformAdapter } from '../adapter-contract';
import { NOT_OPEN } from './composer-insert';
import { insertFromOverlay } from './overlay-insert';
import type { OverlayStore } from './overlay-store';
import { createTemplatePicker, type TemplatePicker } from './template-picker-store';
import { startTemplateTrigger } from './template-picker-trigger';

/**
 * The template picker of one portal tab: its controller wired to the background (templates, translation, usage
 * counts), the overlay's insert path, and the page listeners (keyword, shortcut). Settings are read once and
 * followed live; a failed read keeps the defaults, and nothing here is thrown into the portal.
 */
export function startTemplatePicker(
  ctx: ContentScriptContext,
  adapter: PlatformAdapter,
  store: OverlayStore,
): { picker: TemplatePicker; trigger: () => string } {
  let replySettings: ReplySettings = DEFAULT_REPLY_SETTINGS;
  let agentLanguage = resolveAgentLanguage('auto', navigator.language);

  const picker = createTemplatePicker({
    platform: adapter.platform,
    thread: () => {
      const state = store.get();
      return { threadId: state.threadId, buyerLanguage: state.buyerLanguage };
    },
    hasComposer: () => {
      try {
        return adapter.composer(document) !== null;
      } catch {
        return false;
      }
    },
    pageValues: () =>
      valuesForThread(
        {
          platform: adapter.platform,
          site: siteOfHost(location.hostname) ?? '',
          buyerName: '',
          orderIds: [],
          items: [],
          texts: [],
        },
        replySettings,
      ),
    agentLanguage: () => agentLanguage,
    listTemplates: (data) => sendMessage('listTemplates', data),
    translateReply: (data) => sendMessage('translateReply', data),
    templateUsed: (data) => sendMessage('templateUsed', data),
    insert: (text, compose) => {
      // The thread the picker filled the template for; the page may have moved on since (an SPA switch while
      // the translation ran), which `current` sees before the throttled scan would.
      const threadId = picker.get().state.threadId;
      const state = store.current();
      if (threadId !== state.threadId) return Promise.resolve(NOT_OPEN);
      return insertFromOverlay({
        adapter,
        state,
        currentThreadId: () => store.current().threadId,
        text,
        compose,
      });
    },
    checkPolicy: (text, platform, language) => checkPolicy(text, platform, { language }),
  });

  const onReply = (value: ReplySettings | null) => {
    replySettings = { ...DEFAULT_REPLY_SETTINGS, ...value };
  };
  const triggerChar = () => replySettings.triggerChar?.trim() || DEFAULT_REPLY_SETTINGS.triggerChar;
  const onTranslation = (value: { agentLanguage?: string } | null) => {
    agentLanguage = resolveAgentLanguage(value?.agentLanguage ?? 'auto', navigator.language);
  };
  replySettingsItem.getValue().then(onReply, () => undefined);
  translationSettingsItem.getValue().then(onTranslation, () => undefined);
  const unwatchReply = replySettingsItem.watch(onReply);
  const unwatchTranslation = translationSettingsItem.watch(onTranslation);

  const stop = startTemplateTrigger({ adapter, store, picker, trigger: triggerChar });
  ctx.onInvalidated(() => {
    stop();
    unwatchReply();
    unwatchTranslation();
    picker.close();
  });
  return { picker, trigger: triggerChar };
}
