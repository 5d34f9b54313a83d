/**
 * Whether away mode answers a thread now (issue 5). Pure: the background gathers the thread, its messages, the
 * settings and the reply text, and this decides. Every "no" carries a reason, for the audit log. Conservative by
 * design: when in doubt, do not send — a buyer without an off-hours notice is better than a buyer with two, or
 * with one under an angry complaint.
 */
import { type Classification, classifyMessage } from '../intent';
import type { Flag, MessageRecord, Platform } from '../model';
import { checkPolicy, type PolicyFinding } from '../policy';
import { isAutoReplyText } from './reply-text';
import { isWithinWorkingHours, scheduleFor } from './schedule';
import type { AwaySettings } from './settings';

export { isAutoReplyText } from './reply-text';

/** A buyer message counts as live when first seen this recently (and the thread was read before it)… */
export const LIVE_FIRST_SEEN_MS = 5 * 60_000;
/** …or when the portal's own time for it (to the minute) is this recent. */
export const LIVE_PORTAL_TIME_MS = 15 * 60_000;
/** Portal clocks and ours differ a little: a time this far in the future still counts as now. */
const CLOCK_SKEW_MS = 2 * 60_000;

export type SkipReason =
  | 'away-off'
  | 'no-buyer-message'
  | 'not-new'
  | 'working-hours'
  | 'already-answered'
  | 'window'
  | 'agent-replied'
  | 'urgent'
  | 'negative'
  | 'no-template'
  | 'empty-template'
  | 'missing-variables'
  | 'policy'
  | 'translation-failed'
  | 'no-tab';

/**
 * Reasons that are part of normal operation on every ingest (away off, working hours, old messages, a thread
 * already answered): not written to the audit log, which would otherwise fill up with one line per page scan.
 */
export const QUIET_REASONS: ReadonlySet<SkipReason> = new Set<SkipReason>([
  'away-off',
  'no-buyer-message',
  'not-new',
  'working-hours',
  'already-answered',
]);

export interface AwayThread {
  id: string;
  platform: Platform;
  site: string;
  shop?: string;
  autoReplyAt?: number;
  autoReplyMessageId?: string;
  autoReplyText?: string;
  /** The thread's urgent flag (detected, or set by the agent by hand): never answered automatically. */
  urgent?: Flag;
  urgentReasons?: string[];
}

export type AwayMessage = Pick<
  MessageRecord,
  'id' | 'direction' | 'text' | 'sentAt' | 'sentAtPrecision' | 'seq' | 'firstSeenAt' | 'language'
> & {
  urgent?: Flag;
  sentiment?: MessageRecord['sentiment'];
  urgentReasons?: MessageRecord['urgentReasons'];
};

/** The text away mode would send, built by the caller from the template (filled, translated). */
export interface AutoReplyText {
  templateId: string;
  /** The language of `text`. */
  language: string;
  text: string;
  /** Variables of the body with no value (core/templates fillTemplate). */
  missing: readonly string[];
  /** `{{…}}` that are no known variable. */
  unknown?: readonly string[];
}

export interface AutoReplyDeps {
  classify: (text: string, hints: { language?: string; site?: string }) => Classification;
  checkPolicy: (text: string, platform: Platform, options: { language?: string }) => PolicyFinding[];
}

const DEFAULT_DEPS: AutoReplyDeps = { classify: classifyMessage, checkPolicy };

export interface AutoReplyInput {
  settings: AwaySettings;
  thread: AwayThread;
  /** Every stored message of the thread (any order). */
  messages: readonly AwayMessage[];
  now: number;
}

export type Skip = {
  action: 'skip';
  reason: SkipReason;
  /** The buyer message the decision is about, when there is one. */
  message?: AwayMessage;
  /** Why, in more words (urgent reasons, policy rules, missing variables). */
  detail?: Record<string, unknown>;
};

export type Precheck = { action: 'compose'; message: AwayMessage } | Skip;
export type AutoReplyDecision = { action: 'send'; message: AwayMessage; reply: AutoReplyText } | Skip;

const inOrder = (a: AwayMessage, b: AwayMessage) => a.sentAt - b.sentAt || a.seq - b.seq;

/**
 * Live: first seen a few minutes ago in a thread that had been read before (so not part of a first capture of
 * old history), or stamped by the portal (to the minute) within the last quarter hour.
 */
export function isLiveMessage(message: AwayMessage, messages: readonly AwayMessage[], now: number): boolean {
  const firstCapture = Math.min(...messages.map((m) => m.firstSeenAt));
  const seenAgo = now - message.firstSeenAt;
  if (seenAgo >= -CLOCK_SKEW_MS && seenAgo <= LIVE_FIRST_SEEN_MS && message.firstSeenAt > firstCapture)
    return true;
  const age = now - message.sentAt;
  return message.sentAtPrecision === 'minute' && age <= LIVE_PORTAL_TIME_MS && age >= -CLOCK_SKEW_MS;
}

/** Everything that can be decided before a reply text exists (cheap: no template, no translation). */
export function precheckAutoReply(input: AutoReplyInput, deps: AutoReplyDeps = DEFAULT_DEPS): Precheck {
  const { settings, thread, now } = input;
  if (!settings.enabled) return { action: 'skip', reason: 'away-off' };
  const timeline = [...input.messages].sort(inOrder);
  const buyer = timeline.filter((m) => m.direction === 'in');
  const message = buyer[buyer.length - 1];
  if (!message) return { action: 'skip', reason: 'no-buyer-message' };
  // Time order and page order must agree on which buyer message is the newest: a message scrolled into view from
  // the past whose time the page did not show sorts by its capture time, yet sits above others on the page.
  const newestOnPage = buyer.reduce((a, b) => (b.seq > a.seq ? b : a));
  if (newestOnPage !== message) return { action: 'skip', reason: 'not-new', message };
  if (!isLiveMessage(message, timeline, now)) return { action: 'skip', reason: 'not-new', message };
  const schedule = scheduleFor(thread, settings.schedule, settings.overrides);
  if (isWithinWorkingHours(schedule, now)) return { action: 'skip', reason: 'working-hours', message };
  if (thread.autoReplyMessageId === message.id)
    return { action: 'skip', reason: 'already-answered', message };
  if (thread.autoReplyAt !== undefined && now < thread.autoReplyAt + settings.windowHours * 3_600_000) {
    return { action: 'skip', reason: 'window', message, detail: { autoReplyAt: thread.autoReplyAt } };
  }
  const index = timeline.indexOf(message);
  const human = (m: AwayMessage) => m.direction === 'out' && !isAutoReplyText(m.text, thread.autoReplyText);
  if (timeline.slice(index + 1).some(human) || timeline.some((m) => human(m) && m.seq > message.seq)) {
    return { action: 'skip', reason: 'agent-replied', message };
  }

  if (thread.urgent === 1) {
    return {
      action: 'skip',
      reason: 'urgent',
      message,
      detail: { urgentReasons: thread.urgentReasons ?? [] },
    };
  }
  // Every buyer message since the agent's last own reply: one angry line earlier in the run is enough to hold back.
  let since = 0;
  for (let i = index; i >= 0; i--) {
    if (human(timeline[i]!)) {
      since = i + 1;
      break;
    }
  }
  const unanswered = timeline.slice(since, index + 1).filter((m) => m.direction === 'in');
  for (const m of unanswered) {
    const c = deps.classify(m.text, { language: m.language, site: thread.site });
    if (m.urgent === 1 || c.urgent) {
      const reasons = [...new Set([...(m.urgentReasons ?? []), ...c.urgentReasons])];
      return { action: 'skip', reason: 'urgent', message, detail: { urgentReasons: reasons } };
    }
  }
  for (const m of unanswered) {
    const c = deps.classify(m.text, { language: m.language, site: thread.site });
    if (m.sentiment === 'negative' || c.sentiment === 'negative') {
      return { action: 'skip', reason: 'negative', message };
    }
  }
  return { action: 'compose', message };
}

/**
 * The whole decision. `reply` is what the template gave: 'no-template' when the configured template does not
 * exist, 'empty-template' when it has no usable body, else the final (filled, translated) text.
 */
export function decideAutoReply(
  input: AutoReplyInput & { reply: AutoReplyText | 'no-template' | 'empty-template' },
  deps: AutoReplyDeps = DEFAULT_DEPS,
): AutoReplyDecision {
  const pre = precheckAutoReply(input, deps);
  if (pre.action === 'skip') return pre;
  const { message } = pre;
  const { reply } = input;
  if (reply === 'no-template') return { action: 'skip', reason: 'no-template', message };
  if (reply === 'empty-template' || !reply.text.trim())
    return { action: 'skip', reason: 'empty-template', message };
  if (reply.missing.length > 0 || (reply.unknown?.length ?? 0) > 0 || /\{\{[^}]*\}\}/.test(reply.text)) {
    return {
      action: 'skip',
      reason: 'missing-variables',
      message,
      detail: { missing: [...reply.missing, ...(reply.unknown ?? [])] },
    };
  }
  const findings = deps.checkPolicy(reply.text, input.thread.platform, { language: reply.language });
  if (findings.length > 0) {
    return {
      action: 'skip',
      reason: 'policy',
      message,
      detail: { rules: [...new Set(findings.map((f) => f.rule))] },
    };
  }
  return { action: 'send', message, reply };
}
