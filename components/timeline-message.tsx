import { languageName, providerLabel } from '../content-scripts/shared/reply-translator';
import type { MessageRecord } from '../core/model';
import { formatAbsoluteTime } from './i18n';
import { useI18n } from './i18n-context';
import { CheckIcon, PaperclipIcon } from './icons';

/** How translations show in the timeline: into which language, and whether this message is waiting for one. */
export interface MessageTranslationView {
  agentLanguage: string;
  pending: boolean;
}

/**
 * One message: the buyer's on the left, ours on the right, portal notices centred. The text keeps its line breaks
 * and is rendered as React text only (buyer-controlled). With translation on, a buyer message shows its original
 * and the translation side by side when the panel is wide, one above the other in the narrow side panel.
 */
export function TimelineMessage({
  message,
  translation,
}: {
  message: MessageRecord;
  translation?: MessageTranslationView;
}) {
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
  const translated = translation && !ours ? message.translations?.[translation.agentLanguage] : undefined;
  const showTranslation = translated !== undefined || (translation?.pending === true && !ours);
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
        className={`rounded-2xl px-3 py-2 text-[12.5px] leading-relaxed ${
          showTranslation ? 'max-w-[92%] @min-[460px]:w-[96%] @min-[460px]:max-w-[96%]' : 'max-w-[85%]'
        } ${
          ours
            ? 'rounded-tr-sm bg-teal-700 text-white'
            : 'rounded-tl-sm bg-slate-100 text-slate-800 ring-1 ring-slate-200/60'
        }`}
      >
        {showTranslation && translation ? (
          <div className="grid gap-1.5 @min-[460px]:grid-cols-2 @min-[460px]:gap-3">
            <p
              data-testid="message-original"
              lang={message.language}
              className="whitespace-pre-wrap break-words [overflow-wrap:anywhere]"
            >
              {message.text}
            </p>
            <div className="border-t border-slate-300/70 pt-1.5 @min-[460px]:border-t-0 @min-[460px]:border-l @min-[460px]:pt-0 @min-[460px]:pl-3">
              <TranslationLine message={message} agentLanguage={translation.agentLanguage} />
              {translated !== undefined ? (
                <p
                  data-testid="message-translation"
                  lang={translation.agentLanguage}
                  className="whitespace-pre-wrap break-words text-slate-900 [overflow-wrap:anywhere]"
                >
                  {translated}
                </p>
              ) : (
                <p data-testid="translation-pending" className="animate-pulse text-[11.5px] text-slate-500">
                  {t('panelTrPending')}
                </p>
              )}
            </div>
          </div>
        ) : (
          <p className="whitespace-pre-wrap break-words [overflow-wrap:anywhere]">{message.text}</p>
        )}
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

/** "德语 DE → 中文 · Edge": the detected language (marked when the provider reported it), target, provider. */
function TranslationLine({ message, agentLanguage }: { message: MessageRecord; agentLanguage: string }) {
  const { t, language } = useI18n();
  const byProvider = message.languageSource === 'provider';
  const provider = providerLabel(message.translatedBy?.[agentLanguage]);
  return (
    <p
      data-testid="translation-language"
      className="mb-0.5 flex flex-wrap items-center gap-x-1 text-[10.5px] text-slate-500"
    >
      <span
        data-testid="translation-source"
        data-source={message.languageSource ?? 'detector'}
        title={byProvider ? t('panelTrByProvider') : t('panelTrByDetector')}
        className="inline-flex items-center gap-0.5"
      >
        {message.language
          ? `${languageName(message.language, language)} ${message.language.toUpperCase()}`
          : t('panelTrOriginal')}
        {byProvider && <CheckIcon className="size-2.5 text-teal-700" />}
      </span>
      <span aria-hidden="true">→</span>
      <span>{languageName(agentLanguage, language)}</span>
      {provider && <span>· {provider}</span>}
    </p>
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
