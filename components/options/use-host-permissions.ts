import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

export interface HostPermissions {
  /** Origin → granted; missing while the first check runs. */
  granted: Record<string, boolean>;
  /**
   * Asks Chrome for the origins not known to be granted. Synchronous on purpose: it must run inside the click
   * (user gesture), before the caller awaits anything. Never awaited by callers either: in headless runs the prompt
   * is never answered and the promise never settles, and saving must not wait for it.
   */
  request: (origins: string[]) => void;
}

/** Live host-permission state of the given origins (optional_host_permissions in wxt.config.ts). */
export function useHostPermissions(origins: string[]): HostPermissions {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const key = origins.join(' ');

  const recheck = useCallback(async (list: string[]) => {
    const entries = await Promise.all(
      list.map(async (origin) => {
        try {
          return [origin, await browser.permissions.contains({ origins: [origin] })] as const;
        } catch {
          return [origin, false] as const;
        }
      }),
    );
    setGranted((previous) => ({ ...previous, ...Object.fromEntries(entries) }));
  }, []);

  useEffect(() => {
    const list = key ? key.split(' ') : [];
    void recheck(list);
    const onChange = () => void recheck(list);
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, [key, recheck]);

  const request = useCallback(
    (wanted: string[]) => {
      const missing = wanted.filter((origin) => granted[origin] !== true);
      if (missing.length === 0) return;
      try {
        browser.permissions.request({ origins: missing }).then(
          () => void recheck(missing),
          (error: unknown) => {
            console.warn('[HelloWorld] host permission request failed:', error);
            void recheck(missing);
          },
        );
      } catch (error) {
        console.warn('[HelloWorld] host permission request failed:', error);
      }
    },
    [granted, recheck],
  );

  return { granted, request };
}
