import { INTENTS, type Intent } from '../../core/intent/types';
import { useI18n } from '../i18n-context';
import { INTENT_LABELS } from './labels';

/** 'other' is what matched nothing: a template cannot usefully answer it. */
const CHOOSABLE = INTENTS.filter((intent) => intent !== 'other');

/** The buyer questions a template answers, as toggle chips; none = the background derives them from the category. */
export function IntentPicker({
  intents,
  onChange,
}: {
  intents: Intent[];
  onChange: (intents: Intent[]) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="min-w-0 border-0 p-0">
      <legend className="mb-1 block p-0 text-[12px] font-medium text-slate-700">{t('tplIntents')}</legend>
      <div className="flex flex-wrap gap-1">
        {CHOOSABLE.map((intent) => {
          const on = intents.includes(intent);
          return (
            <button
              key={intent}
              type="button"
              aria-pressed={on}
              data-testid={`intent-${intent}`}
              onClick={() => onChange(on ? intents.filter((i) => i !== intent) : [...intents, intent])}
              className={`inline-flex h-6 items-center rounded-full px-2 text-[11px] font-medium transition-colors ${
                on ? 'bg-teal-700 text-white' : 'bg-slate-100 text-slate-600 hover:bg-slate-200'
              }`}
            >
              {t(INTENT_LABELS[intent])}
            </button>
          );
        })}
      </div>
      <p className="mt-1 text-[11.5px] leading-snug text-slate-400">{t('tplIntentsHint')}</p>
    </fieldset>
  );
}
