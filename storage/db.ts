import Dexie, { type EntityTable } from 'dexie';
import type { CustomerRecord, EventRecord, MessageRecord, ThreadRecord } from '../core/model';
import type { TemplateRecord } from '../core/templates/types';
import type { ProviderId } from '../core/translation/types';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';

/** One cached translation (storage/translation-cache.ts). The key is a hash; the source text is not stored. */
export interface TranslationCacheRecord {
  key: string;
  /** The translation, spans restored. */
  text: string;
  /** The source language the provider reported, when it did. */
  source?: string;
  target: string;
  provider: ProviderId;
  createdAt: number;
}

export const DB_NAME = 'helloworld-seller-assistant';

export class AppDb extends Dexie {
  threads!: EntityTable<ThreadRecord, 'id'>;
  messages!: EntityTable<MessageRecord, 'id'>;
  customers!: EntityTable<CustomerRecord, 'id'>;
  events!: EntityTable<EventRecord, 'seq'>;
  translationCache!: EntityTable<TranslationCacheRecord, 'key'>;
  templates!: EntityTable<TemplateRecord, 'id'>;

  /** `versions` is for the upgrade tests, which open the database as an older release had it. */
  constructor(name: string = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}
