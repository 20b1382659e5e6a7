/**
 * When a layer's first drawing may go ahead: once the map around it is complete, or at the latest
 * `ms` after it was first asked; from then on, always. Pure (the clock is passed in), so it is
 * unit-tested; FlowLayer.ts holds the first picture's flows with it.
 */
export class FirstDrawHold {
  /** When the wait ends at the latest; null until first asked. */
  private until: number | null = null;
  private done = false;

  constructor(
    private readonly ms: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Whether to draw now. `onWait` hears, once, that a wait has begun and how long it may last. */
  ready(complete: boolean, onWait?: (ms: number) => void): boolean {
    if (this.done) return true;
    if (this.until === null) {
      this.until = this.now() + this.ms;
      if (!complete) onWait?.(this.ms);
    }
    if (complete || this.now() >= this.until) this.done = true;
    return this.done;
  }
}
