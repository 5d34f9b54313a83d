import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadRecord } from '../../core/model';
import {
  addLiveMessage,
  caseThreadId,
  clickRow,
  composerState,
  fixtureThreads,
  openPortal,
  waitForAdapter,
} from './support/amazon-portal';
import { eventually, readStore, type Session, startSession } from './support/session';
import { openSidePanelTab, openThreadInPanel, rowSelector, rowText } from './support/side-panel';

const US_INBOX = 'https://sellercentral.amazon.com/messaging/inbox-v3';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

async function waitStored(threadId: string): Promise<ThreadRecord> {
  return eventually(
    async () =>
      (await readStore<ThreadRecord>(session, 'threads')).find((t) => t.id === threadId && t.captured === 1),
    `thread ${threadId} stored`,
  );
}

describe('Side panel inbox', () => {
  it('lists a captured conversation and updates it live when the buyer writes again', async () => {
    const portal = await openPortal(session, US_INBOX);
    const caseId = await clickRow(portal, 0);
    const threadId = caseThreadId('amazon.com', caseId);
    await waitStored(threadId);
    const panel = await openSidePanelTab(session);
    await panel.waitForSelector(rowSelector(threadId));

    await addLiveMessage(portal, 'Is there any update on the delivery date?');

    await panel.waitForFunction(
      (selector) =>
        document.querySelector(selector)?.textContent?.includes('Is there any update on the delivery date?'),
      { polling: 100, timeout: 10_000 },
      rowSelector(threadId),
    );
    expect(await rowText(panel, threadId)).toContain('amazon.com');
    await panel.close();
    await portal.close();
  });

  it('shows hostile buyer text as plain text and never runs it', async () => {
    const portal = await openPortal(session, US_INBOX);
    const hostile = (await fixtureThreads(portal)).find((t) =>
      t.messages.some((m) => m.text.includes('onerror')),
    )!;
    await portal.evaluate(
      (id) =>
        (window as unknown as { __fixture: { openThread(id: string): Promise<void> } }).__fixture.openThread(
          id,
        ),
      hostile.caseId,
    );
    const threadId = caseThreadId('amazon.com', hostile.caseId);
    await waitStored(threadId);
    const panel = await openSidePanelTab(session);

    await openThreadInPanel(panel, threadId);

    const rendered = await panel.$$eval('[data-testid="timeline-message"]', (els) => ({
      text: els.map((el) => el.textContent ?? '').join('\n'),
      injected: els.some((el) => el.querySelector('img[src="x"], script, kat-button') !== null),
    }));
    expect(rendered.text).toContain('<img src=x onerror=');
    expect(rendered.injected).toBe(false);
    expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await portal.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await panel.close();
    await portal.close();
  });

  it('inserts a reply into the portal reply box so the page state has it, and never sends it', async () => {
    const portal = await openPortal(session, US_INBOX);
    const caseId = await clickRow(portal, 1);
    const threadId = caseThreadId('amazon.com', caseId);
    await waitStored(threadId);
    const panel = await openSidePanelTab(session);
    await openThreadInPanel(panel, threadId);
    const reply = 'Hello! Your parcel left our warehouse today.\nTracking: 1Z999AA10123456784';

    await panel.type('[data-testid="reply-draft"]', reply);
    await panel.click('[data-testid="insert-reply"]');

    await panel.waitForSelector('[data-testid="insert-result"]', { timeout: 10_000 });
    await eventually(async () => (await composerState(portal)) === reply, 'the page state to hold the reply');
    expect(
      await portal.evaluate(() =>
        (window as unknown as { __fixture: { sentMessages(): string[] } }).__fixture.sentMessages(),
      ),
    ).toEqual([]);
    const events = await readStore<{ type: string; threadId?: string }>(session, 'events');
    expect(events.some((e) => e.type === 'reply.inserted' && e.threadId === threadId)).toBe(true);
    await panel.close();
    await portal.close();
  });

  it('marks a thread handled and moves it between the state tabs', async () => {
    const portal = await openPortal(session, US_INBOX);
    const caseId = await clickRow(portal, 0);
    const threadId = caseThreadId('amazon.com', caseId);
    await waitStored(threadId);
    const panel = await openSidePanelTab(session);
    await openThreadInPanel(panel, threadId);

    await panel.click('[data-testid="mark-handled"]');

    await eventually(
      async () =>
        (await readStore<ThreadRecord>(session, 'threads')).find((t) => t.id === threadId)?.state === 'done',
      'the thread to be handled',
    );
    await panel.click('[data-testid="back"]');
    await panel.click('[data-testid="state-tab-handled"]');
    await panel.waitForSelector(rowSelector(threadId), { timeout: 10_000 });
    await panel.close();
    await portal.close();
  });

  it('warns about a portal tab whose layout is not recognised', async () => {
    const portal = await openPortal(session, `${US_INBOX}?layout=redesign`);
    await waitForAdapter(portal, 'unrecognised');
    const panel = await openSidePanelTab(session);

    const status = await panel.waitForFunction(
      () => {
        const text = document.querySelector('[data-testid="adapter-status"]')?.textContent ?? '';
        return text.includes('#case-messages') ? text : null;
      },
      { polling: 100, timeout: 10_000 },
    );

    expect(await status.jsonValue()).toContain('#case-messages');
    await panel.close();
    await portal.close();
  });

  it('opens the real side panel from the overlay button on the portal page', async () => {
    const portal = await openPortal(session, US_INBOX);
    await waitForAdapter(portal);
    const button = await portal.waitForSelector('pierce/[data-testid="hw-open-sidepanel"]', {
      timeout: 10_000,
    });
    const before = new Set(session.browser.targets());

    await button!.click();

    const target = await session.browser.waitForTarget(
      (t) => !before.has(t) && t.url().endsWith('/sidepanel.html'),
      { timeout: 10_000 },
    );
    expect(target.url()).toContain(session.extensionId);
    await portal.close();
  });

  it('opens a thread in the portal from the side panel when no tab shows it', async () => {
    const portal = await openPortal(session, US_INBOX);
    const caseId = await clickRow(portal, 0);
    const threadId = caseThreadId('amazon.com', caseId);
    await waitStored(threadId);
    await portal.close();
    const panel = await openSidePanelTab(session);
    await openThreadInPanel(panel, threadId);

    await panel.click('[data-testid="open-in-portal"]');

    const target = await session.browser.waitForTarget(
      (t) => t.type() === 'page' && t.url().includes(`cc=${caseId}`),
      {
        timeout: 10_000,
      },
    );
    const reopened = (await target.page())!;
    const page = await reopened.waitForFunction(
      () => document.documentElement.dataset.hwPage?.includes('thread'),
      {
        polling: 100,
        timeout: 10_000,
      },
    );
    expect(await page.jsonValue()).toBe(true);
    expect(new URL(target.url()).hostname).toBe('sellercentral.amazon.com');
    await reopened.close();
    await panel.close();
  });
});
