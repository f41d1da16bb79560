import { readLoadable, type Loadable } from '@bodymap/core';

/** A content part's value, given or loaded; a part the pack leaves out, or one that fails, fails the test. */
export async function loaded<T>(loadable: Loadable<T> | undefined): Promise<T> {
  if (loadable === undefined) {
    throw new Error('nothing to load');
  }
  const state = readLoadable(loadable);
  if (state.status === 'failed') {
    throw state.error;
  }
  return state.status === 'loaded' ? state.value : state.promise;
}
