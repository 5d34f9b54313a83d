import type { Platform } from '../../core/model';
import { checkPolicy, type PolicyFinding } from '../../core/policy';

export interface PlatformFindings {
  platform: Platform;
  findings: PolicyFinding[];
}

export interface PolicyFlags {
  /** Per body language: the platforms in scope whose rules the text breaks, with the findings. */
  byLanguage: Record<string, PlatformFindings[]>;
  /** Languages with any finding (a dot on their tab). */
  languages: ReadonlySet<string>;
}

/**
 * The policy check of every body on every platform the template is offered on, with the body's language as the
 * hint. Empty bodies are skipped. Pure and local, cheap enough to run as the agent types.
 */
export function policyFlags(bodies: Record<string, string>, platforms: readonly Platform[]): PolicyFlags {
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
}
