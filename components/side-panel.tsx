import { useEffect, useState } from 'react';
import { InboxView } from './inbox-view';
import { isTemplatesHash } from './templates/templates-route';
import { TemplatesView } from './templates/templates-view';
import { ThreadView } from './thread-view';

const THREAD_HASH = '#thread/';

type Route = { view: 'inbox' } | { view: 'thread'; threadId: string } | { view: 'templates' };

function routeFromHash(): Route {
  if (location.hash.startsWith(THREAD_HASH)) {
    // A hand-edited or truncated address ("#thread/%E4") must not take the panel down: back to the inbox.
    try {
      return { view: 'thread', threadId: decodeURIComponent(location.hash.slice(THREAD_HASH.length)) };
    } catch {
      return { view: 'inbox' };
    }
  }
  if (isTemplatesHash(location.hash)) return { view: 'templates' };
  return { view: 'inbox' };
}

/**
 * Inbox (the default), thread view and template library. The inbox stays mounted (hidden) while another view is
 * open, so filters and scroll position survive the round trip. The view is kept in the URL hash, so a reload
 * returns to it; the inbox header's Templates link changes the hash.
 */
export function SidePanel() {
  const [route, setRoute] = useState<Route>(routeFromHash);

  useEffect(() => {
    const onHashChange = () => setRoute(routeFromHash());
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const open = (id: string | null) => {
    history.replaceState(null, '', id ? `${THREAD_HASH}${encodeURIComponent(id)}` : location.pathname);
    setRoute(id ? { view: 'thread', threadId: id } : { view: 'inbox' });
  };

  return (
    <div className="h-screen min-w-0 overflow-hidden bg-white font-sans text-slate-900 antialiased">
      <div className={route.view === 'inbox' ? 'h-full' : 'hidden'}>
        <InboxView onOpenThread={open} />
      </div>
      {route.view === 'thread' && (
        <ThreadView key={route.threadId} threadId={route.threadId} onBack={() => open(null)} />
      )}
      {route.view === 'templates' && <TemplatesView onBack={() => open(null)} />}
    </div>
  );
}
