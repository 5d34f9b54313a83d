import { detectLanguageDetailed } from '../../core/language';
import { protect } from '../../core/translation/protect';
import { withChrome } from '../../core/translation/providers';
import { classifyStoredOnce } from '../../storage/classify-stored';
import { AppDb } from '../../storage/db';
import { registerAwayMode } from './away-mode';
import { registerBadge } from './badge';
import { createChromeProvider } from './chrome-provider';
import { registerIngestHandlers } from './ingest-handlers';
import { registerTabHandlers } from './tab-handlers';
import { registerTemplateHandlers } from './template-handlers';
import { registerThreadHandlers } from './thread-handlers';
import { registerTranslationHandlers } from './translation-handlers';

// Composition root: the background owns the database and registers one small module per concern.
export default defineBackground(() => {
  const db = new AppDb();
  const away = registerAwayMode(db);
  registerIngestHandlers(db, away.afterIngest);
  registerThreadHandlers(db);
  registerTabHandlers(db);
  registerTemplateHandlers(db);
  registerBadge(db);
  registerTranslationHandlers(db, {
    providers: withChrome(createChromeProvider()),
    protect,
    detect: detectLanguageDetailed,
    exposeTranslator: away.useTranslator,
  });
  // Conversations stored before the classifier get their intent and urgency, in small transactions, once.
  void classifyStoredOnce(db).catch((error) =>
    console.warn('[HelloWorld] classifying stored messages:', error),
  );
});
