import type { ThreadRecord } from '../core/model';
import { BackButton } from './back-button';
import { useI18n } from './i18n-context';
import { IconButton } from './icon-button';
import { ExternalIcon, FlagIcon, GlobeIcon, MailIcon } from './icons';

interface ThreadToolbarProps {
  thread: ThreadRecord | null;
  onBack: () => void;
  onToggleUrgent: () => void;
  onMarkUnread: () => void;
  onOpenInPortal: () => void;
  /** Buyer-message translation for this thread: shown, and whether the options allow it at all. */
  translation?: { on: boolean; globalOn: boolean; onToggle: () => void };
}

export function ThreadToolbar({
  thread,
  onBack,
  onToggleUrgent,
  onMarkUnread,
  onOpenInPortal,
  translation,
}: ThreadToolbarProps) {
  const { t } = useI18n();
  const urgent = thread?.urgent === 1;
  return (
    <div className="flex items-center gap-0.5 px-1.5 pt-1.5">
      <BackButton label={t('back')} onClick={onBack} testId="back" />
      {thread && (
        <div className="ml-auto flex items-center gap-0.5">
          {translation && <TranslationToggle {...translation} />}
          <IconButton
            label={urgent ? t('unmarkUrgent') : t('markUrgent')}
            active={urgent}
            testId="toggle-urgent"
            onClick={onToggleUrgent}
          >
            <FlagIcon fill={urgent ? 'currentColor' : 'none'} />
          </IconButton>
          <IconButton label={t('markUnread')} testId="mark-unread" onClick={onMarkUnread}>
            <MailIcon />
          </IconButton>
          <button
            type="button"
            data-testid="open-in-portal"
            onClick={onOpenInPortal}
            className="ml-1 flex h-7 items-center gap-1 rounded-md border border-slate-200 px-2 text-[12px] font-medium text-slate-700 hover:border-slate-300 hover:bg-slate-50"
          >
            {t('openInPortal')}
            <ExternalIcon className="size-3.5" />
          </button>
        </div>
      )}
    </div>
  );
}

/** Per-thread switch for the translations under buyer messages; disabled while the options switch them off. */
function TranslationToggle({
  on,
  globalOn,
  onToggle,
}: {
  on: boolean;
  globalOn: boolean;
  onToggle: () => void;
}) {
  const { t } = useI18n();
  const label = !globalOn ? t('panelTrGlobalOff') : on ? t('panelTrHide') : t('panelTrShow');
  return (
    <button
      type="button"
      title={label}
      aria-label={label}
      aria-pressed={globalOn && on}
      disabled={!globalOn}
      data-testid="toggle-translation"
      onClick={onToggle}
      className={`flex size-7 items-center justify-center rounded-md text-[15px] transition-colors disabled:cursor-not-allowed disabled:text-slate-300 ${
        globalOn && on ? 'bg-teal-50 text-teal-700 hover:bg-teal-100' : 'text-slate-500 hover:bg-slate-100'
      }`}
    >
      <GlobeIcon />
    </button>
  );
}
