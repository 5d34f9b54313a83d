import { translator, type UiLanguage } from '../../components/i18n';
import type { PolicyFinding } from '../../core/policy/types';

/**
 * The platform's messaging-rule warning above the picker's Insert: the text that would go in, with each finding
 * marked. The agent may still insert it after reading (issue 5). Text only, never HTML.
 */
export function TemplatePolicyWarning({
  text,
  findings,
  language,
  confirm,
}: {
  text: string;
  findings: readonly PolicyFinding[];
  language: UiLanguage;
  /** The agent chose the template: say how to insert anyway. */
  confirm: boolean;
}) {
  const t = translator(language);
  const pieces: { text: string; finding?: PolicyFinding }[] = [];
  let at = 0;
  for (const finding of findings) {
    if (finding.start < at || finding.end > text.length) continue;
    if (finding.start > at) pieces.push({ text: text.slice(at, finding.start) });
    pieces.push({ text: text.slice(finding.start, finding.end), finding });
    at = finding.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return (
    <div className="hw-tp-policy" role="alert" data-testid="hw-tp-policy" data-rules={rulesOf(findings)}>
      <p className="hw-tp-policy-title">{t('tpPolicyTitle')}</p>
      <p className="hw-tp-policy-text">
        {pieces.map((piece, index) =>
          piece.finding ? (
            <mark
              key={index}
              className="hw-tp-policy-match"
              data-rule={piece.finding.rule}
              title={piece.finding.rule}
            >
              {piece.text}
            </mark>
          ) : (
            <span key={index}>{piece.text}</span>
          ),
        )}
      </p>
      {confirm && <p className="hw-rt-hint hw-rt-warn">{t('tpPolicyConfirm')}</p>}
    </div>
  );
}

function rulesOf(findings: readonly PolicyFinding[]): string {
  return [...new Set(findings.map((f) => f.rule))].join(' ');
}
