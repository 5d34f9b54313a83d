import type { MessageSnapshot, ThreadSnapshot } from '../../../core/model';

export const T0 = Date.UTC(2026, 8, 4, 14, 0);

export function msg(text: string, overrides: Partial<MessageSnapshot> = {}): MessageSnapshot {
  return {
    direction: 'in',
    author: 'Palmer',
    sentAt: T0,
    sentAtText: 'Sep 4, 2026 4:00 PM',
    sentAtPrecision: 'minute',
    text,
    attachments: [],
    ...overrides,
  };
}

export function thread(messages: MessageSnapshot[], overrides: Partial<ThreadSnapshot> = {}): ThreadSnapshot {
  return {
    platform: 'amazon',
    site: 'amazon.com',
    host: 'sellercentral.amazon.com',
    nativeThreadId: '5f0c7a2e-1b2c-4d3e-8f90-123456789abc',
    url: 'https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=5f0c7a2e-1b2c-4d3e-8f90-123456789abc',
    buyer: { name: 'Palmer' },
    orderIds: ['111-2300471-3237033'],
    items: [],
    subject: 'Order 111-2300471-3237033: Where is my order?',
    locale: 'en-US',
    visible: false,
    capturedAt: T0 + 3_600_000,
    messages,
    ...overrides,
  };
}
