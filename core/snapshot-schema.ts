import { z } from 'zod';
import { LIMITS } from './limits';
import type { InboxSnapshot, ThreadSnapshot } from './model';
import { PLATFORMS } from './model';

export { LIMITS };

const shortText = z.string().max(LIMITS.shortText);
const time = z.number().int().min(0).max(8.64e15);

const attachment = z.object({ name: shortText, url: z.string().max(LIMITS.url).optional() });

export const messageSnapshotSchema = z.object({
  nativeId: shortText.optional(),
  direction: z.enum(['in', 'out', 'system']),
  author: shortText,
  sentAt: time.nullable(),
  sentAtText: shortText,
  sentAtPrecision: z.enum(['minute', 'day', 'relative', 'unknown']),
  text: z.string().max(LIMITS.messageText),
  attachments: z.array(attachment).max(LIMITS.attachmentsPerMessage),
});

const site = z
  .string()
  .min(3)
  .max(100)
  .regex(/^[a-z0-9.-]+$/, 'site must look like "amazon.de" or "shopee.co.th"');
const shop = z.string().min(1).max(LIMITS.shortText);
const host = z
  .string()
  .max(253)
  .regex(/^[a-z0-9.-]+$/, 'host must be a hostname');

export const threadSnapshotSchema = z.object({
  platform: z.enum(PLATFORMS),
  site,
  shop: shop.optional(),
  host,
  nativeThreadId: z.string().min(1).max(LIMITS.shortText),
  conversationKey: z.string().min(1).max(LIMITS.shortText).optional(),
  url: z.string().max(LIMITS.url),
  buyer: z.object({ name: shortText, nativeId: shortText.optional() }),
  orderIds: z.array(shortText).max(LIMITS.idsPerThread),
  items: z
    .array(
      z.object({
        id: shortText,
        title: z.string().max(LIMITS.subject).optional(),
        url: z.string().max(LIMITS.url).optional(),
      }),
    )
    .max(LIMITS.idsPerThread),
  subject: z.string().max(LIMITS.subject),
  portalStatus: shortText.optional(),
  locale: z.string().max(35),
  visible: z.boolean(),
  capturedAt: time,
  messages: z.array(messageSnapshotSchema).max(LIMITS.messagesPerThread),
});

export const inboxSnapshotSchema = z.object({
  platform: z.enum(PLATFORMS),
  site,
  host,
  url: z.string().max(LIMITS.url),
  locale: z.string().max(35),
  capturedAt: time,
  rows: z
    .array(
      z.object({
        nativeThreadId: shortText.optional(),
        site: site.optional(),
        shop: shop.optional(),
        url: z.string().max(LIMITS.url).optional(),
        buyer: shortText,
        buyerId: shortText.optional(),
        subject: z.string().max(LIMITS.subject),
        snippet: z.string().max(LIMITS.subject),
        unread: z.boolean(),
        timeText: shortText,
        at: time.nullable(),
        orderIds: z.array(shortText).max(LIMITS.idsPerThread),
        needsReply: z.boolean().optional(),
      }),
    )
    .max(LIMITS.inboxRows),
});

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; error: string };

function validate<T>(schema: z.ZodType<T>, input: unknown, what: string): ValidationResult<T> {
  let size: number;
  try {
    size = JSON.stringify(input)?.length ?? 0;
  } catch {
    return { ok: false, error: `${what} is not serialisable data` };
  }
  if (size > LIMITS.snapshotChars) {
    return { ok: false, error: `${what} is too large (${size} characters, limit ${LIMITS.snapshotChars})` };
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  return { ok: false, error: `${what} rejected: ${issues}` };
}

export function validateThreadSnapshot(input: unknown): ValidationResult<ThreadSnapshot> {
  return validate(threadSnapshotSchema, input, 'thread snapshot') as ValidationResult<ThreadSnapshot>;
}

export function validateInboxSnapshot(input: unknown): ValidationResult<InboxSnapshot> {
  return validate(inboxSnapshotSchema, input, 'inbox snapshot') as ValidationResult<InboxSnapshot>;
}
