import { useEffect } from "react";
import { isFirstScreenDone, onFirstScreenDone } from "./firstScreen.ts";
import { prefetchLazyParts } from "./lazyParts.tsx";

/**
 * Fetches every lazy chunk once the first screen is done (firstScreen.ts), then when the browser
 * is idle, so the prefetch never competes with the first drawing.
 */
export function usePrefetchWhenIdle(): void {
  useEffect(() => {
    let idleHandle: number | undefined;
    const whenIdle = (run: () => void) =>
      typeof requestIdleCallback === "function"
        ? requestIdleCallback(run, { timeout: 2000 })
        : window.setTimeout(run, 200);
    const go = () => {
      if (idleHandle === undefined) idleHandle = whenIdle(() => void prefetchLazyParts().catch(() => undefined));
    };
    const stop = onFirstScreenDone(go);
    if (isFirstScreenDone()) go();
    return () => {
      stop();
      if (idleHandle !== undefined) {
        if (typeof cancelIdleCallback === "function") cancelIdleCallback(idleHandle);
        else window.clearTimeout(idleHandle);
      }
    };
  }, []);
}
