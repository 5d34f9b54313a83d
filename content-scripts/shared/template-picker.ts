import { type AltShiftShortcut, altShiftLabel, type KeyLike, matchesAltShift } from './reply-translator';

/**
 * The template picker in the portal (issue 5), framework-free: where a `/keyword` sits in the agent's text, how the
 * chosen template replaces it, and the picker's shortcut. The controller is template-picker-store.ts, the page
 * listeners template-picker-trigger.ts, the React face template-picker-panel.tsx.
 */

// — the keyword typed in the portal's reply box —

/** `/wis` in "Hi /wis": where the trigger starts, where the typed keyword ends (the caret), and the keyword. */
export interface TriggerToken {
  start: number;
  end: number;
  query: string;
}

/** Longest keyword we look for: past that it is a path or a sentence, not a keyword being typed. */
const MAX_KEYWORD = 32;

/**
 * The trigger token the caret is at the end of: the trigger character at the start of the text or after
 * whitespace, then at least one non-space character up to the caret, and nothing but whitespace (or the end) right
 * after the caret. "1/2", "and/or" and URLs never match: their slash follows a letter. A Chinese IME types the full
 * width "／" for "/", which counts too.
 */
export function findTriggerToken(text: string, caret: number, trigger: string): TriggerToken | null {
  if (!trigger || caret < 2 || caret > text.length) return null;
  const after = text.charAt(caret);
  if (after && !/\s/.test(after)) return null;
  const triggers = trigger === '/' ? ['/', '／'] : [trigger];
  for (let start = caret - 1; start >= 0 && caret - start <= MAX_KEYWORD + 1; start--) {
    const ch = text.charAt(start);
    if (/\s/.test(ch)) return null;
    if (!triggers.includes(ch)) continue;
    if (start > 0 && !/\s/.test(text.charAt(start - 1))) continue; // part of a word: "and/or", "1/2"
    const query = text.slice(start + ch.length, caret);
    return query ? { start, end: caret, query } : null;
  }
  return null;
}

/**
 * The box's text with [start, end) replaced by `insert`, with one space kept between it and the agent's words on
 * either side (a template dropped between two words must not glue onto them).
 */
export function spliceReply(text: string, start: number, end: number, insert: string): string {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const left = before && !/\s$/.test(before) ? ' ' : '';
  const right = after && !/^\s/.test(after) ? ' ' : '';
  return `${before}${left}${insert}${right}${after}`;
}

/**
 * Where the chosen template goes into what the box holds right before writing. A keyword token is looked for where it
 * was typed, else at its last occurrence (the agent typed on meanwhile), and replaced; a picker opened by button or
 * shortcut inserts at the caret it remembered, else after the agent's text.
 */
export function placeTemplate(
  current: string,
  insert: string,
  anchor: { start: number; end: number; token?: string } | undefined,
): string {
  if (!anchor) return spliceReply(current, current.length, current.length, insert);
  if (anchor.token !== undefined) {
    if (current.slice(anchor.start, anchor.end) === anchor.token) {
      return spliceReply(current, anchor.start, anchor.end, insert);
    }
    const at = current.lastIndexOf(anchor.token);
    if (at >= 0) return spliceReply(current, at, at + anchor.token.length, insert);
    return spliceReply(current, current.length, current.length, insert);
  }
  const start = Math.min(anchor.start, current.length);
  return spliceReply(current, start, Math.min(Math.max(anchor.end, start), current.length), insert);
}

// — the keyboard shortcut —

/** Alt+Shift+Q: Chrome and the portals bind nothing there (see reply-translator.ts for the ones taken). */
export const PICKER_SHORTCUT: AltShiftShortcut = { code: 'KeyQ', label: 'Alt+Shift+Q', macLabel: '⌥⇧Q' };

export function matchesPickerShortcut(event: KeyLike): boolean {
  return matchesAltShift(event, PICKER_SHORTCUT);
}

export function pickerShortcutLabel(platform: string): string {
  return altShiftLabel(PICKER_SHORTCUT, platform);
}

/** The keys the open picker takes from the page (Shopee sends on Enter): what each one does in the picker. */
export type PickerKey = 'up' | 'down' | 'choose' | 'close';

export function pickerKey(event: KeyLike): PickerKey | null {
  if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'Enter':
      return event.shiftKey ? null : 'choose';
    case 'Tab':
      return event.shiftKey ? null : 'choose';
    case 'Escape':
      return 'close';
    default:
      return null;
  }
}
