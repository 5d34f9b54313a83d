import type { Intent, Sentiment, UrgentReason } from '../core/intent/types';
import type { MessageKey, Translate } from './i18n';
import { INTENT_LABELS } from './templates/labels';

/**
 * Intent, sentiment and urgency as the agent reads them (the shared `intent…`, `sentiment…`, `urgentReason…`
 * labels), for the inbox rows and the thread view's reply area.
 */

const SENTIMENT_KEYS: Record<Sentiment, MessageKey> = {
  negative: 'sentimentNegative',
  neutral: 'sentimentNeutral',
  positive: 'sentimentPositive',
};

const URGENT_REASON_KEYS: Record<UrgentReason, MessageKey> = {
  angry: 'urgentReasonAngry',
  'review-threat': 'urgentReasonReviewThreat',
  claim: 'urgentReasonClaim',
  dispute: 'urgentReasonDispute',
  chargeback: 'urgentReasonChargeback',
  legal: 'urgentReasonLegal',
  deadline: 'urgentReasonDeadline',
};

/** The label of an intent worth showing: nothing for 'other' or a value this build does not know. */
export function intentLabel(intent: string | undefined, t: Translate): string | undefined {
  if (!intent || intent === 'other') return undefined;
  const key = INTENT_LABELS[intent as Intent];
  return key ? t(key) : undefined;
}

export function sentimentLabel(sentiment: string | undefined, t: Translate): string | undefined {
  const key = sentiment ? SENTIMENT_KEYS[sentiment as Sentiment] : undefined;
  return key ? t(key) : undefined;
}

/** "Threatens a bad review · Deadline"; '' when there are none (a manual flag). Unknown reasons are skipped. */
export function urgentReasonsText(reasons: readonly string[] | undefined, t: Translate): string {
  return (reasons ?? [])
    .map((r) => URGENT_REASON_KEYS[r as UrgentReason])
    .filter((key): key is MessageKey => key !== undefined)
    .map((key) => t(key))
    .join(' · ');
}

/** A small chip with the intent; renders nothing for 'other' or unknown. Same height as the state chips. */
export function IntentChip({ intent, t }: { intent: string | undefined; t: Translate }) {
  const label = intentLabel(intent, t);
  if (!label) return null;
  return (
    <span
      data-testid="intent-chip"
      data-intent={intent}
      title={t('inboxIntentTitle', { intent: label })}
      className="inline-block h-4 max-w-28 shrink-0 truncate rounded bg-sky-50 px-1 text-[10px] leading-4 font-medium text-sky-800"
    >
      {label}
    </span>
  );
}
