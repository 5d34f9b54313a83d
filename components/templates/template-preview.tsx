import { PLATFORMS, type Platform } from '../../core/model';
import { fillTemplate } from '../../core/templates/fill';
import type { TemplateValues } from '../../core/templates/types';
import { useI18n } from '../i18n-context';
import { PLATFORM_NAMES } from '../platform-badge';
import { SETTINGS_VARIABLES, VARIABLE_LABELS } from './labels';

/**
 * The body as a buyer would read it, filled with sample values. Filled variables are tinted, variables with no value
 * (they are never sent empty) and unknown `{{…}}` are marked, each with the reason in its tooltip. Text only.
 */
export function TemplatePreview({
  body,
  language,
  values,
  platforms,
  platform,
  onPlatform,
}: {
  body: string;
  language: string;
  values: TemplateValues;
  /** The template's scope ([] = all), offered as the preview's platform. */
  platforms: Platform[];
  platform: Platform;
  onPlatform: (platform: Platform) => void;
}) {
  const { t } = useI18n();
  const filled = fillTemplate(body, values);
  const offered = platforms.length === 0 ? PLATFORMS : platforms;
  return (
    <section className="min-w-0" aria-label={t('tplPreview')}>
      <div className="mb-1 flex items-center gap-2">
        <h3 className="text-[12px] font-medium text-slate-700">{t('tplPreview')}</h3>
        {offered.length > 1 && (
          <div className="ml-auto flex gap-0.5 rounded-md bg-slate-100 p-0.5" title={t('tplPreviewOn')}>
            {offered.map((p) => (
              <button
                key={p}
                type="button"
                aria-pressed={p === platform}
                data-testid={`preview-platform-${p}`}
                onClick={() => onPlatform(p)}
                className={`rounded px-1.5 py-0.5 text-[10.5px] font-medium ${
                  p === platform ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-500 hover:text-slate-800'
                }`}
              >
                {PLATFORM_NAMES[p]}
              </button>
            ))}
          </div>
        )}
      </div>
      <div
        data-testid="template-preview"
        lang={language}
        dir="auto"
        className="min-h-10 rounded-md border border-slate-200 bg-slate-50 px-2.5 py-2 text-[12.5px] leading-relaxed whitespace-pre-wrap text-slate-800 [overflow-wrap:anywhere]"
      >
        {filled.parts.map((part, i) => {
          const key = `${i}-${part.kind}`;
          if (part.kind === 'text') return <span key={key}>{part.text}</span>;
          if (part.kind === 'unknown') {
            return (
              <mark
                key={key}
                data-testid="preview-unknown"
                title={t('tplUnknownVariable')}
                className="rounded bg-red-100 px-0.5 text-red-800 ring-1 ring-red-300 ring-inset"
              >
                {part.raw}
              </mark>
            );
          }
          const label = t(VARIABLE_LABELS[part.name]);
          if (part.value !== undefined) {
            return (
              <span key={key} title={label} className="rounded bg-teal-50 px-0.5 text-teal-900">
                {part.value}
              </span>
            );
          }
          return (
            <mark
              key={key}
              data-testid="preview-missing"
              data-variable={part.name}
              title={t(SETTINGS_VARIABLES.has(part.name) ? 'tplMissingFromSettings' : 'tplMissingVariable', {
                label,
              })}
              className="rounded bg-amber-100 px-0.5 font-medium text-amber-900 ring-1 ring-amber-300 ring-inset"
            >
              {`{{${part.name}}}`}
            </mark>
          );
        })}
      </div>
      <p className="mt-1 text-[11px] leading-snug text-slate-400">
        {filled.missing.length > 0
          ? filled.missing
              .map((name) =>
                t(SETTINGS_VARIABLES.has(name) ? 'tplMissingFromSettings' : 'tplMissingVariable', {
                  label: t(VARIABLE_LABELS[name]),
                }),
              )
              .join(' · ')
          : t('tplPreviewHint')}
      </p>
    </section>
  );
}
