import { readLoadable, retryLoadable, watchLoadable, type Loadable, type LoadState } from '@bodymap/core';
import { useCallback, useMemo, useReducer, useSyncExternalStore } from 'react';

// What the server renders for anything loaded on demand, and so what hydration renders too: the
// server may have loaded it for an earlier request and the browser may have it already (another
// map, a preload), so neither can know what the other has. It is read as loaded right after.
const serverLoading: LoadState<never> = { status: 'loading', promise: new Promise<never>(() => undefined) };

/** Reads a loadable value, re-rendering when its load settles; `retry` forgets a failure and tries again. */
export function useLoadable<T>(loadable: Loadable<T> | undefined): {
  state: LoadState<T> | undefined;
  retry: () => void;
} {
  const [, retried] = useReducer((count: number) => count + 1, 0);
  // `readLoadable` caches a lazy value's state; a present one is wrapped once, so the snapshot is stable.
  const present = useMemo<LoadState<T> | undefined>(
    () => (loadable === undefined || typeof loadable === 'function' ? undefined : { status: 'loaded', value: loadable as T }),
    [loadable],
  );
  // Every change of a lazy value's state is heard, the settling of a load that a retry started too.
  const subscribe = useCallback(
    (onChange: () => void) => (typeof loadable === 'function' ? watchLoadable(loadable as () => Promise<unknown>, onChange) : () => undefined),
    [loadable],
  );
  const getSnapshot = useCallback(
    () => (present ?? (loadable === undefined ? undefined : readLoadable(loadable))),
    [loadable, present],
  );
  const getServerSnapshot = useCallback(
    () => (present ?? (loadable === undefined ? undefined : serverLoading)),
    [loadable, present],
  );
  const state = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const retry = useCallback(() => {
    if (loadable !== undefined) {
      retryLoadable(loadable);
      // Forgetting the failure tells no one: reading again, in this render, starts the new load.
      retried();
    }
  }, [loadable]);
  return { state, retry };
}
