import { useMemo } from 'react';
import type { Platform } from '../../core/model';
import { useI18n } from '../i18n-context';
import { PLATFORM_NAMES } from '../platform-badge';
import { PolicyFindings } from '../policy-findings';
import { type PlatformFindings, type PolicyFlags, policyFlags } from './policy-flags';

/** The policy flags, recomputed when the bodies or the scope change. */
export function usePolicyFlags(bodies: Record<string, string>, platforms: readonly Platform[]): PolicyFlags {
  return useMemo(() => policyFlags(bodies, platforms), [bodies, platforms]);
}

/** Warnings only: the template can still be saved and used (issue 5: the agent decides after seeing the reason). */
export function TemplatePolicy({
  body,
  findings,
  platforms,
}: {
  body: string;
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
        <div className="space-y-1.5">
          {platforms.map((platform) => {
            const list = findings.find((f) => f.platform === platform)?.findings ?? [];
            return (
              <PolicyFindings
                key={platform}
                text={body}
                findings={list}
                platform={platform}
                t={t}
                // The highlighted text once (the first platform with findings, the strictest when Amazon is in
                // scope); every platform's reasons, and a line for each clean one.
                showText={platform === findings[0]?.platform}
                showHint={false}
                showClean
                testId={`template-policy-${platform}`}
              />
            );
          })}
          <p className="text-[11px] text-slate-400">{t('tplPolicyHint')}</p>
        </div>
      )}
    </section>
  );
}
