import type { Classification } from '../../core/intent/types';
import type { Translate } from '../i18n';
import { FlagIcon } from '../icons';
import { IntentChip, sentimentLabel, urgentReasonsText } from '../inbox-intent';

export type MessageClassification = Pick<Classification, 'intent' | 'sentiment' | 'urgent' | 'urgentReasons'>;

const SENTIMENT_STYLES: Record<string, string> = {
  negative: 'bg-rose-50 text-rose-700',
  positive: 'bg-emerald-50 text-emerald-700',
  neutral: 'bg-slate-100 text-slate-600',
};

/** What the last buyer message is about, how the buyer sounds and why it is urgent: one line above the reply. */
export function MessageAnalysis({
  classification,
  t,
}: {
  classification: MessageClassification;
  t: Translate;
}) {
  const sentiment = sentimentLabel(classification.sentiment, t);
  const reasons = classification.urgent ? urgentReasonsText(classification.urgentReasons, t) : '';
  return (
    <div
      data-testid="message-analysis"
      data-intent={classification.intent}
      data-sentiment={classification.sentiment}
      className="flex min-w-0 flex-wrap items-center gap-1"
    >
      <span className="text-[10.5px] font-medium text-slate-500">{t('replyAnalysisLabel')}</span>
      <IntentChip intent={classification.intent} t={t} />
      {sentiment && (
        <span
          data-testid="message-sentiment"
          className={`inline-block h-4 shrink-0 rounded px-1 text-[10px] leading-4 font-medium ${
            SENTIMENT_STYLES[classification.sentiment] ?? SENTIMENT_STYLES.neutral
          }`}
        >
          {sentiment}
        </span>
      )}
      {classification.urgent && (
        <span
          data-testid="message-urgent"
          className="inline-flex h-4 min-w-0 items-center gap-0.5 rounded bg-red-50 px-1 text-[10px] leading-4 font-medium text-red-700"
        >
          <FlagIcon className="size-2.5 shrink-0" fill="currentColor" />
          <span className="truncate">{reasons || t('urgent')}</span>
        </span>
      )}
    </div>
  );
}
