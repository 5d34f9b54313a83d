import type { MessageKey, UiLanguage } from '../../components/i18n';
import type { InsertResult } from '../../core/protocol';
import { normaliseLanguage } from '../../core/translation/agent-language';
import type { ProviderErrorKind, ProviderId } from '../../core/translation/types';

/**
 * Translate-my-reply, framework-free: the agent writes in their language, the background translates it into the
 * buyer's language with a back-translation to check it, the agent may edit the translation, and it is inserted into
 * the portal's reply box (never sent). One state machine for the overlay panel in the portal and the side panel's
 * reply box; the React side is reply-translator-hook.ts.
 */

export type ReplyPhase = 'editing' | 'translating' | 'translated' | 'error' | 'inserting' | 'inserted';

export type ReplyErrorKind = ProviderErrorKind | 'same-language' | 'empty' | 'no-language' | 'failed';

export interface ReplyTranslatorState {
  /** What the agent wrote, in their language. */
  draft: string;
  /** The buyer language the agent chose by hand; wins over the detected one (detection can be wrong). */
  pickedTarget?: string;
  phase: ReplyPhase;
  /** The translation into the buyer's language; the agent may edit it before inserting. */
  translation: string;
  /** The provider's translation back into the agent's language, read-only. */
  back: string;
  provider?: ProviderId;
  /** The draft and target the translation was made from: when either changed since, it is stale. */
  translatedFrom?: { draft: string; target: string };
  error?: { kind: ReplyErrorKind; message: string };
  insertResult?: InsertResult;
  /** Numbers translate requests, so an answer to an older one (the agent clicked twice) is dropped. */
  request: number;
}

export const INITIAL_REPLY_STATE: ReplyTranslatorState = Object.freeze({
  draft: '',
  phase: 'editing',
  translation: '',
  back: '',
  request: 0,
}) as ReplyTranslatorState;

export type ReplyTranslated = { text: string; back: string; target: string; provider: ProviderId };

export type ReplyAction =
  | { type: 'draft'; text: string }
  | { type: 'target'; language: string }
  | { type: 'translate-start'; request: number }
  | {
      type: 'translate-done';
      request: number;
      from: { draft: string; target: string };
      result: ReplyTranslated;
    }
  | { type: 'translate-failed'; request: number; kind: ReplyErrorKind; message: string }
  | { type: 'edit-translation'; text: string }
  | { type: 'insert-start' }
  | { type: 'insert-done'; result: InsertResult };

export function replyReducer(state: ReplyTranslatorState, action: ReplyAction): ReplyTranslatorState {
  switch (action.type) {
    case 'draft':
      return {
        ...state,
        draft: action.text,
        error: undefined,
        insertResult: undefined,
        phase: settledPhase(state),
      };
    case 'target':
      return {
        ...state,
        pickedTarget: normaliseLanguage(action.language),
        error: undefined,
        insertResult: undefined,
        phase: settledPhase(state),
      };
    case 'translate-start':
      return {
        ...state,
        request: action.request,
        phase: 'translating',
        error: undefined,
        insertResult: undefined,
      };
    case 'translate-done':
      if (action.request !== state.request) return state;
      return {
        ...state,
        phase: 'translated',
        translation: action.result.text,
        back: action.result.back,
        provider: action.result.provider,
        translatedFrom: action.from,
      };
    case 'translate-failed':
      if (action.request !== state.request) return state;
      // The agent's text stays; a translation of something else must not be inserted by mistake.
      return {
        ...state,
        phase: 'error',
        error: { kind: action.kind, message: action.message },
        translation: '',
        back: '',
        provider: undefined,
        translatedFrom: undefined,
      };
    case 'edit-translation':
      // An edit while a request is out must not re-enable Translate or Insert (a second insert, a stale text).
      return { ...state, translation: action.text, insertResult: undefined, phase: settledPhase(state) };
    case 'insert-start':
      return { ...state, phase: 'inserting', insertResult: undefined };
    case 'insert-done':
      return { ...state, phase: action.result.ok ? 'inserted' : 'translated', insertResult: action.result };
  }
}

/** Where the machine rests after an edit: still waiting for an answer, or showing a translation, or editing. */
function settledPhase(state: ReplyTranslatorState): ReplyPhase {
  if (state.phase === 'translating' || state.phase === 'inserting') return state.phase;
  return state.translation ? 'translated' : 'editing';
}

/** The language to translate into: the agent's pick, else the language detected on the buyer's messages. */
export function chooseTarget(
  state: ReplyTranslatorState,
  buyerLanguage: string | undefined,
): string | undefined {
  return state.pickedTarget ?? normaliseLanguage(buyerLanguage);
}

/** The translation no longer matches what the agent wrote, or was made for another language. */
export function isStale(state: ReplyTranslatorState, target: string | undefined): boolean {
  const from = state.translatedFrom;
  return from !== undefined && (from.draft !== state.draft || from.target !== target);
}

export function canTranslate(state: ReplyTranslatorState, target: string | undefined): boolean {
  return (
    state.draft.trim() !== '' &&
    target !== undefined &&
    state.phase !== 'translating' &&
    state.phase !== 'inserting'
  );
}

export function canInsert(state: ReplyTranslatorState, target: string | undefined): boolean {
  return (
    state.translation.trim() !== '' &&
    !isStale(state, target) &&
    (state.phase === 'translated' || state.phase === 'inserted')
  );
}

/** What a failed translate answer (or a failed message to the background) means to the agent. */
export function replyErrorKey(kind: ReplyErrorKind): MessageKey {
  return ERROR_KEYS[kind] ?? 'replyTrErrFailed';
}

const ERROR_KEYS: Record<ReplyErrorKind, MessageKey> = {
  'rate-limit': 'replyTrErrRateLimit',
  server: 'replyTrErrServer',
  timeout: 'replyTrErrTimeout',
  network: 'replyTrErrNetwork',
  auth: 'replyTrErrAuth',
  quota: 'replyTrErrQuota',
  'unsupported-pair': 'replyTrErrUnsupportedPair',
  unavailable: 'replyTrErrUnavailable',
  'not-configured': 'replyTrErrNotConfigured',
  'bad-response': 'replyTrErrBadResponse',
  permission: 'replyTrErrPermission',
  'same-language': 'replyTrErrSameLanguage',
  empty: 'replyTrErrEmpty',
  'no-language': 'replyTrErrNoLanguage',
  failed: 'replyTrErrFailed',
};

// — the keyboard shortcuts —

/**
 * The overlay's shortcuts are Alt+Shift+<letter>: Alt+Shift+R ("reply") opens the reply translator, Alt+Shift+Q the
 * template picker (template-picker-keys.ts). Chrome uses Alt+Shift+T (focus the toolbar), Alt+Shift+I (feedback),
 * Alt+Shift+A and Alt+Shift+B; the portals bind none of these. Matched on `code`, because on a Mac Option+Shift turns
 * the key into another character ("‰").
 */
export interface AltShiftShortcut {
  code: string;
  label: string;
  macLabel: string;
}

const REPLY_SHORTCUT: AltShiftShortcut = { code: 'KeyR', label: 'Alt+Shift+R', macLabel: '⌥⇧R' };

export type KeyLike = Pick<KeyboardEvent, 'code' | 'key' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'> & {
  isComposing?: boolean;
};

export function matchesAltShift(event: KeyLike, shortcut: AltShiftShortcut): boolean {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.isComposing) return false;
  const letter = shortcut.code.replace(/^Key/, '').toLowerCase();
  return event.code === shortcut.code || (!event.code && event.key.toLowerCase() === letter);
}

export function altShiftLabel(shortcut: AltShiftShortcut, platform: string): string {
  return /mac/i.test(platform) ? shortcut.macLabel : shortcut.label;
}

export function matchesReplyShortcut(event: KeyLike): boolean {
  return matchesAltShift(event, REPLY_SHORTCUT);
}

export function shortcutLabel(platform: string): string {
  return altShiftLabel(REPLY_SHORTCUT, platform);
}

/** Ctrl+Enter (Cmd+Enter on a Mac) translates; a bare Enter is a new line, never "send". */
export function isTranslateKey(event: KeyLike): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing;
}

// — languages and providers, as the agent reads them —

/** Buyer languages offered when detection is wrong or missing: the marketplaces' languages. */
const TARGET_LANGUAGES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'sv',
  'cs',
  'ro',
  'tr',
  'ru',
  'ar',
  'he',
  'hi',
  'ja',
  'ko',
  'zh',
  'zh-TW',
  'th',
  'vi',
  'id',
  'ms',
  'tl',
] as const;

/** The offered languages, with the detected or picked one first when the list lacks it. */
export function targetChoices(current: string | undefined): string[] {
  const list: string[] = [...TARGET_LANGUAGES];
  return current && !list.includes(current) ? [current, ...list] : list;
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

/**
 * "德语" / "German" for `de`, in the UI language; the code itself when the browser cannot name it. `zh-TW` is
 * Traditional Chinese here (the detector's label for it), not Chinese as written in Taiwan. Shared by the side
 * panel, the reply translator and the translations under buyer messages.
 */
export function languageName(code: string | undefined, ui: UiLanguage | string): string {
  if (!code) return '';
  let names = displayNames.get(ui);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([ui], { type: 'language' });
    } catch {
      names = null;
    }
    displayNames.set(ui, names);
  }
  try {
    return names?.of(code === 'zh-TW' ? 'zh-Hant' : code) ?? code;
  } catch {
    return code;
  }
}

const PROVIDER_LABELS: Record<ProviderId, string> = {
  chrome: 'Chrome',
  edge: 'Edge',
  google: 'Google',
  deepl: 'DeepL',
  openai: 'OpenAI',
  baidu: 'Baidu',
};

/** The provider's short name, as our labels show it (the queue's error texts use its longer PROVIDER_LABELS). */
export function providerLabel(id: string | undefined): string {
  return id ? (PROVIDER_LABELS[id as ProviderId] ?? id) : '';
}
