/**
 * Buyer-message classification as stored (issue 5): the fields core/intent gives each buyer message, and the
 * thread's summary of them. Shared by ingest (new messages) and the V4 schema upgrade (stored ones).
 */
import { classifyMessage, type Intent, type Sentiment, type UrgentReason } from '../core/intent';
import type { Flag, MessageRecord } from '../core/model';

const flag = (value: boolean): Flag => (value ? 1 : 0);

/** A buyer message's classification fields (core/intent), as stored on its MessageRecord. */
export function classifiedFields(
  text: string,
  language: string | undefined,
  site: string,
): Pick<MessageRecord, 'intent' | 'sentiment' | 'urgent' | 'urgentReasons'> {
  const c = classifyMessage(text, { language, site });
  return { intent: c.intent, sentiment: c.sentiment, urgent: flag(c.urgent), urgentReasons: c.urgentReasons };
}

/** Intents that say little about what the buyer needs: an earlier message since our reply may say more. */
const WEAK_INTENTS: ReadonlySet<Intent> = new Set(['thanks-positive', 'other']);

/**
 * The thread's intent, sentiment and urgency, from the buyer messages since our last reply (`pending`, empty when
 * we answered last or the thread does not wait for us):
 * - urgent when any of them is, with every reason found;
 * - intent: the latest message's, unless it is thanks/other ("hello?", "thanks") and an earlier one says more;
 * - sentiment: the latest message's, but negative when an earlier one was and the latest is not pleased.
 * With nothing pending, intent and sentiment come from the last buyer message (not urgent: we answered).
 */
/** What the summary reads of a message. */
export type ClassifiedMessage = Pick<
  MessageRecord,
  'direction' | 'intent' | 'sentiment' | 'urgent' | 'urgentReasons'
>;

export function threadClassification(
  pending: readonly ClassifiedMessage[],
  timeline: readonly ClassifiedMessage[],
): { intent?: Intent; sentiment?: Sentiment; urgent: boolean; urgentReasons: UrgentReason[] } {
  const buyer = pending.length > 0 ? pending : timeline.filter((m) => m.direction === 'in').slice(-1);
  const latest = buyer[buyer.length - 1];
  if (!latest) return { urgent: false, urgentReasons: [] };
  let intent = latest.intent;
  if (intent === undefined || WEAK_INTENTS.has(intent)) {
    for (let i = buyer.length - 2; i >= 0; i--) {
      const earlier = buyer[i]!.intent;
      if (earlier !== undefined && !WEAK_INTENTS.has(earlier)) {
        intent = earlier;
        break;
      }
    }
  }
  let sentiment = latest.sentiment;
  if (sentiment !== 'positive' && buyer.some((m) => m.sentiment === 'negative')) sentiment = 'negative';
  const reasons = new Set<UrgentReason>();
  let urgent = false;
  for (const m of pending) {
    if (m.urgent !== 1) continue;
    urgent = true;
    for (const reason of m.urgentReasons ?? []) reasons.add(reason);
  }
  return { intent, sentiment, urgent, urgentReasons: [...reasons] };
}
