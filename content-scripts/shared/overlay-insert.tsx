import { translator, type UiLanguage } from '../../components/i18n';
import { insertResultText } from '../../components/insert-result-notice';
import { type InsertResult, sendMessage } from '../../core/protocol';
import type { PlatformAdapter } from '../adapter-contract';
import { insertIntoComposer } from './composer-insert';
import type { OverlayState } from './overlay-store';

export interface OverlayInsert {
  adapter: PlatformAdapter;
  /** The overlay state the text was made for (its thread, page kind and buyer language). */
  state: Pick<OverlayState, 'page' | 'threadId' | 'buyerLanguage'>;
  /** The overlay store's open thread right now: an SPA switch meanwhile must not get this text. */
  currentThreadId: () => string | undefined;
  /** The reply the agent chose (counted in the audit trail). */
  text: string;
  /** The whole text for the reply box, made from what it holds right before writing; default: `text` alone. */
  compose?: (current: string) => string;
}

/**
 * The overlay's one way into the portal's reply box, for the reply translator and the template picker: refuses on a
 * page we do not recognise, writes through insertIntoComposer (never sends) only while the thread is still the open
 * one, and logs `replyInserted` in the audit trail.
 */
export async function insertFromOverlay({
  adapter,
  state,
  currentThreadId,
  text,
  compose,
}: OverlayInsert): Promise<InsertResult> {
  if (state.page === 'unrecognised') {
    return { ok: false, reason: 'unrecognised', error: 'This portal page layout is not recognised.' };
  }
  const threadId = state.threadId;
  const result = await insertIntoComposer(adapter, document, compose ?? text, () => {
    // Another thread read since is a switch; a pane we cannot read for a moment (re-rendering) is not.
    const open = currentThreadId();
    return open === undefined || open === threadId;
  });
  if (result.ok && threadId) {
    // The audit trail; the insert itself already happened, so a sleeping worker only costs the log line.
    sendMessage('replyInserted', {
      threadId,
      characters: text.length,
      buyerLanguage: state.buyerLanguage,
    }).catch(() => undefined);
  }
  return result;
}

/** The same words as the side panel's notice for each outcome (restart needed, a portal dialog open…). */
export function OverlayInsertNotice({
  result,
  language,
  testId,
}: {
  result: InsertResult;
  language: UiLanguage;
  testId: string;
}) {
  return (
    <p
      className={result.ok ? 'hw-rt-ok' : 'hw-rt-error'}
      role="status"
      data-testid={testId}
      data-result={result.ok ? 'ok' : result.reason}
    >
      {insertResultText(result, translator(language))}
    </p>
  );
}
