/**
 * Everything a content script sends was read from a page whose text the buyer controls, so every payload is
 * validated on arrival. Limits sit well above what the portals allow (Amazon and eBay cap a message at a few
 * thousand characters) and well below what would hurt the database.
 */
export const LIMITS = {
  messageText: 32_000,
  messagesPerThread: 5_000,
  shortText: 500,
  subject: 2_000,
  url: 4_096,
  attachmentsPerMessage: 50,
  idsPerThread: 200,
  inboxRows: 1_000,
  /** Serialised snapshot size in characters. */
  snapshotChars: 8_000_000,
} as const;

/**
 * What a page may ask the background to translate in one message (entrypoints/background/translation-handlers.ts):
 * providers bill by character. A buyer message over `textChars` is not sent from the portal (the side panel's
 * translateThread takes stored texts whole).
 */
export const TRANSLATE_LIMITS = {
  texts: 200,
  textChars: 5_000,
  replyChars: 5_000,
  threadId: 600,
  language: 20,
} as const;
