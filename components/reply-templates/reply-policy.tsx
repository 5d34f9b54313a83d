import { useDeferredValue, useMemo } from 'react';
import type { ReplyTranslator } from '../../content-scripts/shared/reply-translator-hook';
import type { Platform } from '../../core/model';
import { checkPolicy } from '../../core/policy';

/**
 * The platform's messaging rules (core/policy) applied to the text that would go into the portal: the translation
 * when there is a current one (that is what "Insert translation" inserts), else the draft. Findings are shown with
 * their reasons before the agent inserts; inserting stays possible. Checked on a deferred copy of the text, so
 * typing never waits for the rules.
 */
export function ReplyPolicy({
  reply,
  draft,
  platform,
}: {
  reply: ReplyTranslator;
  draft: string;
  platform: Platform | undefined;
}) {
  const translated = reply.state.translation.trim() !== '' && !reply.stale;
  const text = useDeferredValue(translated ? reply.state.translation : draft);
  const language = translated ? reply.target : undefined;
  const findings = useMemo(
    () => (platform && text.trim() !== '' ? checkPolicy(text, platform, { language }) : []),
    [text, platform, language],
  );
  if (findings.length === 0) return null;
  return (
    <div data-testid="reply-policy" data-checked={translated ? 'translation' : 'draft'}>
      {/* Interim until the shared components/policy-findings.tsx lands: the matches, as text. */}
      <ul className="space-y-0.5 rounded-md bg-amber-50 px-2 py-1.5 text-[11.5px] text-amber-900">
        {findings.map((f) => (
          <li key={`${f.start}-${f.rule}`} data-rule={f.rule}>
            <mark className="rounded bg-amber-200 px-0.5">{f.match}</mark> {f.rule}
          </li>
        ))}
      </ul>
    </div>
  );
}
