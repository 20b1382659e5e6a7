import { describe, expect, it, vi } from "vitest";
import { firstDrawHold } from "../../src/map/firstDrawHold.ts";

function clock(start = 1000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("firstDrawHold", () => {
  it("holds the first drawing while the map is incomplete, and says once that it waits", () => {
    const c = clock();
    const ready = firstDrawHold(4000, c.now);
    const onWait = vi.fn();
    expect(ready(false, onWait)).toBe(false);
    c.advance(1000);
    expect(ready(false, onWait)).toBe(false);
    expect(onWait).toHaveBeenCalledTimes(1);
    expect(onWait).toHaveBeenCalledWith(4000);
  });

  it("lets it go ahead once the map is complete, and never holds again", () => {
    const c = clock();
    const ready = firstDrawHold(4000, c.now);
    expect(ready(false)).toBe(false);
    expect(ready(true)).toBe(true);
    // A pan or a filter later: tiles load, the map is incomplete, the flows are drawn all the same.
    expect(ready(false)).toBe(true);
  });

  it("draws at once, with no wait, when the map is complete at the first frame", () => {
    const ready = firstDrawHold(4000, clock().now);
    const onWait = vi.fn();
    expect(ready(true, onWait)).toBe(true);
    expect(onWait).not.toHaveBeenCalled();
  });

  it("stops waiting after its time, complete or not", () => {
    const c = clock();
    const ready = firstDrawHold(4000, c.now);
    expect(ready(false)).toBe(false);
    c.advance(3999);
    expect(ready(false)).toBe(false);
    c.advance(1);
    expect(ready(false)).toBe(true);
    expect(ready(false)).toBe(true);
  });
});
