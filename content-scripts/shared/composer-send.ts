import type { SendResult } from '../../core/protocol';
import type { PlatformAdapter } from '../adapter-contract';
import { insertIntoComposer, NOT_OPEN } from './composer-insert';

/** How long the page may take to take the text out of the box after Send (a request, a re-render). */
export const SEND_CONFIRM_MS = 3_000;
/** How long a Send control that the page disables until it has seen the text may stay disabled. */
const ENABLE_WAIT_MS = 1_000;
const POLL_MS = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const comparable = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Away mode's send (issue 5): the only place the extension clicks a portal's Send control. Conservative at every
 * step — it refuses rather than guesses:
 * - the thread must still be the open one (checked before writing and again right before the click);
 * - the reply box must be empty: the agent's draft is never overwritten or sent;
 * - a portal dialog or an expired conversation stops it (reported, never clicked away);
 * - the text goes in through insertIntoComposer (the page's framework sees it), then the page's own Send control is
 *   clicked — never Enter;
 * - it only reports success when the box empties within a few seconds; otherwise 'not-sent' (a confirmation
 *   dialog, a rejected message), and the text stays in the box for the agent to see.
 */
export async function sendThroughComposer(
  adapter: PlatformAdapter,
  doc: Document,
  text: string,
  stillOpen: () => boolean,
): Promise<SendResult> {
  try {
    if (!text.trim()) return { ok: false, reason: 'error', error: 'Nothing to send.' };
    const blocked = adapter.composerBlocked?.(doc);
    if (blocked) return { ok: false, reason: blocked.reason, error: blocked.detail };
    if (!adapter.sendControl) {
      return { ok: false, reason: 'no-send-control', error: 'This portal has no known Send control.' };
    }
    const existing = adapter.composer(doc);
    if (existing && existing.read().trim() !== '') {
      return { ok: false, reason: 'draft-present', error: 'The reply box holds a draft; it was left alone.' };
    }
    if (!stillOpen()) return NOT_OPEN;

    // The box may only appear now (revealed behind the page's "Reply" button) or the agent may have started
    // typing since the check above: then what they wrote is put back unchanged and nothing is sent.
    let draft = false;
    const inserted = await insertIntoComposer(
      adapter,
      doc,
      (current) => {
        draft = current.trim() !== '';
        return draft ? current : text;
      },
      stillOpen,
    );
    if (!inserted.ok) return inserted;
    if (draft) {
      return { ok: false, reason: 'draft-present', error: 'The reply box holds a draft; it was left alone.' };
    }
    const composer = adapter.composer(doc);
    if (!composer || comparable(composer.read()) !== comparable(text)) {
      return { ok: false, reason: 'not-sent', error: 'The reply box did not take the text.' };
    }

    const control = await enabledSendControl(adapter, doc);
    if (!control) {
      return {
        ok: false,
        reason: 'no-send-control',
        error: 'The Send button was not found or stays disabled.',
      };
    }
    if (!stillOpen()) return NOT_OPEN;
    control.click();

    for (let waited = 0; waited < SEND_CONFIRM_MS; waited += POLL_MS) {
      await sleep(POLL_MS);
      const box = adapter.composer(doc);
      if (!box || comparable(box.read()) !== comparable(text)) {
        // Emptied (or replaced by the page's fresh box): the page took the message.
        if (!box || box.read().trim() === '') return { ok: true };
      }
    }
    return {
      ok: false,
      reason: 'not-sent',
      error: 'The portal did not send the message (the reply box kept it).',
    };
  } catch (error) {
    return { ok: false, reason: 'error', error: `Could not send: ${String(error)}` };
  }
}

function isDisabled(el: HTMLElement): boolean {
  const host = (el.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
  return (
    (el as HTMLButtonElement).disabled === true ||
    el.getAttribute('aria-disabled') === 'true' ||
    host?.hasAttribute?.('disabled') === true
  );
}

/** The Send control once the page has enabled it (it may disable it until its state holds the text). */
async function enabledSendControl(adapter: PlatformAdapter, doc: Document): Promise<HTMLElement | null> {
  for (let waited = 0; ; waited += POLL_MS) {
    const control = adapter.sendControl?.(doc) ?? null;
    if (control && !isDisabled(control)) return control;
    if (waited >= ENABLE_WAIT_MS) return null;
    await sleep(POLL_MS);
  }
}
