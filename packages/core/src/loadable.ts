/** A value that is either present now or fetched on first use (a dynamic `import()`). */
export type Loadable<T> = T | (() => Promise<T>);

export type LoadState<T> =
  | { readonly status: 'loading'; readonly promise: Promise<T> }
  | { readonly status: 'loaded'; readonly value: T }
  | { readonly status: 'failed'; readonly error: unknown };

const cache = new WeakMap<() => Promise<unknown>, LoadState<unknown>>();

/**
 * Reads a loadable, starting its load the first time. Results are cached per loader function, so
 * every map on a page shares one request and a value loaded once is available synchronously.
 */
export function readLoadable<T>(loadable: Loadable<T>): LoadState<T> {
  if (typeof loadable !== 'function') {
    return { status: 'loaded', value: loadable };
  }
  const loader = loadable as () => Promise<T>;
  const known = cache.get(loader) as LoadState<T> | undefined;
  if (known) {
    return known;
  }
  const promise = Promise.resolve()
    .then(loader)
    .then(
      (value) => {
        cache.set(loader, { status: 'loaded', value });
        return value;
      },
      (error: unknown) => {
        cache.set(loader, { status: 'failed', error });
        throw error;
      },
    );
  // The caller observes the outcome through the cache; this keeps a failure from being unhandled.
  promise.catch(() => undefined);
  const loading: LoadState<T> = { status: 'loading', promise };
  cache.set(loader, loading);
  return loading;
}

/** Forgets a failed load so that the next read tries again. */
export function retryLoadable<T>(loadable: Loadable<T>): void {
  if (typeof loadable === 'function') {
    const known = cache.get(loadable as () => Promise<unknown>);
    if (known?.status === 'failed') {
      cache.delete(loadable as () => Promise<unknown>);
    }
  }
}

/**
 * A loadable's value as a promise, sharing {@link readLoadable}'s one request per loader; a load
 * that failed before is tried again.
 */
export function loadValue<T>(loadable: Loadable<T>): Promise<T> {
  retryLoadable(loadable);
  const state = readLoadable(loadable);
  // Never `failed` here: a failure was just forgotten, so the read started the load again.
  return state.status === 'loading' ? state.promise : Promise.resolve((state as { value: T }).value);
}
