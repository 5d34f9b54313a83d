/**
 * The buyer-message classifier (issue 5). CONTRACT — the implementation lands from the "intent" helper; until then
 * this placeholder keeps the old urgency lexicon so everything that imports it compiles and runs.
 */
import { detectLanguage } from '../language';
import { looksUrgent } from '../urgency';
import type { Classification, ClassifyHints } from './types';

export * from './types';

/** Classify one buyer message. Pure, synchronous, no network; a few microseconds per message. */
export function classifyMessage(text: string, hints: ClassifyHints = {}): Classification {
  const urgent = looksUrgent(text);
  return {
    intent: 'other',
    intents: [],
    sentiment: 'neutral',
    urgent,
    urgentReasons: urgent ? ['angry'] : [],
    language: hints.language ?? detectLanguage(text, { site: hints.site }) ?? 'und',
  };
}
