import type { MessageSnapshot } from '../../core/model';

/**
 * The element each message snapshot was read from. Readers sort, reverse and filter their messages after reading
 * them, so the element travels with the message object itself rather than in a parallel array that every reorder
 * would have to keep in step. Weak: a read that is dropped leaves nothing behind.
 */
const sources = new WeakMap<MessageSnapshot, Element>();

/** Note where a message was read from; returns the message, so a reader can wrap its object literal. */
export function readFrom<T extends MessageSnapshot>(message: T, element: Element | null | undefined): T {
  if (element) sources.set(message, element);
  return message;
}

/** The elements of the messages, in their order (null where a reader noted none). */
export function elementsOf(messages: readonly MessageSnapshot[]): (Element | null)[] {
  return messages.map((message) => sources.get(message) ?? null);
}
