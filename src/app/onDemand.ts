/**
 * Code that the first screen does not run (compare mode, gaps…), loaded the first time it is
 * wanted and by the idle prefetch (lazyParts.tsx), so that it works offline after the first load;
 * and the place layer's chunk, loaded as the map is made (src/map/syncMap.ts). No React here:
 * the map layer uses it too; components wait for a module with useOnDemand.ts.
 */
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
