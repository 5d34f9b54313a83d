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
  return {
    get: () => state,
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
