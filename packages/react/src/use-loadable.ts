import { readLoadable, retryLoadable, type Loadable, type LoadState } from '@bodymap/core';
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
  const [attempt, retried] = useReducer((count: number) => count + 1, 0);
  // `readLoadable` caches a lazy value's state; a present one is wrapped once, so the snapshot is stable.
  const present = useMemo<LoadState<T> | undefined>(
    () => (loadable === undefined || typeof loadable === 'function' ? undefined : { status: 'loaded', value: loadable as T }),
    [loadable],
  );
  const subscribe = useCallback(
    (onChange: () => void) => {
      const state = loadable === undefined ? undefined : readLoadable(loadable);
      if (state?.status !== 'loading') {
        return () => undefined;
      }
      let live = true;
      const settle = () => {
        if (live) {
          onChange();
        }
      };
      state.promise.then(settle, settle);
      return () => {
        live = false;
      };
    },
    [loadable, attempt], // eslint-disable-line react-hooks/exhaustive-deps -- a retry starts a new load, which needs a new subscription
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
      retried();
    }
  }, [loadable]);
  return { state, retry };
}
