import type { InsertResult } from '../../core/protocol';
import type { Composer, PlatformAdapter } from '../adapter-contract';

export const NOT_OPEN: InsertResult = {
  ok: false,
  reason: 'no-tab',
  error: 'This thread is no longer open in the portal tab.',
};

/**
 * Put text into the portal's own reply box: the one path for the side panel's "insert" (through the background's
 * `composerInsert`) and for the reply translator in our overlay. It reports what stands in the way (an expired
 * conversation, a portal dialog) instead of clicking it away, reveals a reply box hidden behind the page's own
 * "Reply" button, and never sends: no Enter, no click on Send. `stillOpen` says whether the thread the text is for
 * is still the open one, checked again right before writing. `text` may be a function of what the box holds right
 * then (the template picker replaces its `/keyword` inside the agent's own text, which it must not lose).
 */
export async function insertIntoComposer(
  adapter: PlatformAdapter,
  doc: Document,
  text: string | ((current: string) => string),
  stillOpen: () => boolean = () => true,
): Promise<InsertResult> {
  try {
    const blocked = adapter.composerBlocked?.(doc);
    if (blocked) return { ok: false, reason: blocked.reason, error: blocked.detail };
    const composer = await findComposer(adapter, doc);
    if (!composer)
      return { ok: false, reason: 'no-composer', error: 'The reply box was not found on the page.' };
    // Revealing the reply box may take up to two seconds: an SPA switch meanwhile puts another buyer's box here.
    if (!stillOpen()) return NOT_OPEN;
    composer.insert(typeof text === 'function' ? text(composer.read()) : text);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: 'error', error: `Could not write into the reply box: ${String(error)}` };
  }
}

/** The reply box, revealing it first when the page hides it behind a "Reply" button (it may mount later). */
async function findComposer(adapter: PlatformAdapter, doc: Document): Promise<Composer | null> {
  const existing = adapter.composer(doc);
  if (existing || !adapter.revealComposer?.(doc)) return existing;
  for (let waited = 0; waited < 2_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const composer = adapter.composer(doc);
    if (composer) return composer;
  }
  return null;
}
