import { useEffect, useState } from 'react';
import type { AdapterStatus } from '../core/model';
import { adapterStatusItem } from '../storage/adapter-status';

export interface TabStatus extends AdapterStatus {
  tabId: string;
}

/** What each portal tab's content script last reported, newest report first, kept live. */
export function useAdapterStatuses(): TabStatus[] {
  const [statuses, setStatuses] = useState<Record<string, AdapterStatus>>({});
  useEffect(() => {
    let active = true;
    void adapterStatusItem.getValue().then((value) => {
      if (active) setStatuses(value);
    });
    const unwatch = adapterStatusItem.watch((value) => setStatuses(value ?? {}));
    return () => {
      active = false;
      unwatch();
    };
  }, []);
  return Object.entries(statuses)
    .map(([tabId, status]) => ({ ...status, tabId }))
    .sort((a, b) => b.at - a.at);
}
