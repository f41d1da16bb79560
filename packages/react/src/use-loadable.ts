import { readLoadable, retryLoadable, type Loadable, type LoadState } from '@bodymap/core';
import { useCallback, useEffect, useReducer } from 'react';

/** Reads a loadable value, re-rendering when its load settles; `retry` forgets a failure and tries again. */
export function useLoadable<T>(loadable: Loadable<T> | undefined): {
  state: LoadState<T> | undefined;
  retry: () => void;
} {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const state = loadable === undefined ? undefined : readLoadable(loadable);
  useEffect(() => {
    if (state?.status !== 'loading') {
      return;
    }
    let live = true;
    const settle = () => {
      if (live) {
        rerender();
      }
    };
    state.promise.then(settle, settle);
    return () => {
      live = false;
    };
  }, [state]);
  const retry = useCallback(() => {
    if (loadable !== undefined) {
      retryLoadable(loadable);
      rerender();
    }
  }, [loadable]);
  return { state, retry };
}
