import { useMemo } from 'react';
import type { Platform } from '../../core/model';
import { checkPolicy, type PolicyFinding } from '../../core/policy';
import { useI18n } from '../i18n-context';
import { PLATFORM_NAMES } from '../platform-badge';

export interface PlatformFindings {
  platform: Platform;
  findings: PolicyFinding[];
}

/**
 * The policy check of every body on every platform the template is offered on: the findings per language (for the
 * text shown) and which languages have any (a dot on their tab). Pure and local; recomputed as the agent types.
 */
export function usePolicyFlags(bodies: Record<string, string>, platforms: readonly Platform[]) {
  return useMemo(() => {
    const byLanguage: Record<string, PlatformFindings[]> = {};
    const languages = new Set<string>();
    for (const [language, body] of Object.entries(bodies)) {
      if (!body.trim()) continue;
      const found = platforms
        .map((platform) => ({ platform, findings: checkPolicy(body, platform, { language }) }))
        .filter((p) => p.findings.length > 0);
      byLanguage[language] = found;
      if (found.length > 0) languages.add(language);
    }
    return { byLanguage, languages };
  }, [bodies, platforms]);
}

/** Warnings only: the template can still be saved and used (issue 5: the agent decides after seeing the reason). */
export function TemplatePolicy({
  body,
  language,
  findings,
  platforms,
}: {
  body: string;
  language: string;
  findings: PlatformFindings[];
  platforms: readonly Platform[];
}) {
  const { t } = useI18n();
  if (!body.trim()) return null;
  const names = platforms.map((p) => PLATFORM_NAMES[p]).join(' · ');
  return (
    <section data-testid="template-policy" aria-label={t('tplPolicy')} className="min-w-0">
      <h3 className="mb-1 text-[12px] font-medium text-slate-700">{t('tplPolicy')}</h3>
      {findings.length === 0 ? (
        <p data-testid="template-policy-clean" className="text-[11.5px] text-emerald-700">
          ✓ {t('tplPolicyClean', { platforms: names })}
        </p>
      ) : (
        <div className="space-y-2">
          {findings.map(({ platform, findings: list }) => (
            <div key={platform} data-testid={`template-policy-${platform}`}>
              {/* TODO(panel-templates, 2026-11-23): the shared components/policy-findings.tsx once it lands. */}
              <p className="text-[11.5px] font-medium text-amber-900">
                {PLATFORM_NAMES[platform]}: {list.map((f) => `${f.match} (${f.rule})`).join(', ')}
              </p>
            </div>
          ))}
          <p className="text-[11px] text-slate-400">{t('tplPolicyHint')}</p>
        </div>
      )}
    </section>
  );
}
