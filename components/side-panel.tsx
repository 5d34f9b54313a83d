import { useEffect, useState } from 'react';
import { InboxView } from './inbox-view';
import { ThreadView } from './thread-view';

const THREAD_HASH = '#thread/';

function threadFromHash(): string | null {
  return location.hash.startsWith(THREAD_HASH)
    ? decodeURIComponent(location.hash.slice(THREAD_HASH.length))
    : null;
}

/**
 * Inbox and thread view. The inbox stays mounted (hidden) while a thread is open, so filters and scroll position
 * survive the round trip. The open thread is kept in the URL hash, so a reload returns to it.
 */
export function SidePanel() {
  const [threadId, setThreadId] = useState<string | null>(threadFromHash);

  useEffect(() => {
    const onHashChange = () => setThreadId(threadFromHash());
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const open = (id: string | null) => {
    history.replaceState(null, '', id ? `${THREAD_HASH}${encodeURIComponent(id)}` : location.pathname);
    setThreadId(id);
  };

  return (
    <div className="h-screen min-w-0 overflow-hidden bg-white font-sans text-slate-900 antialiased">
      <div className={threadId ? 'hidden' : 'h-full'}>
        <InboxView onOpenThread={open} />
      </div>
      {threadId && <ThreadView key={threadId} threadId={threadId} onBack={() => open(null)} />}
    </div>
  );
}
