import type { PageKind } from '../../core/model';

/** What the overlay shows; written by the content runtime, read by the React overlay. */
export interface OverlayState {
  page: PageKind;
  missing: string[];
  messagesRead: number;
  threadsStored: number;
  pending: number;
  lastError?: string;
  /** The thread open in this tab (the id the background stores it under), for the reply translator. */
  threadId?: string;
  /** The language the buyer of the open thread writes in (detected on their messages), when known. */
  buyerLanguage?: string;
}

export function createOverlayStore(initial: OverlayState) {
  let state = initial;
  const listeners = new Set<() => void>();
  let rescan: (() => void) | undefined;
  return {
    get: () => state,
    /**
     * The state after reading the page right now. The runtime's scan is throttled (up to a quarter second behind
     * an SPA switch), so a write into the reply box checks the open thread with this, not with `get`.
     */
    current() {
      try {
        rescan?.();
      } catch {
        // a failed scan leaves the last state, which the scan itself marks unrecognised when it can
      }
      return state;
    },
    /** The content runtime's scan, for `current`. */
    setRescan(scan: () => void) {
      rescan = scan;
    },
    set(patch: Partial<OverlayState>) {
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type OverlayStore = ReturnType<typeof createOverlayStore>;
