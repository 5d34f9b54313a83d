import { useDeferredValue } from 'react';
import type { ReplyTranslator } from '../../content-scripts/shared/reply-translator-hook';
import type { Platform } from '../../core/model';
import type { Translate } from '../i18n';
import { PolicyFindings, usePolicyFindings } from '../policy-findings';

/**
 * The platform's messaging rules (core/policy) applied to the text that would go into the portal: the translation
 * when there is a current one (that is what "Insert translation" inserts), else the draft. The shared policy
 * warning shows the matches highlighted with their reasons before the agent inserts; inserting stays possible.
 * Checked on a deferred copy of the text, so typing never waits for the rules.
 */
export function ReplyPolicy({
  reply,
  draft,
  platform,
  t,
}: {
  reply: ReplyTranslator;
  draft: string;
  platform: Platform | undefined;
  t: Translate;
}) {
  const translated = reply.state.translation.trim() !== '' && !reply.stale;
  const text = useDeferredValue(translated ? reply.state.translation : draft);
  const findings = usePolicyFindings(
    text.trim() === '' ? '' : text,
    platform,
    translated ? reply.target : undefined,
  );
  if (!platform || findings.length === 0) return null;
  return (
    <div data-testid="reply-policy" data-checked={translated ? 'translation' : 'draft'}>
      <PolicyFindings text={text} findings={findings} platform={platform} t={t} />
    </div>
  );
}
