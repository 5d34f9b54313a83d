// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PlatformAdapter } from '../../content-scripts/adapter-contract';
import { findTriggerToken } from '../../content-scripts/shared/template-picker';
import { isComposerField, readField } from '../../content-scripts/shared/template-picker-trigger';

/** An adapter whose reply box is `element` (what amazonComposer/ebayComposer/shopeeComposer report). */
const adapterWith = (element: Element | null) =>
  ({
    platform: 'amazon',
    composer: () => (element ? { read: () => '', insert: () => undefined, element } : null),
  }) as unknown as PlatformAdapter;

describe('Where the picker listens', () => {
  it('reads a textarea’s text and caret', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    area.value = 'Hi /wis there';
    area.setSelectionRange(7, 7);
    expect(readField(area)).toEqual({ text: 'Hi /wis there', caret: 7 });
    area.remove();
  });

  it('reads a contenteditable reply box’s caret through the selection', () => {
    const box = document.createElement('div');
    box.contentEditable = 'true';
    box.append('Hallo ', document.createElement('b'), '/wis');
    box.querySelector('b')!.textContent = 'Jürgen ';
    document.body.append(box);
    const last = box.lastChild!;
    const range = document.createRange();
    range.setStart(last, 4);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const read = readField(box)!;
    expect(read).toEqual({ text: 'Hallo Jürgen /wis', caret: 17 });
    expect(findTriggerToken(read.text, read.caret, '/')).toEqual({ start: 13, end: 17, query: 'wis' });
    box.remove();
  });

  it('knows the reply box: the element itself, or the textarea inside its shadow root (Amazon’s kat-textarea)', () => {
    const host = document.createElement('kat-textarea');
    const inner = document.createElement('textarea');
    host.attachShadow({ mode: 'open' }).append(inner);
    const search = document.createElement('textarea');
    document.body.append(host, search);
    expect(isComposerField(adapterWith(host), inner)).toBe(true);
    expect(isComposerField(adapterWith(inner), inner)).toBe(true);
    expect(isComposerField(adapterWith(host), search)).toBe(false);
    expect(isComposerField(adapterWith(null), inner)).toBe(false);
    host.remove();
    search.remove();
  });
});
