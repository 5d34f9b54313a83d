import { onMessage } from '../../core/protocol';
import type { AppDb } from '../../storage/db';
import { setThreadRead, setThreadState, setThreadUrgent } from '../../storage/thread-actions';

const STATES = new Set(['open', 'pending', 'done']);

function requireThreadId(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 600)
    throw new Error('invalid thread id');
  return value;
}

/** Owner of the thread workflow messages sent by extension pages. */
export function registerThreadHandlers(db: AppDb): () => void {
  const offs = [
    onMessage('setThreadState', ({ data }) => {
      if (!STATES.has(data?.state)) throw new Error('invalid state');
      return setThreadState(db, requireThreadId(data.threadId), data.state);
    }),
    onMessage('setThreadRead', ({ data }) =>
      setThreadRead(db, requireThreadId(data?.threadId), data.read === true),
    ),
    onMessage('setThreadUrgent', ({ data }) =>
      setThreadUrgent(db, requireThreadId(data?.threadId), data.urgent === true),
    ),
  ];
  return () => {
    for (const off of offs) off();
  };
}
