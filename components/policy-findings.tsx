import { useMemo } from 'react';
import type { Platform } from '../core/model';
import { checkPolicy, type PolicyFinding, type PolicyRule } from '../core/policy';
import type { MessageKey, Translate } from './i18n';
import { PLATFORM_NAMES } from './platform-badge';

/**
 * The policy warning shown before a reply is inserted (issue 5): the reply with each finding highlighted, then one
 * reason per finding ("Amazon: links are not allowed — www.x.com"). It only warns: inserting stays the agent's call.
 *
 * Two faces share it: extension pages (Tailwind classes, the default) and the portal overlay's shadow-root UIs
 * (`classes={PORTAL_POLICY_CLASSES}`, styled by `hw-pf-*` rules in content-scripts/shared/reply-translator.css,
 * which every overlay root loads). The text is rendered as React text in `<mark>` elements, never as HTML.
 */

export const RULE_LABELS: Record<PolicyRule, MessageKey> = {
  link: 'policyRuleLink',
  email: 'policyRuleEmail',
  phone: 'policyRulePhone',
  'contact-details': 'policyRuleContactDetails',
  'off-platform': 'policyRuleOffPlatform',
  'review-request': 'policyRuleReviewRequest',
  'review-incentive': 'policyRuleReviewIncentive',
  marketing: 'policyRuleMarketing',
};

/** Findings for `text` on `platform`, recomputed only when one of the three changes. */
export function usePolicyFindings(
  text: string,
  platform: Platform | undefined,
  language?: string,
): readonly PolicyFinding[] {
  return useMemo(
    () => (platform && text ? checkPolicy(text, platform, { language }) : []),
    [text, platform, language],
  );
}

export interface PolicySegment {
  /** Where the segment starts in the text (a stable React key). */
  start: number;
  text: string;
  finding?: PolicyFinding;
}

/** The text cut at the findings' edges, for highlighting. Findings must be sorted and non-overlapping (they are). */
export function policySegments(text: string, findings: readonly PolicyFinding[]): PolicySegment[] {
  const segments: PolicySegment[] = [];
  let at = 0;
  for (const finding of findings) {
    if (finding.start < at || finding.end > text.length) continue; // stale findings for an older text
    if (finding.start > at) segments.push({ start: at, text: text.slice(at, finding.start) });
    segments.push({ start: finding.start, text: text.slice(finding.start, finding.end), finding });
    at = finding.end;
  }
  if (at < text.length) segments.push({ start: at, text: text.slice(at) });
  return segments;
}

/** One finding as a sentence: "Amazon: links are not allowed — www.x.com". */
export function policyReason(t: Translate, platform: Platform, finding: PolicyFinding): string {
  return t('policyReason', {
    platform: PLATFORM_NAMES[platform],
    rule: t(RULE_LABELS[finding.rule]),
    match: finding.match,
  });
}

const MATCH_SLOT = '\u0000';

/** The reason's words before and after the match, so the match can be set apart (as code) in any language. */
function reasonParts(t: Translate, platform: Platform, rule: PolicyRule): [string, string] {
  const whole = t('policyReason', {
    platform: PLATFORM_NAMES[platform],
    rule: t(RULE_LABELS[rule]),
    match: MATCH_SLOT,
  });
  const at = whole.indexOf(MATCH_SLOT);
  return at < 0 ? [whole, ''] : [whole.slice(0, at), whole.slice(at + MATCH_SLOT.length)];
}

export interface PolicyFindingsClasses {
  root: string;
  /** The "no issues" line, when asked for. */
  clean: string;
  heading: string;
  text: string;
  mark: string;
  list: string;
  item: string;
  rule: string;
  match: string;
  hint: string;
}

/** Extension pages (side panel, options, template editor). */
export const TAILWIND_POLICY_CLASSES: PolicyFindingsClasses = {
  clean: 'text-[11.5px] text-emerald-700',
  root: 'rounded-md border border-amber-200 bg-amber-50 px-2 py-1.5 text-[11.5px] leading-snug text-amber-900',
  heading: 'font-semibold',
  text: 'mt-1 max-h-28 overflow-y-auto whitespace-pre-wrap break-words rounded bg-white px-1.5 py-1 text-slate-800',
  mark: 'rounded-sm bg-amber-200 px-0.5 text-inherit underline decoration-red-600 decoration-wavy underline-offset-2',
  list: 'mt-1 list-disc space-y-0.5 pl-4',
  item: '',
  rule: '',
  match: 'rounded bg-amber-100 px-1 font-mono text-[11px]',
  hint: 'mt-1 text-amber-800',
};

/** Portal overlays (shadow roots with their own CSS; see content-scripts/shared/reply-translator.css). */
export const PORTAL_POLICY_CLASSES: PolicyFindingsClasses = {
  root: 'hw-pf',
  clean: 'hw-pf-clean',
  heading: 'hw-pf-heading',
  text: 'hw-pf-text',
  mark: 'hw-pf-mark',
  list: 'hw-pf-list',
  item: 'hw-pf-item',
  rule: 'hw-pf-rule',
  match: 'hw-pf-match',
  hint: 'hw-pf-hint',
};

export interface PolicyFindingsProps {
  /** The text the findings were computed on (what would be inserted). */
  text: string;
  findings: readonly PolicyFinding[];
  platform: Platform;
  t: Translate;
  classes?: PolicyFindingsClasses;
  /** Show the text with highlights (off when the editor next to it already shows it). */
  showText?: boolean;
  /** Show the "you can still insert" hint (off where nothing is inserted, e.g. a template editor). */
  showHint?: boolean;
  /** Say so when the text is clean (a template editor); by default a clean text renders nothing. */
  showClean?: boolean;
  testId?: string;
}

/** Nothing (or a "no issues" line) for a clean text; otherwise the highlighted text and the reasons. */
export function PolicyFindings({
  text,
  findings,
  platform,
  t,
  classes = TAILWIND_POLICY_CLASSES,
  showText = true,
  showHint = true,
  showClean = false,
  testId = 'policy-findings',
}: PolicyFindingsProps) {
  const platformName = PLATFORM_NAMES[platform];
  if (findings.length === 0) {
    return showClean ? (
      <p className={classes.clean} data-testid={`${testId}-clean`}>
        {t('policyClean', { platform: platformName })}
      </p>
    ) : null;
  }
  return (
    <div
      className={classes.root}
      role="alert"
      aria-label={t('policyHeading')}
      data-testid={testId}
      data-count={findings.length}
    >
      <p className={classes.heading}>
        {findings.length === 1
          ? t('policyCountOne', { platform: platformName })
          : t('policyCount', { platform: platformName, count: findings.length })}
      </p>
      {showText && (
        <p className={classes.text} data-testid={`${testId}-text`}>
          {policySegments(text, findings).map((segment) =>
            segment.finding ? (
              <mark
                key={segment.start}
                className={classes.mark}
                data-rule={segment.finding.rule}
                title={t(RULE_LABELS[segment.finding.rule])}
              >
                {segment.text}
              </mark>
            ) : (
              <span key={segment.start}>{segment.text}</span>
            ),
          )}
        </p>
      )}
      <ul className={classes.list} data-testid={`${testId}-reasons`}>
        {findings.map((finding) => {
          const [before, after] = reasonParts(t, platform, finding.rule);
          return (
            <li key={finding.start} className={classes.item} data-rule={finding.rule}>
              <span className={classes.rule}>{before}</span>
              <code className={classes.match}>{finding.match}</code>
              {after}
            </li>
          );
        })}
      </ul>
      {showHint && <p className={classes.hint}>{t('policyHint')}</p>}
    </div>
  );
}
