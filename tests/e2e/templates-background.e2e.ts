import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../core/model';
import type { ProtocolMap } from '../../core/protocol';
import { DEFAULT_TEMPLATES } from '../../core/templates/default-pack';
import type { TemplateRecord } from '../../core/templates/types';
import {
  eventually,
  isServiceWorkerRunning,
  readStore,
  type Session,
  startSession,
  stopServiceWorker,
} from './support/session';

/**
 * The template library's background side (issue 5) in the built extension: the default pack seeded by the real
 * service worker on first run, once (a stopped and restarted worker neither duplicates it nor brings back a
 * deleted default), payload validation at the message boundary, usage counts, and Restore. The side panel and
 * portal picker E2E files cover the same handlers through their UIs.
 */

let session: Session;

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const templates = () => readStore<TemplateRecord>(session, 'templates');
const events = () => readStore<EventRecord>(session, 'events');

/** One protocol message from an extension page, as @webext-core/messaging sends it. */
async function call<K extends keyof ProtocolMap>(
  type: K,
  data: Parameters<ProtocolMap[K]>[0] | undefined,
): Promise<ReturnType<ProtocolMap[K]>> {
  const response = (await session.dbPage.evaluate(
    (type, data) =>
      chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() }),
    type,
    data as Record<string, unknown>,
  )) as { res?: ReturnType<ProtocolMap[K]>; err?: { message: string } } | undefined;
  if (response?.err) throw new Error(response.err.message);
  return response?.res as ReturnType<ProtocolMap[K]>;
}

async function restartWorker(): Promise<void> {
  await stopServiceWorker(session);
  // Any message wakes it again; the seeding runs on its start.
  await call('listTemplates', {});
  expect(await isServiceWorkerRunning(session)).toBe(true);
}

describe('template library in the service worker', () => {
  it('seeds the default pack on first run, before the first list is answered', async () => {
    const stored = await eventually(async () => {
      const rows = await templates();
      return rows.length > 0 ? rows : null;
    }, 'the default pack in the database');
    expect(stored.map((t) => t.id).sort()).toEqual(DEFAULT_TEMPLATES.map((t) => t.id).sort());
    const listed = await call('listTemplates', { platform: 'shopee' });
    expect(listed.templates).toHaveLength(DEFAULT_TEMPLATES.length);
    const seeded = await session.dbPage.evaluate(() => chrome.storage.local.get('templatesSeeded'));
    expect((seeded.templatesSeeded as string[]).sort()).toEqual(DEFAULT_TEMPLATES.map((t) => t.id).sort());
  });

  it('keeps a deleted default deleted across a worker restart, without duplicating the pack', async () => {
    expect(await call('deleteTemplate', { id: 'default:thanks' })).toEqual({ ok: true });
    await restartWorker();
    const ids = (await templates()).map((t) => t.id);
    expect(ids).not.toContain('default:thanks');
    expect(ids).toHaveLength(DEFAULT_TEMPLATES.length - 1);
  });

  it('refuses malformed payloads at the boundary and stores nothing from them', async () => {
    const before = (await templates()).length;
    const hostile = await call('saveTemplate', {
      name: '<img src=x onerror=alert(1)>',
      category: 'other',
      // An own "__proto__" key, as JSON from a page would carry it.
      bodies: JSON.parse('{"__proto__": "x"}'),
      platforms: [],
      keyword: '',
      intents: [],
    } as never);
    expect(hostile.ok).toBe(false);
    await expect(
      call('templateUsed', { templateId: 'default:track', via: 'nowhere' } as never),
    ).rejects.toThrow('invalid via');
    expect((await templates()).length).toBe(before);
  });

  it('counts a use and logs it, then restores the deleted default', async () => {
    await call('templateUsed', {
      templateId: 'default:tracking-info',
      via: 'keyword',
      language: 'de',
      translated: true,
    });
    const used = (await templates()).find((t) => t.id === 'default:tracking-info')!;
    expect(used.usageCount).toBe(1);
    expect((await events()).filter((e) => e.type === 'template.used')).toHaveLength(1);

    expect(await call('restoreDefaultTemplates', undefined)).toEqual({ added: 1 });
    await restartWorker();
    expect(await templates()).toHaveLength(DEFAULT_TEMPLATES.length);
  });
});
