import { languageName } from '../content-scripts/shared/reply-translator';
import type { EventRecord } from '../core/model';
import { formatAbsoluteTime, type MessageKey } from './i18n';
import { useI18n } from './i18n-context';

/** What the timeline needs of an away-mode audit event (reply.auto-sent / -skipped / -failed). */
export type AutoReplyEvent = Pick<EventRecord, 'seq' | 'at' | 'type' | 'detail'>;

export const AUTO_REPLY_EVENT_TYPES = ['reply.auto-sent', 'reply.auto-skipped', 'reply.auto-failed'] as const;

const REASON_KEYS: Record<string, MessageKey> = {
  urgent: 'awayReasonUrgent',
  negative: 'awayReasonNegative',
  window: 'awayReasonWindow',
  'agent-replied': 'awayReasonAgentReplied',
  policy: 'awayReasonPolicy',
  'missing-variables': 'awayReasonMissing',
  'no-template': 'awayReasonNoTemplate',
  'empty-template': 'awayReasonEmpty',
  'translation-failed': 'awayReasonTranslation',
  'no-tab': 'awayReasonNoTab',
  'draft-present': 'awayReasonDraft',
  'not-sent': 'awayReasonNotSent',
  'no-send-control': 'awayReasonNotSent',
  'restart-needed': 'awayReasonBlocked',
  'modal-open': 'awayReasonBlocked',
};

/**
 * A system-style line in the thread for what away mode did: "Away mode sent the off-hours notice (German) · 23:05";
 * a skipped or failed attempt smaller and greyer, with its reason. Only ids, languages and reasons come from the
 * event; the reply itself shows as the outgoing message the portal displays.
 */
export function AutoReplyMarker({ event }: { event: AutoReplyEvent }) {
  const { t, language } = useI18n();
  const detail = (event.detail ?? {}) as { reason?: string; language?: string };
  const reason = t(REASON_KEYS[detail.reason ?? ''] ?? 'awayReasonOther');
  const sent = event.type === 'reply.auto-sent';
  const text = sent
    ? t('awayMarkSent', { language: languageName(detail.language, language) || (detail.language ?? '') })
    : event.type === 'reply.auto-failed'
      ? t('awayMarkFailed', { reason })
      : t('awayMarkSkipped', { reason });
  return (
    <li
      data-testid="auto-reply-marker"
      data-kind={event.type}
      data-reason={detail.reason ?? ''}
      className="flex justify-center px-6 py-1"
    >
      <p
        className={
          sent
            ? 'rounded-md border border-sky-200 bg-sky-50 px-2.5 py-1 text-center text-[11px] leading-snug text-sky-800'
            : 'px-2 text-center text-[10px] leading-snug text-slate-400'
        }
      >
        {text} ·{' '}
        <time dateTime={new Date(event.at).toISOString()}>{formatAbsoluteTime(event.at, language)}</time>
      </p>
    </li>
  );
}
