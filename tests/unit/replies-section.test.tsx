// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '../../components/i18n-context';
import { RepliesSection } from '../../components/options/replies-section';
import { useRepliesSettings } from '../../components/options/use-replies-settings';
import { onMessage } from '../../core/protocol';
import { DEFAULT_REPLY_SETTINGS, replySettingsItem } from '../../storage/reply-settings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
let off: () => void = () => undefined;

beforeEach(() => {
  fakeBrowser.reset();
  off = onMessage('listTemplates', () => ({ templates: [] }));
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  off();
  act(() => root.unmount());
  container.remove();
});

/** The section as the options page uses it: the page's Save bar saves the hook's draft. */
function Harness() {
  const settings = useRepliesSettings();
  return (
    <>
      <RepliesSection settings={settings} />
      <button type="button" data-testid="save" onClick={() => void settings.save()} />
      {settings.dirty && <span data-testid="dirty" />}
      {settings.saveState.kind === 'saved' && <span data-testid="saved" />}
    </>
  );
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
};

function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  setter.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('The options page’s Replies section', () => {
  it('saves what it edits without undoing the inbox order the side panel changed meanwhile', async () => {
    await replySettingsItem.setValue({ ...DEFAULT_REPLY_SETTINGS, agentName: 'Li' });
    act(() =>
      root.render(
        <I18nProvider>
          <Harness />
        </I18nProvider>,
      ),
    );
    await settle();
    const agent = container.querySelector<HTMLInputElement>('input[id$="-agent"]')!;
    act(() => type(agent, 'Li Na'));
    await settle();
    expect(container.querySelector('[data-testid="dirty"]')).not.toBeNull();

    // The side panel's Urgent-first toggle, while the options page is open.
    await replySettingsItem.setValue({ ...(await replySettingsItem.getValue()), urgentFirst: true });
    const save = container.querySelector<HTMLButtonElement>('[data-testid="save"]')!;
    await act(async () => save.click());
    await settle();

    const stored = await replySettingsItem.getValue();
    expect(stored.agentName).toBe('Li Na');
    expect(stored.urgentFirst).toBe(true);
    expect(container.querySelector('[data-testid="saved"]')).not.toBeNull();
    expect(container.querySelector('[data-testid="dirty"]')).toBeNull();
  });
});

describe('Discarding the Replies section’s edits', () => {
  it('puts back what was stored', async () => {
    let discard: () => void = () => undefined;
    function WithDiscard() {
      const settings = useRepliesSettings();
      discard = settings.discard;
      return <RepliesSection settings={settings} />;
    }
    await replySettingsItem.setValue({ ...DEFAULT_REPLY_SETTINGS, agentName: 'Li' });
    act(() =>
      root.render(
        <I18nProvider>
          <WithDiscard />
        </I18nProvider>,
      ),
    );
    await settle();
    const agent = () => container.querySelector<HTMLInputElement>('input[id$="-agent"]')!;
    act(() => type(agent(), 'Somebody else'));
    await settle();
    act(() => discard());
    await settle();
    expect(agent().value).toBe('Li');
    expect((await replySettingsItem.getValue()).agentName).toBe('Li');
  });
});
