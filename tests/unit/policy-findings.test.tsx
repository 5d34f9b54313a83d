// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { translator } from '../../components/i18n';
import {
  PORTAL_POLICY_CLASSES,
  PolicyFindings,
  policyReason,
  policySegments,
  usePolicyFindings,
} from '../../components/policy-findings';
import type { Composer, PlatformAdapter } from '../../content-scripts/adapter-contract';
import type { OverlayState } from '../../content-scripts/shared/overlay-store';
import { createReplyDrafts } from '../../content-scripts/shared/reply-translator-hook';
import { ReplyTranslatorPanel } from '../../content-scripts/shared/reply-translator-panel';
import type { Platform } from '../../core/model';
import { checkPolicy } from '../../core/policy';
import { onMessage } from '../../core/protocol';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
let offHandlers: (() => void)[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  for (const off of offHandlers) off();
  offHandlers = [];
  act(() => root.unmount());
  container.remove();
});

const el = <T extends HTMLElement>(testId: string) => container.querySelector<T>(`[data-testid="${testId}"]`);

describe('policySegments', () => {
  it('cuts the text at the findings and keeps every character once', () => {
    const text = 'Mail a@b.com or call +49 30 1234567 now';
    const findings = checkPolicy(text, 'amazon');

    const segments = policySegments(text, findings);

    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.finding).map((s) => s.text)).toEqual(['a@b.com', '+49 30 1234567']);
  });

  it('skips findings that do not fit the text (computed on an older text)', () => {
    const segments = policySegments('short', [{ rule: 'link', start: 2, end: 40, match: 'x' }]);

    expect(segments).toEqual([{ start: 0, text: 'short' }]);
  });
});

describe('PolicyFindings', () => {
  it('highlights each finding as text in a mark and lists the reasons in the agent language', () => {
    const text = 'Visit <b>www.x.com</b> or WhatsApp me';
    const findings = checkPolicy(text, 'ebay');

    act(() =>
      root.render(<PolicyFindings text={text} findings={findings} platform="ebay" t={translator('en')} />),
    );

    const marks = [...container.querySelectorAll('mark')];
    expect(marks.map((m) => [m.dataset.rule, m.textContent])).toEqual([
      ['link', 'www.x.com'],
      ['contact-details', 'WhatsApp'],
    ]);
    expect(container.querySelector('b')).toBeNull(); // text, never HTML
    expect(el('policy-findings-text')!.textContent).toBe(text);
    expect([...el('policy-findings-reasons')!.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'eBay: links are not allowed — www.x.com',
      'eBay: contact details (messenger apps, "add me") are not allowed — WhatsApp',
    ]);
    expect(container.textContent).toContain('You can still insert it');
  });

  it('speaks Chinese and uses the portal class names when asked', () => {
    const text = '加我微信 abc123';
    const findings = checkPolicy(text, 'shopee');

    act(() =>
      root.render(
        <PolicyFindings
          text={text}
          findings={findings}
          platform="shopee"
          t={translator('zh-CN')}
          classes={PORTAL_POLICY_CLASSES}
        />,
      ),
    );

    expect(container.querySelector('.hw-pf .hw-pf-mark')!.textContent).toBe('加我微信');
    expect(container.querySelector('li')!.textContent).toBe(
      'Shopee：不允许留联系方式（微信、WhatsApp 等社交账号，“加我”）——加我微信',
    );
    expect(container.textContent).toContain('仍可插入');
  });

  it('renders nothing for a clean text', () => {
    act(() =>
      root.render(<PolicyFindings text="Thanks!" findings={[]} platform="amazon" t={translator('en')} />),
    );

    expect(container.innerHTML).toBe('');
  });

  it('says a text is clean only when asked (template editors)', () => {
    act(() =>
      root.render(
        <PolicyFindings text="Thanks!" findings={[]} platform="ebay" t={translator('zh-CN')} showClean />,
      ),
    );

    expect(el('policy-findings-clean')!.textContent).toBe('未发现违反 eBay 规则的内容。');
  });

  it('policyReason reads as one sentence', () => {
    const [finding] = checkPolicy('see www.x.com', 'amazon');

    expect(policyReason(translator('en'), 'amazon', finding!)).toBe(
      'Amazon: links are not allowed — www.x.com',
    );
  });
});

describe('usePolicyFindings', () => {
  it('checks the text for the platform and recomputes only when the inputs change', () => {
    const seen: unknown[] = [];
    function Probe({ text, platform }: { text: string; platform: Platform }) {
      seen.push(usePolicyFindings(text, platform, 'en'));
      return null;
    }

    act(() => root.render(<Probe text="5 stars please" platform="amazon" />));
    act(() => root.render(<Probe text="5 stars please" platform="amazon" />));
    act(() => root.render(<Probe text="5 stars please" platform="ebay" />));

    expect(seen[0]).toBe(seen[1]);
    expect((seen[0] as unknown[]).length).toBe(1);
    expect(seen[2]).toEqual([]);
  });
});

describe('Reply translator panel: policy warning before Insert', () => {
  function renderPanel(platform: Platform) {
    const inserted: string[] = [];
    const composer: Composer = {
      read: () => inserted.at(-1) ?? '',
      insert: (text) => void inserted.push(text),
    };
    const adapter = {
      platform,
      composer: () => composer,
      composerBlocked: () => null,
    } as unknown as PlatformAdapter;
    const state: OverlayState = {
      page: 'thread',
      missing: [],
      messagesRead: 1,
      threadsStored: 1,
      pending: 0,
      threadId: `${platform}:x:c1`,
      buyerLanguage: 'de',
    };
    act(() =>
      root.render(
        <ReplyTranslatorPanel
          state={state}
          adapter={adapter}
          drafts={createReplyDrafts()}
          language="en"
          agentLanguage="zh"
          corner="bottom-right"
          onClose={() => {}}
        />,
      ),
    );
    return inserted;
  }

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
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }

  it.each([
    ['amazon', 'Schreiben Sie an info@shop.de', 'email', 'info@shop.de'],
    ['ebay', 'Mehr auf www.meinshop.de', 'link', 'www.meinshop.de'],
    ['shopee', 'WhatsApp: +49 151 23456789', 'contact-details', 'WhatsApp'],
  ] as const)(
    '%s: warns about the translation, then inserts anyway',
    async (platform, german, rule, match) => {
      offHandlers.push(
        onMessage('translateReply', () => ({
          ok: true,
          text: german,
          back: '…',
          target: 'de',
          provider: 'edge',
        })),
      );
      const inserted = renderPanel(platform);

      type(el<HTMLTextAreaElement>('hw-rt-source')!, '请联系我们');
      expect(el('hw-rt-policy')).toBeNull();
      await click('hw-rt-translate');

      const warning = el('hw-rt-policy')!;
      expect(warning.querySelector(`mark[data-rule="${rule}"]`)!.textContent).toBe(match);
      expect(el('hw-rt-insert')!.textContent).toBe('Insert anyway');
      expect(el('hw-rt-insert')!.dataset.policy).toBe('flagged');
      await click('hw-rt-insert');
      expect(inserted).toEqual([german]);
    },
  );

  it('warns on the agent draft before it is translated, and keeps the plain Insert wording for a clean reply', async () => {
    offHandlers.push(
      onMessage('translateReply', () => ({
        ok: true,
        text: 'Danke!',
        back: '谢谢',
        target: 'de',
        provider: 'edge',
      })),
    );
    renderPanel('amazon');

    type(el<HTMLTextAreaElement>('hw-rt-source')!, '给我们五星好评吧');
    expect(el('hw-rt-policy')!.querySelector('mark')!.dataset.rule).toBe('review-request');
    type(el<HTMLTextAreaElement>('hw-rt-source')!, '谢谢');
    await click('hw-rt-translate');

    expect(el('hw-rt-policy')).toBeNull();
    expect(el('hw-rt-insert')!.textContent).toBe('Insert into reply box');
  });
});
