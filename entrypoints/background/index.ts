import { AppDb } from '../../storage/db';
import { registerBadge } from './badge';
import { registerIngestHandlers } from './ingest-handlers';
import { registerTabHandlers } from './tab-handlers';
import { registerThreadHandlers } from './thread-handlers';

// Composition root: the background owns the database and registers one small module per concern.
export default defineBackground(() => {
  const db = new AppDb();
  registerIngestHandlers(db);
  registerThreadHandlers(db);
  registerTabHandlers(db);
  registerBadge(db);
});
