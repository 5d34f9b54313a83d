import { describe, expect, it } from 'vitest';
import { createOverlayStore } from '../../content-scripts/shared/overlay-store';

const initial = { page: 'thread' as const, missing: [], messagesRead: 0, threadsStored: 0, pending: 0 };

describe('The overlay store', () => {
  it('reads the page again for `current`, so a write checks the thread the page shows now', () => {
    const store = createOverlayStore({ ...initial, threadId: 'a' });
    let pageShows = 'a';
    store.setRescan(() => store.set({ threadId: pageShows }));
    pageShows = 'b'; // an SPA switch the throttled scan has not seen yet
    expect(store.get().threadId).toBe('a');
    expect(store.current().threadId).toBe('b');
  });

  it('keeps the last state when the scan throws, and works without one', () => {
    const store = createOverlayStore({ ...initial, threadId: 'a' });
    expect(store.current().threadId).toBe('a');
    store.setRescan(() => {
      throw new Error('adapter broke');
    });
    expect(store.current().threadId).toBe('a');
  });
});
