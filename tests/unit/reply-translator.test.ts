import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../components/i18n';
import {
  canInsert,
  canTranslate,
  chooseTarget,
  INITIAL_REPLY_STATE,
  isStale,
  isTranslateKey,
  matchesReplyShortcut,
  type ReplyAction,
  type ReplyTranslatorState,
  replyErrorKey,
  replyReducer,
  shortcutLabel,
  targetChoices,
} from '../../content-scripts/shared/reply-translator';
import { createReplyDrafts } from '../../content-scripts/shared/reply-translator-hook';
import { placePanel } from '../../content-scripts/shared/reply-translator-placement';

const REPLY = '您好，您的包裹已经发出，预计三天内送达。';
const GERMAN = 'Hallo, Ihr Paket wurde versandt und kommt voraussichtlich innerhalb von drei Tagen an.';

const run = (actions: ReplyAction[], from: ReplyTranslatorState = INITIAL_REPLY_STATE) =>
  actions.reduce(replyReducer, from);

const translated = (request = 1): ReplyAction[] => [
  { type: 'draft', text: REPLY },
  { type: 'translate-start', request },
  {
    type: 'translate-done',
    request,
    from: { draft: REPLY, target: 'de' },
    result: { text: GERMAN, back: REPLY, target: 'de', provider: 'edge' },
  },
];

describe('Reply translator state', () => {
  it('goes from typing to translating to a translation that can be inserted', () => {
    const typing = run([{ type: 'draft', text: REPLY }]);
    const translating = replyReducer(typing, { type: 'translate-start', request: 1 });
    const done = run(translated());

    expect(typing.phase).toBe('editing');
    expect(canTranslate(typing, 'de')).toBe(true);
    expect(canInsert(typing, 'de')).toBe(false);
    expect(translating.phase).toBe('translating');
    expect(canTranslate(translating, 'de')).toBe(false);
    expect(done).toMatchObject({ phase: 'translated', translation: GERMAN, back: REPLY, provider: 'edge' });
    expect(canInsert(done, 'de')).toBe(true);
  });

  it('keeps the agent’s text and drops any translation when translating fails', () => {
    const failed = run([
      ...translated(1),
      { type: 'translate-start', request: 2 },
      { type: 'translate-failed', request: 2, kind: 'auth', message: 'HTTP 403' },
    ]);

    expect(failed).toMatchObject({ phase: 'error', draft: REPLY, translation: '', back: '' });
    expect(failed.error).toEqual({ kind: 'auth', message: 'HTTP 403' });
    expect(canInsert(failed, 'de')).toBe(false);
    expect(canTranslate(failed, 'de')).toBe(true);
  });

  it('ignores the answer to an older request', () => {
    const state = run([
      { type: 'draft', text: REPLY },
      { type: 'translate-start', request: 1 },
      { type: 'translate-start', request: 2 },
      {
        type: 'translate-done',
        request: 1,
        from: { draft: REPLY, target: 'de' },
        result: { text: 'old', back: 'old', target: 'de', provider: 'google' },
      },
    ]);

    expect(state.phase).toBe('translating');
    expect(state.translation).toBe('');
  });

  it('lets the agent edit the translation, and inserts the edited text', () => {
    const edited = run([...translated(), { type: 'edit-translation', text: `${GERMAN} Viele Grüße` }]);

    expect(edited.translation).toBe(`${GERMAN} Viele Grüße`);
    expect(canInsert(edited, 'de')).toBe(true);
  });

  it('keeps Translate and Insert blocked when the agent edits the translation while a request is out', () => {
    const edit: ReplyAction = { type: 'edit-translation', text: `${GERMAN} Danke` };
    const inserting = run([...translated(), { type: 'insert-start' }, edit]);
    const retranslating = run([...translated(1), { type: 'translate-start', request: 2 }, edit]);

    expect(inserting.phase).toBe('inserting');
    expect(canInsert(inserting, 'de')).toBe(false);
    expect(retranslating.phase).toBe('translating');
    expect(canTranslate(retranslating, 'de')).toBe(false);
    expect(canInsert(retranslating, 'de')).toBe(false);
  });

  it('marks the translation stale when the text or the language changes, and blocks inserting it', () => {
    const done = run(translated());
    const retyped = replyReducer(done, { type: 'draft', text: `${REPLY}谢谢` });
    const otherLanguage = replyReducer(done, { type: 'target', language: 'fr' });

    expect(isStale(done, 'de')).toBe(false);
    expect(isStale(retyped, 'de')).toBe(true);
    expect(canInsert(retyped, 'de')).toBe(false);
    expect(isStale(otherLanguage, chooseTarget(otherLanguage, 'de'))).toBe(true);
  });

  it('records the insert outcome: inserted, or back to the translation with the reason', () => {
    const inserting = run([...translated(), { type: 'insert-start' }]);
    const inserted = replyReducer(inserting, { type: 'insert-done', result: { ok: true } });
    const blocked = replyReducer(inserting, {
      type: 'insert-done',
      result: { ok: false, reason: 'restart-needed', error: 'Restart conversation' },
    });

    expect(inserting.phase).toBe('inserting');
    expect(canTranslate(inserting, 'de')).toBe(false);
    expect(inserted.phase).toBe('inserted');
    expect(blocked).toMatchObject({
      phase: 'translated',
      insertResult: { ok: false, reason: 'restart-needed' },
    });
    expect(canInsert(blocked, 'de')).toBe(true);
  });

  it('needs text and a language before translating', () => {
    expect(canTranslate(run([{ type: 'draft', text: '   ' }]), 'de')).toBe(false);
    expect(canTranslate(run([{ type: 'draft', text: REPLY }]), undefined)).toBe(false);
  });
});

describe('Reply target language', () => {
  it.each([
    [undefined, 'de', 'de'],
    [undefined, 'th', 'th'],
    [undefined, 'zh-Hant', 'zh-TW'],
    ['th', 'de', 'th'],
    [undefined, undefined, undefined],
  ] as const)('picked %s, detected %s → %s', (picked, detected, expected) => {
    const state = picked
      ? replyReducer(INITIAL_REPLY_STATE, { type: 'target', language: picked })
      : INITIAL_REPLY_STATE;

    expect(chooseTarget(state, detected)).toBe(expected);
  });

  it('offers a detected language the list lacks, first', () => {
    expect(targetChoices('fi')[0]).toBe('fi');
    expect(targetChoices('de').filter((c) => c === 'de')).toHaveLength(1);
  });
});

describe('Reply translator keys', () => {
  const key = (init: Partial<KeyboardEvent> & { isComposing?: boolean }) =>
    ({
      code: '',
      key: '',
      altKey: false,
      shiftKey: false,
      ctrlKey: false,
      metaKey: false,
      ...init,
    }) as KeyboardEvent;

  it.each([
    [{ code: 'KeyR', key: 'R', altKey: true, shiftKey: true }, true],
    [{ code: 'KeyR', key: '‰', altKey: true, shiftKey: true }, true], // macOS Option+Shift+R
    [{ code: 'KeyR', key: 'r', altKey: true }, false],
    [{ code: 'KeyR', key: 'R', altKey: true, shiftKey: true, ctrlKey: true }, false],
    [{ code: 'KeyR', key: 'R', altKey: true, shiftKey: true, metaKey: true }, false],
    [{ code: 'KeyT', key: 'T', altKey: true, shiftKey: true }, false],
    [{ code: 'KeyR', key: 'R', altKey: true, shiftKey: true, isComposing: true }, false],
  ])('shortcut %o → %s', (init, expected) => {
    expect(matchesReplyShortcut(key(init))).toBe(expected);
  });

  it('shows the shortcut the way each system writes it', () => {
    expect(shortcutLabel('Win32')).toBe('Alt+Shift+R');
    expect(shortcutLabel('MacIntel')).toBe('⌥⇧R');
  });

  it('translates on Ctrl+Enter or Cmd+Enter, never on a bare Enter', () => {
    expect(isTranslateKey(key({ key: 'Enter', ctrlKey: true }))).toBe(true);
    expect(isTranslateKey(key({ key: 'Enter', metaKey: true }))).toBe(true);
    expect(isTranslateKey(key({ key: 'Enter' }))).toBe(false);
  });
});

describe('Reply translator errors', () => {
  it.each([
    'rate-limit',
    'server',
    'timeout',
    'network',
    'auth',
    'quota',
    'unsupported-pair',
    'unavailable',
    'not-configured',
    'bad-response',
    'permission',
    'same-language',
    'empty',
    'no-language',
    'failed',
  ] as const)('%s has words in both languages', (kind) => {
    const k = replyErrorKey(kind);

    expect(DICTIONARIES.en[k]).toBeTruthy();
    expect(DICTIONARIES['zh-CN'][k]).toBeTruthy();
  });
});

describe('Reply drafts', () => {
  it('keep one draft per thread, and a late answer lands in the thread it was asked for', () => {
    const drafts = createReplyDrafts();

    drafts.dispatch('a', { type: 'draft', text: REPLY });
    drafts.dispatch('a', { type: 'translate-start', request: 7 });
    drafts.dispatch('b', { type: 'draft', text: '谢谢' });
    drafts.dispatch('a', {
      type: 'translate-done',
      request: 7,
      from: { draft: REPLY, target: 'de' },
      result: { text: GERMAN, back: REPLY, target: 'de', provider: 'deepl' },
    });

    expect(drafts.get('a')).toMatchObject({ draft: REPLY, translation: GERMAN });
    expect(drafts.get('b')).toMatchObject({ draft: '谢谢', translation: '' });
    expect(drafts.get('c')).toBe(INITIAL_REPLY_STATE);
  });
});

describe('Reply translator placement', () => {
  const viewport = { width: 1400, height: 900 };

  it('sits above a reply box low on the page, aligned with it', () => {
    const p = placePanel({ left: 500, top: 700, right: 1100, bottom: 800 }, viewport, 'bottom-right');

    expect(p).toMatchObject({ mode: 'anchored', left: 500, bottom: 208 });
    expect(p.maxHeight).toBeGreaterThanOrEqual(300);
  });

  it('goes below a reply box near the top, and stays inside the window', () => {
    const p = placePanel({ left: 1300, top: 40, right: 1390, bottom: 100 }, viewport, 'bottom-right');

    expect(p).toMatchObject({ mode: 'anchored', top: 108 });
    expect(p.left! + p.width).toBeLessThanOrEqual(viewport.width - 8);
  });

  it('docks in the overlay’s corner without a reply box, or when the box is off screen', () => {
    expect(placePanel(null, viewport, 'bottom-left')).toMatchObject({ mode: 'docked', left: 16 });
    expect(
      placePanel({ left: 0, top: 1200, right: 500, bottom: 1300 }, viewport, 'bottom-right'),
    ).toMatchObject({ mode: 'docked', right: 16 });
  });
});
