import { describe, expect, it, vi } from "vitest";
import { FirstDrawHold } from "../../src/map/firstDrawHold.ts";

function clock(start = 1000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("FirstDrawHold", () => {
  it("holds the first drawing while the map is incomplete, and says once that it waits", () => {
    const c = clock();
    const hold = new FirstDrawHold(4000, c.now);
    const onWait = vi.fn();
    expect(hold.ready(false, onWait)).toBe(false);
    c.advance(1000);
    expect(hold.ready(false, onWait)).toBe(false);
    expect(onWait).toHaveBeenCalledTimes(1);
    expect(onWait).toHaveBeenCalledWith(4000);
  });

  it("lets it go ahead once the map is complete, and never holds again", () => {
    const c = clock();
    const hold = new FirstDrawHold(4000, c.now);
    expect(hold.ready(false)).toBe(false);
    expect(hold.ready(true)).toBe(true);
    // A pan or a filter later: tiles load, the map is incomplete, the flows are drawn all the same.
    expect(hold.ready(false)).toBe(true);
  });

  it("draws at once, with no wait, when the map is complete at the first frame", () => {
    const hold = new FirstDrawHold(4000, clock().now);
    const onWait = vi.fn();
    expect(hold.ready(true, onWait)).toBe(true);
    expect(onWait).not.toHaveBeenCalled();
  });

  it("stops waiting after its time, complete or not", () => {
    const c = clock();
    const hold = new FirstDrawHold(4000, c.now);
    expect(hold.ready(false)).toBe(false);
    c.advance(3999);
    expect(hold.ready(false)).toBe(false);
    c.advance(1);
    expect(hold.ready(false)).toBe(true);
    expect(hold.ready(false)).toBe(true);
  });
});
