import { describe, expect, it } from "vitest";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { hatchTriangles } from "../../src/geo/hatchTriangles.ts";
import { mercator } from "../../src/geo/flowMesh.ts";

const ring = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
const polygon = (...rings: number[][][]): Feature<Polygon> => ({
  type: "Feature",
  properties: {},
  geometry: { type: "Polygon", coordinates: rings },
});

/** Whether the point is covered an odd number of times by the triangles: what the stencil pass counts. */
function oddCover(t: Float32Array, [px, py]: [number, number]): boolean {
  let n = 0;
  for (let i = 0; i < t.length; i += 6) {
    const [ax, ay, bx, by, cx, cy] = Array.from(t.subarray(i, i + 6));
    const side = (x1 = 0, y1 = 0, x2 = 0, y2 = 0) => (x2 - x1) * (py - y1) - (y2 - y1) * (px - x1);
    const d1 = side(ax, ay, bx, by);
    const d2 = side(bx, by, cx, cy);
    const d3 = side(cx, cy, ax, ay);
    if ((d1 > 0 && d2 > 0 && d3 > 0) || (d1 < 0 && d2 < 0 && d3 < 0)) n++;
  }
  return n % 2 === 1;
}

describe("hatchTriangles", () => {
  it("fans each ring from its first point, in Mercator", () => {
    const t = hatchTriangles([polygon(ring(0, 0, 10))]);
    // Five points (closed): three triangles of three corners.
    expect(t).toHaveLength(3 * 6);
    const [x, y] = mercator(0, 0);
    expect(t[0]).toBeCloseTo(x);
    expect(t[1]).toBeCloseTo(y);
  });

  it("covers the inside of a ring oddly and a hole evenly, so the stencil's parity is the polygon", () => {
    const t = hatchTriangles([polygon(ring(0, 0, 10), ring(4, 4, 2))]);
    expect(oddCover(t, mercator(2, 2))).toBe(true);
    expect(oddCover(t, mercator(5, 5))).toBe(false);
    expect(oddCover(t, mercator(12, 5))).toBe(false);
  });

  it("takes every polygon of a multipolygon and skips what has no area", () => {
    const multi: Feature<MultiPolygon> = {
      type: "Feature",
      properties: {},
      geometry: { type: "MultiPolygon", coordinates: [[ring(0, 0, 1)], [ring(5, 5, 1)]] },
    };
    const t = hatchTriangles([
      multi,
      polygon([
        [0, 0],
        [1, 1],
      ]),
      { type: "Feature", properties: {}, geometry: null },
    ]);
    expect(t).toHaveLength(2 * 3 * 6);
    expect(oddCover(t, mercator(5.5, 5.5))).toBe(true);
  });
});
