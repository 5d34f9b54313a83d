import type { PageKind } from '../../core/model';

/** What the overlay shows; written by the content runtime, read by the React overlay. */
export interface OverlayState {
  page: PageKind;
  missing: string[];
  messagesRead: number;
  threadsStored: number;
  pending: number;
  lastError?: string;
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
