const comparable = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

/**
 * Whether an outgoing message is the automatic reply recorded on the thread (portals may re-flow whitespace).
 * Kept apart from the decision so storage/ingest.ts imports nothing else of away mode.
 */
export function isAutoReplyText(text: string, autoReplyText: string | undefined): boolean {
  if (!autoReplyText) return false;
  const a = comparable(text);
  return a !== '' && a === comparable(autoReplyText);
}
