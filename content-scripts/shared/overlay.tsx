import { useSyncExternalStore } from 'react';
import { sendMessage } from '../../core/protocol';
import type { OverlayStore } from './overlay-store';

type Lang = 'zh-CN' | 'en';

const STRINGS = {
  en: {
    captured: (n: number) => `${n} message${n === 1 ? '' : 's'} captured`,
    inbox: 'Inbox list captured',
    watching: 'Watching this page',
    unrecognised: 'Page layout not recognised',
    unrecognisedHint: 'Messages on this page are not captured. Missing: ',
    pending: (n: number) => `${n} waiting to be saved`,
    open: 'Open inbox',
    rejected: 'Not saved: ',
  },
  'zh-CN': {
    captured: (n: number) => `已捕获 ${n} 条消息`,
    inbox: '已读取收件箱列表',
    watching: '正在监视此页面',
    unrecognised: '无法识别页面布局',
    unrecognisedHint: '此页面的消息未被捕获。缺少：',
    pending: (n: number) => `${n} 条待保存`,
    open: '打开收件箱',
    rejected: '未保存：',
  },
} as const;

/**
 * The discreet indicator we draw on portal pages (in a shadow root, sized in px so the portal's root font size
 * cannot leak in). It says what was captured, warns when the layout is not recognised, and opens the side panel.
 */
export function Overlay({ store, lang }: { store: OverlayStore; lang: Lang }) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  const t = STRINGS[lang];
  if (state.page === 'other') return null;
  const unrecognised = state.page === 'unrecognised';
  const label = unrecognised
    ? t.unrecognised
    : state.messagesRead > 0
      ? t.captured(state.messagesRead)
      : state.page === 'inbox'
        ? t.inbox
        : t.watching;
  const title = unrecognised
    ? `${t.unrecognisedHint}${state.missing.join(', ')}`
    : state.lastError
      ? `${t.rejected}${state.lastError}`
      : label;
  return (
    <div className="hw-root" data-hw-state={unrecognised ? 'unrecognised' : 'ok'} title={title}>
      <span className={`hw-dot ${unrecognised || state.lastError ? 'hw-dot-warn' : 'hw-dot-ok'}`} />
      <span className="hw-brand">HW</span>
      <span className="hw-label" data-testid="hw-overlay-label">
        {label}
        {state.pending > 0 ? ` · ${t.pending(state.pending)}` : ''}
      </span>
      <button
        type="button"
        className="hw-open"
        data-testid="hw-open-sidepanel"
        onClick={() => void sendMessage('openSidePanel').catch(() => undefined)}
      >
        {t.open}
      </button>
    </div>
  );
}
