/** A value that is either present now or fetched on first use (a dynamic `import()`). */
export type Loadable<T> = T | (() => Promise<T>);

export type LoadState<T> =
  | { readonly status: 'loading'; readonly promise: Promise<T> }
  | { readonly status: 'loaded'; readonly value: T }
  | { readonly status: 'failed'; readonly error: unknown };

const cache = new WeakMap<() => Promise<unknown>, LoadState<unknown>>();
const watchers = new WeakMap<() => Promise<unknown>, Set<() => void>>();

function remember(loader: () => Promise<unknown>, state: LoadState<unknown>) {
  cache.set(loader, state);
  watchers.get(loader)?.forEach((onChange) => onChange());
}

/** What a loader has given so far, without starting it: `undefined` until something reads it. */
export function peekLoadable<T>(loader: () => Promise<T>): LoadState<T> | undefined {
  return cache.get(loader) as LoadState<T> | undefined;
}

/**
 * Calls `onChange` each time a loader's state changes, whoever started it: a part that has no
 * need of a value yet can get ready once another part has loaded it. Returns a function that stops.
 */
export function watchLoadable(loader: () => Promise<unknown>, onChange: () => void): () => void {
  const known = watchers.get(loader) ?? new Set();
  watchers.set(loader, known);
  known.add(onChange);
  return () => known.delete(onChange);
}

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
        remember(loader, { status: 'loaded', value });
        return value;
      },
      (error: unknown) => {
        remember(loader, { status: 'failed', error });
        throw error;
      },
    );
  // The caller observes the outcome through the cache; this keeps a failure from being unhandled.
  promise.catch(() => undefined);
  const loading: LoadState<T> = { status: 'loading', promise };
  remember(loader, loading);
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
