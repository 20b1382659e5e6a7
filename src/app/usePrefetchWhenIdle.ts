import { useEffect } from "react";
import { prefetchLazyParts } from "./lazyParts.tsx";

/** Longest wait for the map (no WebGL, a table or matrix first): the prefetch must happen anyway. */
const LATEST_MS = 8000;

/**
 * Fetches every lazy chunk once the first screen is done: at the map's first "atlas:idle" mark
 * (MapView), then when the browser is idle, so the prefetch never competes with the first drawing.
 * Without a map (the table or matrix opened first) the idle callback alone, at the latest.
 */
export function usePrefetchWhenIdle(): void {
  useEffect(() => {
    let done = false;
    let idleHandle: number | undefined;
    const whenIdle = (run: () => void) =>
      typeof requestIdleCallback === "function"
        ? requestIdleCallback(run, { timeout: 2000 })
        : window.setTimeout(run, 200);
    const go = () => {
      if (done) return;
      done = true;
      observer?.disconnect();
      window.clearTimeout(latest);
      idleHandle = whenIdle(() => void prefetchLazyParts().catch(() => undefined));
    };
    const latest = window.setTimeout(go, LATEST_MS);
    const observer =
      typeof PerformanceObserver === "function" && PerformanceObserver.supportedEntryTypes.includes("mark")
        ? new PerformanceObserver((list) => {
            if (list.getEntries().some((e) => e.name === "atlas:idle")) go();
          })
        : null;
    // `buffered`: the map may have been idle before this effect ran.
    observer?.observe({ type: "mark", buffered: true });
    return () => {
      done = true;
      observer?.disconnect();
      window.clearTimeout(latest);
      if (idleHandle !== undefined) {
        if (typeof cancelIdleCallback === "function") cancelIdleCallback(idleHandle);
        else window.clearTimeout(idleHandle);
      }
    };
  }, []);
}
