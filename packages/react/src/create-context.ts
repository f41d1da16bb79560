import { createContext, useContext } from 'react';

/**
 * A context that names itself when it is missing, so that a part used outside its root fails with
 * "`BodyMapRegion` must be used within `BodyMap.Root`" instead of reading `undefined` later.
 */
export function createStrictContext<Value>(rootName: string) {
  const Context = createContext<Value | null>(null);
  Context.displayName = `${rootName}Context`;
  function useStrictContext(consumerName: string): Value {
    const value = useContext(Context);
    if (value === null) {
      throw new Error(`\`${consumerName}\` must be used within \`${rootName}\``);
    }
    return value;
  }
  return [Context.Provider, useStrictContext] as const;
}
