import type { MessageRecord } from '../core/model';
import { formatAbsoluteTime } from './i18n';
import { useI18n } from './i18n-context';
import { PaperclipIcon } from './icons';

/**
 * One message: the buyer's on the left, ours on the right, portal notices centred. The text keeps its line breaks
 * and is rendered as React text only (buyer-controlled).
 */
export function TimelineMessage({ message }: { message: MessageRecord }) {
  const { t, language } = useI18n();
  const time =
    message.sentAtPrecision === 'unknown'
      ? message.sentAtText
      : formatAbsoluteTime(message.sentAt, language, message.sentAtPrecision === 'day');
  const timeEl = (
    <time title={message.sentAtText} dateTime={new Date(message.sentAt).toISOString()}>
      {time}
    </time>
  );

  if (message.direction === 'system') {
    return (
      <li
        data-testid="timeline-message"
        data-direction="system"
        className="flex flex-col items-center px-6 py-1"
      >
        <p className="rounded-md bg-slate-100 px-2.5 py-1.5 text-center text-[11px] leading-snug whitespace-pre-wrap break-words text-slate-600">
          {message.text}
        </p>
        <span className="mt-0.5 text-[10px] text-slate-400">
          {message.author || t('systemAuthor')} · {timeEl}
        </span>
      </li>
    );
  }

  const ours = message.direction === 'out';
  return (
    <li
      data-testid="timeline-message"
      data-direction={message.direction}
      className={`flex flex-col px-3 py-1 ${ours ? 'items-end' : 'items-start'}`}
    >
      <span
        className={`mb-0.5 flex max-w-[85%] gap-1 text-[10.5px] text-slate-500 ${ours ? 'flex-row-reverse' : ''}`}
      >
        <span className="truncate font-medium text-slate-700">{message.author}</span>
        <span className="shrink-0 text-slate-400">{timeEl}</span>
      </span>
      <div
        className={`max-w-[85%] rounded-2xl px-3 py-2 text-[12.5px] leading-relaxed ${
          ours
            ? 'rounded-tr-sm bg-teal-700 text-white'
            : 'rounded-tl-sm bg-slate-100 text-slate-800 ring-1 ring-slate-200/60'
        }`}
      >
        <p className="whitespace-pre-wrap break-words [overflow-wrap:anywhere]">{message.text}</p>
        {message.attachments.length > 0 && (
          <ul aria-label={t('attachments')} className="mt-1.5 flex flex-wrap gap-1">
            {attachmentKeys(message.attachments.map((a) => a.name)).map(([key, name]) => (
              <li
                key={key}
                data-testid="attachment"
                className={`inline-flex max-w-full items-center gap-1 rounded-md px-1.5 py-0.5 text-[11px] ${
                  ours ? 'bg-white/15 text-white' : 'bg-white text-slate-700 ring-1 ring-slate-200'
                }`}
              >
                <PaperclipIcon className="size-3 shrink-0" />
                <span className="truncate">{name}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}

/** Names can repeat (two "photo.jpg"), so repeats get a counter to keep React keys unique. */
function attachmentKeys(names: string[]): [key: string, name: string][] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return [n === 1 ? name : `${name}#${n}`, name];
  });
}
