/**
 * When a layer's first drawing may go ahead: once the map around it is complete, or at the latest
 * `ms` after it was first asked; from then on, always. Pure (the clock is passed in), so it is
 * unit-tested; FlowLayer.ts holds the first picture's flows with it. The returned function says
 * whether to draw now; `onWait` hears, once, that a wait has begun and how long it may last.
 */
export function firstDrawHold(ms: number, now: () => number = () => performance.now()) {
  // When the wait ends at the latest: unset until first asked, 0 once over.
  let until: number | undefined;
  return (complete: boolean, onWait?: (ms: number) => void): boolean => {
    if (until === undefined) {
      until = now() + ms;
      if (!complete) onWait?.(ms);
    }
    if (complete || now() >= until) until = 0;
    return until === 0;
  };
}
