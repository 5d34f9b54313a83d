import { useEffect, useId, useState } from 'react';
import type { MessageKey } from '../i18n';
import { useI18n } from '../i18n-context';
import { LANGUAGES } from './agent-languages';
import { Button, inputClass, Notice } from './controls';
import {
  type DownloadOutcome,
  downloadOnDeviceModels,
  hasOnDeviceTranslator,
  type OnDeviceAvailability,
  onDeviceAvailability,
} from './on-device-translator';

/** No progress for this long and the download counts as not started (headless and CI never start one). */
const DOWNLOAD_STALL_MS = 20_000;

type PairState = OnDeviceAvailability | 'checking';

const AVAILABILITY_TEXT: Record<PairState, MessageKey> = {
  checking: 'optAvailChecking',
  available: 'optAvailAvailable',
  downloadable: 'optAvailDownloadable',
  downloading: 'optAvailDownloading',
  unavailable: 'optAvailUnavailable',
};

/** Both directions count: buyer messages come in, replies go out. The weakest direction decides. */
function combine(states: OnDeviceAvailability[]): OnDeviceAvailability {
  for (const state of ['unavailable', 'downloading', 'downloadable'] as const) {
    if (states.includes(state)) return state;
  }
  return 'available';
}

/**
 * Chrome's on-device translator: whether the agent's language and a buyer language can be translated on this
 * computer, and the model download, which Chrome only starts from a click on an extension page.
 */
export function OnDevicePanel({ agentLanguage }: { agentLanguage: string }) {
  const { t } = useI18n();
  const selectId = useId();
  const [buyerLanguage, setBuyerLanguage] = useState(agentLanguage === 'en' ? 'de' : 'en');
  const [state, setState] = useState<PairState>('checking');
  const [pairStates, setPairStates] = useState<OnDeviceAvailability[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<DownloadOutcome | null>(null);
  const [recheck, setRecheck] = useState(0);
  const present = hasOnDeviceTranslator();
  const pairs = [
    { source: buyerLanguage, target: agentLanguage },
    { source: agentLanguage, target: buyerLanguage },
  ];

  useEffect(() => {
    if (!present) return;
    let active = true;
    setState('checking');
    void Promise.all([
      onDeviceAvailability(buyerLanguage, agentLanguage),
      onDeviceAvailability(agentLanguage, buyerLanguage),
    ]).then((states) => {
      if (!active) return;
      const known = states.map((s) => (s === 'absent' ? 'unavailable' : s));
      setPairStates(known);
      setState(combine(known));
    });
    return () => {
      active = false;
    };
  }, [present, buyerLanguage, agentLanguage, recheck]);

  if (!present) {
    return (
      <Notice tone="info" testId="on-device-absent">
        {t('optOnDeviceAbsent')}
      </Notice>
    );
  }

  const download = () => {
    setOutcome(null);
    setProgress(0);
    // Called straight from the click: Chrome only starts a model download inside a user gesture.
    void downloadOnDeviceModels({
      pairs: pairs.filter((_, i) => pairStates[i] !== 'available'),
      onProgress: setProgress,
      stallMs: DOWNLOAD_STALL_MS,
    }).then((result) => {
      setOutcome(result);
      setProgress(null);
      setRecheck((n) => n + 1);
    });
  };

  const downloading = progress !== null;
  const tone =
    state === 'available'
      ? 'text-emerald-700'
      : state === 'unavailable'
        ? 'text-slate-500'
        : 'text-amber-700';

  return (
    <div
      data-testid="on-device"
      className="space-y-2.5 rounded-lg border border-slate-200 bg-slate-50/70 p-3"
    >
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={selectId} className="mb-1 block text-[12px] font-medium text-slate-700">
            {t('optOnDevicePair')}
          </label>
          <div className="flex items-center gap-2 text-[12.5px] text-slate-700">
            <select
              id={selectId}
              data-testid="on-device-buyer-language"
              aria-label={t('optBuyerLanguage')}
              value={buyerLanguage}
              onChange={(e) => setBuyerLanguage(e.target.value)}
              className={inputClass(false, 'w-44')}
            >
              {LANGUAGES.filter((l) => l.code !== agentLanguage).map((l) => (
                <option key={l.code} value={l.code}>
                  {l.name}
                </option>
              ))}
            </select>
            <span aria-hidden="true" className="text-slate-400">
              ⇄
            </span>
            <span className="font-medium">
              {LANGUAGES.find((l) => l.code === agentLanguage)?.name ?? agentLanguage}
            </span>
          </div>
        </div>
        <p
          data-testid="on-device-availability"
          data-state={state}
          className={`h-8 text-[12px] leading-8 font-medium ${tone}`}
        >
          {t(AVAILABILITY_TEXT[state])}
        </p>
        {(state === 'downloadable' || state === 'downloading' || downloading) && (
          <div className="ml-auto">
            <Button tone="primary" testId="on-device-download" onClick={download} disabled={downloading}>
              {t('optDownloadModel')}
            </Button>
          </div>
        )}
      </div>
      {downloading && (
        <div data-testid="on-device-progress" className="space-y-1">
          <div className="h-1.5 overflow-hidden rounded-full bg-slate-200">
            <div
              className="h-full rounded-full bg-teal-600 transition-[width]"
              style={{ width: `${Math.round(progress * 100)}%` }}
            />
          </div>
          <p className="text-[11.5px] text-slate-500">
            {progress > 0
              ? t('optDownloadProgress', { percent: Math.round(progress * 100) })
              : t('optDownloadStarting')}
          </p>
        </div>
      )}
      {outcome?.kind === 'done' && (
        <Notice tone="ok" testId="on-device-outcome">
          {t('optDownloadDone')}
        </Notice>
      )}
      {outcome?.kind === 'timeout' && (
        <Notice tone="warn" testId="on-device-outcome">
          {t('optDownloadTimeout')}
        </Notice>
      )}
      {outcome?.kind === 'error' && (
        <Notice tone="error" testId="on-device-outcome">
          {t('optDownloadFailed', { error: outcome.error })}
        </Notice>
      )}
    </div>
  );
}
