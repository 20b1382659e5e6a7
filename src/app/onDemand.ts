/**
 * Code that the first screen does not run (compare mode, gaps…), loaded the first time it is
 * wanted and by the idle prefetch (lazyParts.tsx), so that it works offline after the first load.
 */
import { useEffect, useReducer } from "react";

export interface OnDemand<T> {
  /** The module if it has loaded, else null. */
  now(): T | null;
  /** Loads it, once; a failure (the network lost) is retried by the next call. */
  load(): Promise<T>;
}

export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let loaded: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    now: () => loaded,
    load() {
      loading ??= importer().then(
        (m) => (loaded = m),
        (e: unknown) => {
          loading = null;
          throw e;
        },
      );
      return loading;
    },
  };
}

/** The module for a component: null until it has loaded, then the module; `wanted` starts the load. */
export function useOnDemand<T>(code: OnDemand<T>, wanted: boolean): T | null {
  const [, arrived] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!wanted || code.now()) return;
    let live = true;
    code.load().then(
      () => live && arrived(),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [code, wanted]);
  return code.now();
}
