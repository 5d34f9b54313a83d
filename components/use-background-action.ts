import { useCallback, useState } from 'react';

/**
 * Runs a write that goes through the background and keeps its failure for display: the worker may be restarting,
 * or may reject the change, and the agent should see that rather than a button that silently did nothing.
 */
export function useBackgroundAction() {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);
  return { run, error, clearError: useCallback(() => setError(null), []) };
}
