import { describe, expect, it } from 'vitest';
import type { Composer, PlatformAdapter } from '../../content-scripts/adapter-contract';
import { insertIntoComposer } from '../../content-scripts/shared/composer-insert';

/** The adapter below never reads the document. */
const PAGE = {} as Document;

/** A portal whose reply box mounts a moment after its "Reply" button is clicked. */
function hiddenComposerAdapter() {
  const inserted: string[] = [];
  let revealed = false;
  const composer: Composer = { read: () => '', insert: (text) => void inserted.push(text) };
  const adapter = {
    platform: 'ebay',
    composer: () => (revealed ? composer : null),
    revealComposer: () => {
      setTimeout(() => {
        revealed = true;
      }, 150);
      return true;
    },
  } as unknown as PlatformAdapter;
  return { adapter, inserted };
}

describe('Inserting into the portal reply box', () => {
  it('writes into a reply box revealed behind the page’s Reply button', async () => {
    const { adapter, inserted } = hiddenComposerAdapter();

    const result = await insertIntoComposer(adapter, PAGE, 'Hallo');

    expect(result).toEqual({ ok: true });
    expect(inserted).toEqual(['Hallo']);
  });

  it('writes nothing when another thread opened while the reply box was being revealed', async () => {
    const { adapter, inserted } = hiddenComposerAdapter();
    let open = 'thread-a';
    setTimeout(() => {
      open = 'thread-b';
    }, 50);

    const result = await insertIntoComposer(adapter, PAGE, 'Hallo', () => open === 'thread-a');

    expect(result).toMatchObject({ ok: false, reason: 'no-tab' });
    expect(inserted).toEqual([]);
  });
});
