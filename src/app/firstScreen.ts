/**
 * Whether the first screen is done: the map's first "atlas:idle" mark (MapView), or 8 s at the
 * latest (no WebGL, or the table or matrix opened first). What the first screen does not show
 * (meeting mode's engine, the deck panels, the print sheet) waits for it, so that none of it is
 * fetched and evaluated while the map is being drawn for the first time (issue #9). Printing opens
 * the gate at once (`finishFirstScreen`).
 */
import { useSyncExternalStore } from "react";

const LATEST_MS = 8000;
let done = false;
let watching = false;
const listeners = new Set<() => void>();

export function finishFirstScreen(): void {
  if (done) return;
  done = true;
  for (const listener of [...listeners]) listener();
}

function watch() {
  if (watching || done) return;
  watching = true;
  // The browser's own print (Ctrl+P) before the map is drawn: this print may miss the sheet, the next has it.
  window.addEventListener("beforeprint", finishFirstScreen, { once: true });
  const latest = setTimeout(finishFirstScreen, LATEST_MS);
  if (typeof PerformanceObserver !== "function" || !PerformanceObserver.supportedEntryTypes.includes("mark")) return;
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntries().some((e) => e.name === "atlas:idle")) return;
    observer.disconnect();
    clearTimeout(latest);
    finishFirstScreen();
  });
  // `buffered`: the map may have been idle before anyone asked.
  observer.observe({ type: "mark", buffered: true });
}

export function onFirstScreenDone(listener: () => void): () => void {
  watch();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const isFirstScreenDone = (): boolean => done;

export function useFirstScreenDone(): boolean {
  return useSyncExternalStore(onFirstScreenDone, isFirstScreenDone);
}
