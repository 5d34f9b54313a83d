import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_TEMPLATES } from '../../core/templates/default-pack';
import type { TemplateDraft } from '../../core/templates/types';
import { AppDb } from '../../storage/db';
import {
  deleteTemplate,
  importTemplates,
  listTemplates,
  recordTemplateUsage,
  restoreDefaultTemplates,
  saveTemplate,
  seedDefaultTemplates,
  templatesSeededItem,
} from '../../storage/templates';

let db: AppDb;

beforeEach(() => {
  fakeBrowser.reset();
  db = new AppDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const draft = (overrides: Record<string, unknown> = {}): TemplateDraft =>
  ({
    name: 'My refund note',
    category: 'refund' as const,
    bodies: { en: 'Refunded {{order_id}}.', zh: '已退款 {{order_id}}。' },
    platforms: ['amazon'],
    keyword: 'myrefund',
    intents: [],
    ...overrides,
  }) as TemplateDraft;

describe('seeding the default pack', () => {
  it('puts the pack in once, and a deleted default stays deleted', async () => {
    expect(await seedDefaultTemplates(db, 1000)).toBe(DEFAULT_TEMPLATES.length);
    expect(await db.templates.count()).toBe(DEFAULT_TEMPLATES.length);
    expect((await db.templates.get('default:off-hours'))!.createdAt).toBe(1000);

    await deleteTemplate(db, 'default:thanks');
    expect(await seedDefaultTemplates(db)).toBe(0);
    expect(await db.templates.get('default:thanks')).toBeUndefined();
  });

  it('survives a stop between the transaction and the flag without duplicating or losing edits', async () => {
    await seedDefaultTemplates(db);
    await saveTemplate(db, { ...DEFAULT_TEMPLATES[0], name: 'Edited' });
    // The worker stopped before the flag was written: the next start runs the seed again.
    await templatesSeededItem.setValue([]);
    expect(await seedDefaultTemplates(db)).toBe(0);
    expect(await db.templates.count()).toBe(DEFAULT_TEMPLATES.length);
    expect((await db.templates.get(DEFAULT_TEMPLATES[0]!.id))!.name).toBe('Edited');
  });

  it('seeds only defaults a later release added', async () => {
    await templatesSeededItem.setValue(DEFAULT_TEMPLATES.slice(1).map((t) => t.id));
    expect(await seedDefaultTemplates(db)).toBe(1);
    expect((await db.templates.toArray()).map((t) => t.id)).toEqual([DEFAULT_TEMPLATES[0]!.id]);
  });

  it('restore puts back missing defaults only and logs it', async () => {
    await seedDefaultTemplates(db);
    await deleteTemplate(db, 'default:thanks');
    await saveTemplate(db, {
      ...DEFAULT_TEMPLATES.find((t) => t.id === 'default:refund-issued'),
      name: 'Mine now',
    });
    expect(await restoreDefaultTemplates(db)).toBe(1);
    expect(await db.templates.get('default:thanks')).toBeDefined();
    expect((await db.templates.get('default:refund-issued'))!.name).toBe('Mine now');
    expect(await restoreDefaultTemplates(db)).toBe(0);
    const events = await db.events.where('type').equals('templates.imported').toArray();
    expect(events.map((e) => e.detail)).toEqual([
      { mode: 'restore-defaults', added: 1, ids: ['default:thanks'] },
      { mode: 'restore-defaults', added: 0, ids: [] },
    ]);
  });
});

describe('saving, listing, deleting', () => {
  it('creates with a new id, updates keeping statistics, and logs both', async () => {
    const created = await saveTemplate(db, draft(), 10);
    if (!created.ok) throw new Error(created.error);
    expect(created.id).toMatch(/^tpl_[0-9a-f]{20}$/);
    expect(created.created).toBe(true);
    await recordTemplateUsage(
      db,
      { templateId: created.id, via: 'picker', language: 'de', translated: true },
      20,
    );

    const updated = await saveTemplate(db, draft({ id: created.id, name: 'Renamed', evil: 'x' }), 30);
    expect(updated).toEqual({ ok: true, id: created.id, created: false });
    const stored = await db.templates.get(created.id);
    expect(stored).toMatchObject({
      name: 'Renamed',
      usageCount: 1,
      lastUsedAt: 20,
      createdAt: 10,
      updatedAt: 30,
    });
    expect(stored).not.toHaveProperty('evil');

    const saved = await db.events.where('type').equals('template.saved').toArray();
    expect(saved.map((e) => e.detail.created)).toEqual([true, false]);
    expect(saved[0]!.detail).toMatchObject({
      templateId: created.id,
      category: 'refund',
      languages: ['en', 'zh'],
    });
    expect(JSON.stringify(saved)).not.toContain('Refunded');
  });

  it('refuses an invalid draft with the reason and stores nothing', async () => {
    expect(await saveTemplate(db, draft({ bodies: {} }))).toEqual({
      ok: false,
      error: 'body missing',
      issue: { code: 'body-missing' },
    });
    expect(await saveTemplate(db, draft({ name: '' }))).toEqual({
      ok: false,
      error: 'name missing',
      issue: { code: 'name-missing' },
    });
    expect(await saveTemplate(db, null)).toEqual({
      ok: false,
      error: 'not a template',
      issue: { code: 'not-template' },
    });
    expect(await db.templates.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });

  it('an edited default becomes the seller’s own copy under the same id', async () => {
    await seedDefaultTemplates(db);
    await saveTemplate(db, { ...DEFAULT_TEMPLATES[0], builtIn: true, name: 'Own' });
    const stored = await db.templates.get(DEFAULT_TEMPLATES[0]!.id);
    expect(stored!.builtIn).toBeUndefined();
    expect(stored!.name).toBe('Own');
  });

  it('lists by platform scope, by category then name', async () => {
    await saveTemplate(db, draft({ name: 'B', platforms: ['amazon'] }));
    await saveTemplate(db, draft({ name: 'A', platforms: [], category: 'thanks' }));
    await saveTemplate(db, draft({ name: 'C', platforms: ['ebay'], category: 'tracking' }));
    expect((await listTemplates(db, 'amazon')).map((t) => t.name)).toEqual(['B', 'A']);
    expect((await listTemplates(db)).map((t) => t.name)).toEqual(['C', 'B', 'A']);
  });

  it('deletes and logs once', async () => {
    const saved = await saveTemplate(db, draft());
    if (!saved.ok) throw new Error(saved.error);
    expect(await deleteTemplate(db, saved.id)).toBe(true);
    expect(await deleteTemplate(db, saved.id)).toBe(false);
    expect(await db.events.where('type').equals('template.deleted').count()).toBe(1);
  });
});

describe('importing', () => {
  it('merges by id, keeping the statistics of updated templates', async () => {
    await seedDefaultTemplates(db);
    await recordTemplateUsage(db, {
      templateId: 'default:thanks',
      via: 'side-panel',
      language: 'en',
      translated: false,
    });
    const outcome = await importTemplates(
      db,
      [
        { ...draft(), id: 'default:thanks', name: 'Thanks (imported)', platforms: [] },
        { ...draft(), platforms: [] },
      ],
      'merge',
      2,
    );
    expect(outcome).toEqual({ added: 1, updated: 1, removed: 0 });
    expect(await db.templates.count()).toBe(DEFAULT_TEMPLATES.length + 1);
    expect(await db.templates.get('default:thanks')).toMatchObject({
      name: 'Thanks (imported)',
      usageCount: 1,
    });
    const event = await db.events.where('type').equals('templates.imported').last();
    expect(event!.detail).toEqual({ mode: 'merge', added: 1, updated: 1, removed: 0, rejected: 2 });
  });

  it('replaces everything in one go, and a replaced default does not come back by itself', async () => {
    await seedDefaultTemplates(db);
    const outcome = await importTemplates(db, [{ ...draft(), platforms: [] }], 'replace');
    expect(outcome).toEqual({ added: 1, updated: 0, removed: DEFAULT_TEMPLATES.length });
    expect(await db.templates.count()).toBe(1);
    expect(await seedDefaultTemplates(db)).toBe(0);
    expect(await db.templates.count()).toBe(1);
  });

  it('rolls back a failed import completely', async () => {
    await seedDefaultTemplates(db);
    const broken = [
      { ...draft(), platforms: [] },
      { ...draft(), id: {} as unknown as string },
    ];
    await expect(importTemplates(db, broken, 'replace')).rejects.toThrow();
    expect(await db.templates.count()).toBe(DEFAULT_TEMPLATES.length);
    expect(await db.events.count()).toBe(0);
  });
});

describe('usage', () => {
  it('counts uses, remembers the time and logs template.used without any text', async () => {
    await seedDefaultTemplates(db);
    for (const at of [100, 200])
      await recordTemplateUsage(
        db,
        {
          templateId: 'default:tracking-info',
          threadId: 'amazon:amazon.de:t1',
          via: 'keyword',
          language: 'de',
          translated: true,
        },
        at,
      );
    expect(await db.templates.get('default:tracking-info')).toMatchObject({ usageCount: 2, lastUsedAt: 200 });
    const events = await db.events.where('type').equals('template.used').toArray();
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      threadId: 'amazon:amazon.de:t1',
      detail: {
        templateId: 'default:tracking-info',
        via: 'keyword',
        language: 'de',
        translated: true,
        builtIn: true,
        category: 'tracking',
      },
    });
    expect(
      await recordTemplateUsage(db, { templateId: 'nope', via: 'picker', language: 'en', translated: false }),
    ).toBe(false);
  });
});
