import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadRecord } from '../../core/model';
import { openFirst } from './selector-tables/types';
import { openPortal, waitForAdapter } from './support/portal';
import { eventually, readStore, type Session, startSession } from './support/session';
import { openSidePanelTab } from './support/side-panel';

/**
 * One inbox for all three portals: a thread captured on each of Amazon, eBay and Shopee (the China cross-border
 * centre, whose rows name their own marketplace and shop), then the side panel's platform and marketplace
 * filters, badges and per-tab adapter status.
 */

let session: Session;
const portals: Page[] = [];

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

async function captured(platform: string, site?: string): Promise<ThreadRecord[]> {
  return (await readStore<ThreadRecord>(session, 'threads')).filter(
    (t) => t.platform === platform && t.captured === 1 && (!site || t.site === site),
  );
}

async function visibleRowPlatforms(panel: Page): Promise<string[]> {
  return panel.$$eval('[data-testid="inbox-row"]', (rows) =>
    rows.map((row) => (row.getAttribute('data-thread-id') ?? '').split(':')[0]!),
  );
}

describe('Cross-platform inbox', () => {
  it('captures a thread on each portal, each with its own marketplace', async () => {
    const amazon = await openPortal(session, 'https://sellercentral.amazon.com/messaging/inbox-v3');
    await openFirst('openThread', 'caseId')(amazon);
    const ebay = await openPortal(session, 'https://www.ebay.de/cnt/ViewMessage?group_type=CORE');
    await openFirst('openThread', 'conversationId')(ebay);
    const shopee = await openPortal(session, 'https://seller.shopee.cn/webchat/conversations');
    await openFirst('openConversation', 'conversationId')(shopee);
    portals.push(amazon, ebay, shopee);

    await eventually(async () => (await captured('amazon', 'amazon.com')).length > 0, 'an Amazon thread');
    await eventually(async () => (await captured('ebay', 'ebay.de')).length > 0, 'an eBay.de thread');
    const shopeeThreads = await eventually(async () => {
      const found = await captured('shopee');
      return found.length > 0 ? found : null;
    }, 'a Shopee thread');

    // The cross-border centre serves every region: the thread is filed under its regional marketplace and shop.
    expect(shopeeThreads[0]!.site).not.toBe('shopee.cn');
    expect(shopeeThreads[0]!.site).toMatch(/^shopee\.[a-z.]+$/);
    expect(shopeeThreads[0]!.shop).toBeTruthy();
  });

  it('lists all three platforms and narrows by platform and by marketplace', async () => {
    const panel = await openSidePanelTab(session);
    await panel.waitForSelector('[data-testid="platform-chip-shopee"]', { timeout: 10_000 });
    for (const platform of ['amazon', 'ebay', 'shopee']) {
      expect(await panel.$(`[data-testid="platform-chip-${platform}"]`)).not.toBeNull();
    }
    expect(new Set(await visibleRowPlatforms(panel))).toEqual(new Set(['amazon', 'ebay', 'shopee']));

    await panel.click('[data-testid="platform-chip-ebay"]');
    await panel.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid="inbox-row"]')].every((row) =>
          row.getAttribute('data-thread-id')?.startsWith('ebay:'),
        ),
      { polling: 100, timeout: 10_000 },
    );
    expect(new Set(await visibleRowPlatforms(panel))).toEqual(new Set(['ebay']));

    await panel.click('[data-testid="platform-chip-all"]');
    const shopeeSite = (await captured('shopee'))[0]!.site;
    // The marketplace list follows the platform scope (eBay alone had one site, so no picker): it comes back with
    // the counts of all platforms.
    await panel.waitForSelector(`[data-testid="site-filter"] option[value="${shopeeSite}"]`, {
      timeout: 10_000,
    });
    await panel.select('[data-testid="site-filter"]', shopeeSite);
    await panel.waitForFunction(
      (site) =>
        [...document.querySelectorAll('[data-testid="inbox-row"]')].every((row) =>
          row.getAttribute('data-thread-id')?.startsWith(`shopee:${site}:`),
        ),
      { polling: 100, timeout: 10_000 },
      shopeeSite,
    );
    const badges = await panel.$$eval('[data-testid="inbox-row"] [data-testid="site-badge"]', (els) =>
      els.map((el) => el.textContent ?? ''),
    );
    expect(badges.length).toBeGreaterThan(0);
    // The badge names the marketplace and, for the cross-border centre, the shop.
    expect(badges.every((text) => text.startsWith(`${shopeeSite} · `))).toBe(true);
    await panel.close();
  });

  it('shows each portal tab’s adapter status with its platform', async () => {
    const panel = await openSidePanelTab(session);

    const lines = await panel.waitForFunction(
      () => {
        const tabs = [...document.querySelectorAll('[data-testid="adapter-status-tab"]')];
        const text = tabs.map((el) => el.textContent ?? '').join('\n');
        return ['sellercentral.amazon.com', 'www.ebay.de', 'seller.shopee.cn'].every((h) => text.includes(h))
          ? tabs.map((el) => el.getAttribute('data-page'))
          : null;
      },
      { polling: 100, timeout: 10_000 },
    );

    expect(await lines.jsonValue()).not.toContain('unrecognised');
    for (const portal of portals) {
      expect(await waitForAdapter(portal)).toMatch(/thread/);
      await portal.close();
    }
    await panel.close();
  });
});
