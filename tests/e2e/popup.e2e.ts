import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadRecord } from '../../core/model';
import { caseThreadId, clickRow, openPortal } from './support/amazon-portal';
import { eventually, readStore, type Session, startSession } from './support/session';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

describe('Popup', () => {
  it('shows open and needs-reply counts and the oldest waiting buyer, and opens the side panel', async () => {
    const portal = await openPortal(session, 'https://sellercentral.amazon.com/messaging/inbox-v3');
    const caseId = await clickRow(portal, 0);
    await eventually(
      async () =>
        (await readStore<ThreadRecord>(session, 'threads')).some(
          (t) => t.id === caseThreadId('amazon.com', caseId),
        ),
      'a captured thread',
    );
    const threads = await readStore<ThreadRecord>(session, 'threads');
    const needsReply = threads.filter((t) => t.needsReply === 1 && t.state !== 'done').length;

    const popup = await session.browser.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.waitForSelector('[data-testid="stat-needs-reply"]');
    const stat = await popup.$eval('[data-testid="stat-needs-reply"]', (el) => el.textContent ?? '');
    expect(stat).toContain(String(needsReply));
    expect(await popup.$eval('[data-testid="stat-oldest"]', (el) => el.textContent ?? '')).not.toBe('');

    const before = new Set(session.browser.targets());
    await popup.click('[data-testid="open-sidepanel"]');
    const panel = await session.browser.waitForTarget(
      (t) => !before.has(t) && t.url().endsWith('/sidepanel.html'),
      {
        timeout: 10_000,
      },
    );
    expect(panel.url()).toContain(session.extensionId);
    await portal.close();
  });
});
