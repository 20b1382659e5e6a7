import { describe, expect, it } from "vitest";
import { boxAt, placeLabels, type LabelCandidate } from "../../src/geo/labelPlacement.ts";

const view = { width: 400, height: 300 };
const label = (x: number, y: number, priority: number, width = 60, height = 20): LabelCandidate => ({
  x,
  y,
  width,
  height,
  offset: 10,
  priority,
});

describe("boxAt", () => {
  it("puts the text on the named side's opposite: a top anchor is below the point", () => {
    const c = label(100, 100, 0);
    expect(boxAt(c, "top")).toEqual({ left: 70, top: 110 });
    expect(boxAt(c, "bottom")).toEqual({ left: 70, top: 70 });
    expect(boxAt(c, "left")).toEqual({ left: 110, top: 90 });
    expect(boxAt(c, "right")).toEqual({ left: 30, top: 90 });
  });
});

describe("placeLabels", () => {
  it("places labels that do not meet below their points", () => {
    const placed = placeLabels([label(100, 100, 0), label(300, 100, 1)], view);
    expect(placed.map((p) => [p.index, p.anchor])).toEqual([
      [0, "top"],
      [1, "top"],
    ]);
  });

  it("moves a label to another side rather than over a label placed first", () => {
    // Both points 15 px apart: below the second is taken by the first's text, above it is free.
    const placed = placeLabels([label(100, 100, 0), label(100, 115, 1)], view);
    expect(placed.find((p) => p.index === 1)?.anchor).toBe("bottom");
    const [a, b] = [placed[0]!, placed[1]!];
    const overlap = (p: typeof a, q: typeof b) =>
      p.left < q.left + 60 && q.left < p.left + 60 && p.top < q.top + 20 && q.top < p.top + 20;
    expect(overlap(a, b)).toBe(false);
  });

  it("gives the room to the lower priority number whatever the input order, and drops a label with no side free", () => {
    // Near the bottom edge and 300 px wide, only above the point is on screen: one label fits.
    const crowd = [label(200, 290, 5, 300), label(200, 290, 1, 300)];
    const placed = placeLabels(crowd, view);
    expect(placed.map((p) => p.index)).toEqual([1]);
  });

  it("keeps labels wholly on screen: a point at the left edge is labelled to its right, one off screen not at all", () => {
    const placed = placeLabels([label(5, 150, 0), label(-20, 150, 1), label(200, 400, 2)], view);
    expect(placed).toEqual([{ index: 0, anchor: "left", left: 15, top: 140 }]);
  });

  it("keeps a label on its last frame's side while it fits there, else takes the first free one", () => {
    const lone = [label(100, 100, 0)];
    expect(placeLabels(lone, view, 2, () => "right")[0]?.anchor).toBe("right");
    // Near the left edge the text left of the point, or centred on it, would be cut: it goes right of it.
    expect(placeLabels([label(20, 100, 0)], view, 2, () => "right")[0]?.anchor).toBe("left");
  });

  it("keeps labels `padding` apart", () => {
    const a = label(100, 50, 0, 60, 20);
    // Its top box would start 1 px under the first one's bottom: closer than the padding.
    const b = { ...label(100, 50, 1, 60, 20), y: 50 + 21 };
    expect(placeLabels([a, b], view, 2).find((p) => p.index === 1)?.anchor).not.toBe("top");
    expect(placeLabels([a, b], view, 0).find((p) => p.index === 1)?.anchor).toBe("top");
  });
});
