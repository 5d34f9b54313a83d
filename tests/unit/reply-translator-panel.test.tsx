// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { needsTranslation, useThreadTranslation } from '../../components/use-thread-translation';
import type { Composer, ComposerBlock, PlatformAdapter } from '../../content-scripts/adapter-contract';
import type { OverlayState } from '../../content-scripts/shared/overlay-store';
import { createReplyDrafts } from '../../content-scripts/shared/reply-translator-hook';
import { ReplyTranslatorPanel } from '../../content-scripts/shared/reply-translator-panel';
import type { MessageRecord } from '../../core/model';
import { onMessage } from '../../core/protocol';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const REPLY = '您好，您的包裹已经发出，预计三天内送达。';
const GERMAN =
  'Hallo, Ihr Paket wurde versandt und wird voraussichtlich innerhalb von drei Tagen zugestellt.';

/** A portal with one reply box; `blocked` stands for an expired conversation. */
function fakeAdapter(blocked: ComposerBlock | null = null) {
  const inserted: string[] = [];
  const composer: Composer = {
    read: () => inserted.at(-1) ?? '',
    insert: (text) => void inserted.push(text),
  };
  const adapter = {
    platform: 'amazon',
    composer: () => composer,
    composerBlocked: () => blocked,
  } as unknown as PlatformAdapter;
  return { adapter, inserted };
}

const STATE: OverlayState = {
  page: 'thread',
  missing: [],
  messagesRead: 3,
  threadsStored: 1,
  pending: 0,
  threadId: 'amazon:amazon.de:c1',
  buyerLanguage: 'de',
};

let container: HTMLElement;
let root: Root;
let closed = 0;
/** Messaging allows one handler per message: each test removes the one it registered. */
let offHandlers: (() => void)[] = [];
function answerTranslateReply(handler: Parameters<typeof onMessage<'translateReply'>>[1]): void {
  offHandlers.push(onMessage('translateReply', handler));
}

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  closed = 0;
});
afterEach(() => {
  for (const off of offHandlers) off();
  offHandlers = [];
  act(() => root.unmount());
  container.remove();
});

function render(adapter: PlatformAdapter, drafts = createReplyDrafts()) {
  act(() =>
    root.render(
      <ReplyTranslatorPanel
        state={STATE}
        adapter={adapter}
        drafts={drafts}
        language="en"
        agentLanguage="zh"
        corner="bottom-right"
        onClose={() => closed++}
      />,
    ),
  );
  return drafts;
}

const el = <T extends HTMLElement>(testId: string) => container.querySelector<T>(`[data-testid="${testId}"]`);

/** Type as the browser does: the native setter, then an input event React listens to. */
function type(field: HTMLTextAreaElement, text: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function click(testId: string) {
  await act(async () => {
    el(testId)!.click();
  });
  // Let the message round trip and the dispatches settle.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('Reply translator panel in the portal', () => {
  it('translates through the background, shows the back-translation, and inserts the edited translation', async () => {
    const asked: unknown[] = [];
    answerTranslateReply(({ data }) => {
      asked.push(data);
      return { ok: true, text: GERMAN, back: REPLY, target: 'de', provider: 'edge' };
    });
    const { adapter, inserted } = fakeAdapter();
    render(adapter);

    type(el<HTMLTextAreaElement>('hw-rt-source')!, REPLY);
    await click('hw-rt-translate');
    type(el<HTMLTextAreaElement>('hw-rt-translation')!, `${GERMAN} Viele Grüße`);
    await click('hw-rt-insert');

    expect(asked).toEqual([{ threadId: STATE.threadId, text: REPLY, target: 'de' }]);
    expect(el('hw-rt-back')!.textContent).toBe(REPLY);
    expect(el('hw-rt-provider')!.textContent).toContain('Edge');
    expect(inserted).toEqual([`${GERMAN} Viele Grüße`]);
    expect(el('hw-rt-result')!.dataset.result).toBe('ok');
    expect(el('hw-rt-result')!.textContent).toContain('review and send it in the portal');
  });

  it('shows a provider error in words, keeps the text, and offers nothing to insert', async () => {
    answerTranslateReply(() => ({ ok: false, kind: 'quota', error: 'HTTP 456' }));
    const { adapter, inserted } = fakeAdapter();
    render(adapter);

    type(el<HTMLTextAreaElement>('hw-rt-source')!, REPLY);
    await click('hw-rt-translate');

    expect(el('hw-rt-error')!.textContent).toBe('The translation quota of this service is used up.');
    expect(el('hw-rt-error')!.title).toContain('HTTP 456');
    expect(el<HTMLTextAreaElement>('hw-rt-source')!.value).toBe(REPLY);
    expect(el('hw-rt-translation')).toBeNull();
    expect(el<HTMLButtonElement>('hw-rt-insert')!.disabled).toBe(true);
    expect(inserted).toEqual([]);
  });

  it('reports a blocked reply box the way the side panel does, and writes nothing', async () => {
    answerTranslateReply(() => ({
      ok: true,
      text: GERMAN,
      back: REPLY,
      target: 'de',
      provider: 'edge',
    }));
    const { adapter, inserted } = fakeAdapter({ reason: 'modal-open', detail: 'Duplicate message' });
    render(adapter);

    type(el<HTMLTextAreaElement>('hw-rt-source')!, REPLY);
    await click('hw-rt-translate');
    await click('hw-rt-insert');

    expect(el('hw-rt-result')!.dataset.result).toBe('modal-open');
    expect(el('hw-rt-result')!.textContent).toContain('Duplicate message');
    expect(inserted).toEqual([]);
  });

  it('closes on Esc and keeps the draft for the next opening', () => {
    const { adapter } = fakeAdapter();
    const drafts = render(adapter);
    type(el<HTMLTextAreaElement>('hw-rt-source')!, REPLY);

    act(() => {
      el('hw-reply-translator')!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
      );
    });
    act(() => root.render(<div />));
    render(adapter, drafts);

    expect(closed).toBe(1);
    expect(el<HTMLTextAreaElement>('hw-rt-source')!.value).toBe(REPLY);
  });
});

describe('Which buyer messages the side panel asks to translate', () => {
  const message = (patch: Partial<MessageRecord>): MessageRecord =>
    ({
      direction: 'in',
      text: 'Wo ist mein Paket?',
      language: 'de',
      translations: {},
      ...patch,
    }) as MessageRecord;

  it.each([
    ['a German buyer message without Chinese', message({}), true],
    ['one already translated', message({ translations: { zh: '我的包裹在哪里？' } }), false],
    ['our own reply', message({ direction: 'out' }), false],
    ['a portal notice', message({ direction: 'system' }), false],
    ['a message already in Chinese', message({ text: '包裹到了吗？', language: 'zh' }), false],
    ['an attachment without text', message({ text: '  ' }), false],
  ])('%s → %s', (_name, m, expected) => {
    expect(needsTranslation(m, 'zh')).toBe(expected);
  });
});

describe('The side panel asking for a thread’s translations', () => {
  function Probe({ threadId, messages }: { threadId: string; messages: MessageRecord[] }) {
    const { error } = useThreadTranslation(threadId, messages);
    return <p data-testid="probe-error">{error ?? ''}</p>;
  }
  const buyer = (id: string, threadId: string) =>
    ({
      id,
      threadId,
      direction: 'in',
      text: 'Wo ist mein Paket?',
      language: 'de',
      translations: {},
    }) as unknown as MessageRecord;

  it('does not show a failure of the thread left behind on the thread opened since', async () => {
    let fail: () => void = () => undefined;
    offHandlers.push(
      onMessage('translateThread', ({ data }) =>
        data.threadId === 'thread-a'
          ? new Promise((resolve) => {
              fail = () => resolve({ ok: false, error: 'DeepL: key rejected' });
            })
          : new Promise(() => undefined),
      ),
    );
    await act(async () => {
      root.render(<Probe threadId="thread-a" messages={[buyer('a1', 'thread-a')]} />);
      await new Promise((resolve) => setTimeout(resolve, 10));
    });

    await act(async () => {
      root.render(<Probe threadId="thread-b" messages={[buyer('b1', 'thread-b')]} />);
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    await act(async () => {
      fail();
      await new Promise((resolve) => setTimeout(resolve, 10));
    });

    expect(el('probe-error')!.textContent).toBe('');
  });
});
