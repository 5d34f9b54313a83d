import { storage } from 'wxt/utils/storage';
import type { EventRecord, MessageRecord, Platform, ThreadRecord } from '../core/model';
import { valuesForThread } from '../core/templates/context';
import { DEFAULT_TEMPLATES } from '../core/templates/default-pack';
import { byName, inScope } from '../core/templates/rank';
import {
  TEMPLATE_CATEGORIES,
  type TemplateDraft,
  type TemplateRecord,
  type TemplateValues,
} from '../core/templates/types';
import { validateTemplateDraft } from '../core/templates/validate';
import type { AppDb } from './db';
import { DEFAULT_REPLY_SETTINGS, replySettingsItem } from './reply-settings';

/**
 * The template library in the database (issue 5). The background is the only writer; every change is one
 * transaction with its audit-log row.
 */

/**
 * Ids of the default templates already put into the database once. A default the seller deleted stays deleted
 * (only "Restore defaults" brings it back), and a default added by a later release is seeded on its first run.
 * Kept in extension storage because it must survive a restore of the table ("replace" import empties it).
 */
export const templatesSeededItem = storage.defineItem<string[]>('local:templatesSeeded', {
  fallback: [],
  version: 1,
});

function newId(): string {
  return `tpl_${crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`;
}

/** Event detail: what a seller needs to find the template again, never a body. */
function describe(t: Pick<TemplateRecord, 'id' | 'name' | 'category'>): Record<string, unknown> {
  return { templateId: t.id, name: t.name.slice(0, 120), category: t.category };
}

function log(db: AppDb, event: Omit<EventRecord, 'seq'>): Promise<unknown> {
  return db.events.add(event);
}

/** A draft as stored under `id`: an update keeps the usage statistics and creation time of the record before. */
function storedRecord(
  draft: Omit<TemplateDraft, 'id'>,
  id: string,
  before: TemplateRecord | undefined,
  now: number,
): TemplateRecord {
  return {
    ...draft,
    id,
    usageCount: before?.usageCount ?? 0,
    lastUsedAt: before?.lastUsedAt ?? 0,
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
  };
}

/**
 * Put the default pack into the database on first run. Idempotent: the transaction adds only defaults that are
 * neither stored nor seeded before, and the seeded ids are recorded after it commits. A service worker stopped
 * between the two runs it again on its next start, which adds nothing (the rows exist).
 */
export async function seedDefaultTemplates(db: AppDb, now = Date.now()): Promise<number> {
  const seeded = new Set(await templatesSeededItem.getValue());
  const pending = DEFAULT_TEMPLATES.filter((t) => !seeded.has(t.id));
  if (pending.length === 0) return 0;
  let added = 0;
  await db.transaction('rw', db.templates, async () => {
    const present = await db.templates.bulkGet(pending.map((t) => t.id));
    const missing = pending.filter((_, i) => !present[i]);
    await db.templates.bulkAdd(missing.map((t) => ({ ...t, createdAt: now, updatedAt: now })));
    added = missing.length;
  });
  await templatesSeededItem.setValue([...seeded, ...pending.map((t) => t.id)]);
  return added;
}

const categoryOrder = new Map(TEMPLATE_CATEGORIES.map((c, i) => [c, i]));

/** Every template offered on `platform` (all when absent), by category then name. */
export async function listTemplates(db: AppDb, platform?: Platform): Promise<TemplateRecord[]> {
  const all = await db.templates.toArray();
  return all
    .filter((t) => inScope(t, platform))
    .sort(
      (a, b) =>
        (categoryOrder.get(a.category) ?? 99) - (categoryOrder.get(b.category) ?? 99) ||
        byName.compare(a.name, b.name),
    );
}

export type SaveTemplateResult = { ok: true; id: string; created: boolean } | { ok: false; error: string };

/**
 * Create or update a template from the editor. The input is validated here (it crossed a message boundary); an
 * update keeps the usage statistics, and an edited default becomes the seller's own copy under the same id.
 */
export async function saveTemplate(db: AppDb, input: unknown, now = Date.now()): Promise<SaveTemplateResult> {
  const check = validateTemplateDraft(input);
  if (!check.ok) return check;
  const { id: wanted, builtIn: _ignored, ...draft } = check.draft;
  return db.transaction('rw', [db.templates, db.events], async () => {
    const existing = wanted ? await db.templates.get(wanted) : undefined;
    const id = wanted ?? newId();
    const record = storedRecord(draft, id, existing, now);
    await db.templates.put(record);
    await log(db, {
      at: now,
      type: 'template.saved',
      detail: {
        ...describe(record),
        created: !existing,
        languages: Object.keys(record.bodies),
        platforms: record.platforms,
        keyword: record.keyword,
        ...(existing?.builtIn ? { fromDefault: true } : {}),
      },
    });
    return { ok: true as const, id, created: !existing };
  });
}

/** Remove a template; false when there was none. A deleted default is not seeded again (see templatesSeededItem). */
export async function deleteTemplate(db: AppDb, id: string, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', [db.templates, db.events], async () => {
    const existing = await db.templates.get(id);
    if (!existing) return false;
    await db.templates.delete(id);
    await log(db, {
      at: now,
      type: 'template.deleted',
      detail: { ...describe(existing), builtIn: existing.builtIn === true, usageCount: existing.usageCount },
    });
    return true;
  });
}

export interface ImportOutcome {
  added: number;
  updated: number;
  removed: number;
}

/**
 * Store validated drafts (core/templates/exchange.ts parseTemplateImport) in one transaction: `merge` updates the
 * templates with the same id and adds the others; `replace` empties the library first. Either all of it lands or
 * nothing does.
 */
export async function importTemplates(
  db: AppDb,
  drafts: readonly TemplateDraft[],
  mode: 'merge' | 'replace',
  rejected = 0,
  now = Date.now(),
): Promise<ImportOutcome> {
  return db.transaction('rw', [db.templates, db.events], async () => {
    let removed = 0;
    if (mode === 'replace') {
      removed = await db.templates.count();
      await db.templates.clear();
    }
    let added = 0;
    let updated = 0;
    const existing = await db.templates.bulkGet(drafts.map((d) => d.id ?? ''));
    const records = drafts.map((draft, i): TemplateRecord => {
      const before = existing[i];
      if (before) updated++;
      else added++;
      const { id, ...rest } = draft;
      return storedRecord(rest, id ?? newId(), before, now);
    });
    await db.templates.bulkPut(records);
    await log(db, {
      at: now,
      type: 'templates.imported',
      detail: { mode, added, updated, removed, rejected },
    });
    return { added, updated, removed };
  });
}

/** Put back the default templates that are missing (deleted or replaced away); edited ones are left as they are. */
export async function restoreDefaultTemplates(db: AppDb, now = Date.now()): Promise<number> {
  const added = await db.transaction('rw', [db.templates, db.events], async () => {
    const present = await db.templates.bulkGet(DEFAULT_TEMPLATES.map((t) => t.id));
    const missing = DEFAULT_TEMPLATES.filter((_, i) => !present[i]);
    await db.templates.bulkAdd(missing.map((t) => ({ ...t, createdAt: now, updatedAt: now })));
    await log(db, {
      at: now,
      type: 'templates.imported',
      detail: { mode: 'restore-defaults', added: missing.length, ids: missing.map((t) => t.id) },
    });
    return missing.length;
  });
  // Whatever the seeding flag said before, every default is now known to have been offered once.
  const seeded = new Set(await templatesSeededItem.getValue());
  if (DEFAULT_TEMPLATES.some((t) => !seeded.has(t.id)))
    await templatesSeededItem.setValue([...new Set([...seeded, ...DEFAULT_TEMPLATES.map((t) => t.id)])]);
  return added;
}

export interface TemplateUse {
  templateId: string;
  threadId?: string;
  via: 'picker' | 'keyword' | 'side-panel' | 'suggestion' | 'away';
  language: string;
  translated: boolean;
}

/** A template went into a reply: usage count and time, and a template.used row. False for an unknown template. */
export async function recordTemplateUsage(db: AppDb, use: TemplateUse, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', [db.templates, db.events], async () => {
    const template = await db.templates.get(use.templateId);
    if (!template) return false;
    await db.templates.put({ ...template, usageCount: template.usageCount + 1, lastUsedAt: now });
    await log(db, {
      at: now,
      type: 'template.used',
      ...(use.threadId ? { threadId: use.threadId } : {}),
      detail: {
        ...describe(template),
        via: use.via,
        language: use.language,
        translated: use.translated,
        builtIn: template.builtIn === true,
      },
    });
    return true;
  });
}

/**
 * The variable values of a stored thread (the picker's and side panel's context, away mode's reply): its record,
 * its messages oldest first (the last tracking number wins) and the seller's agent and store names.
 */
export async function valuesForStoredThread(
  thread: ThreadRecord,
  messagesOldestFirst: readonly MessageRecord[],
): Promise<TemplateValues> {
  const settings = { ...DEFAULT_REPLY_SETTINGS, ...(await replySettingsItem.getValue()) };
  return valuesForThread(
    {
      platform: thread.platform,
      site: thread.site,
      shop: thread.shop,
      buyerName: thread.buyerName,
      orderIds: thread.orderIds,
      items: thread.items,
      texts: messagesOldestFirst.map((m) => m.text),
    },
    settings,
  );
}
