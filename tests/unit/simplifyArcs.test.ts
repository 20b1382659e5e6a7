import { describe, expect, it } from "vitest";
import type { FeatureCollection, Polygon, Position } from "geojson";
import { simplifyArc, visvalingamWeights } from "../../scripts/world/simplifyArcs.ts";
import { simplifyTopology } from "../../scripts/world/simplifyTopology.ts";
import { topology } from "topojson-server";

describe("simplifyArc", () => {
  const wiggly: Position[] = [
    [0, 0],
    [1, 0.001],
    [2, 0],
    [3, 0.002],
    [4, 0],
    [5, 3],
    [6, 0],
  ];
  it("keeps the end points and drops points that barely bend the line", () => {
    const out = simplifyArc(wiggly, 0.01);
    expect(out[0]).toEqual([0, 0]);
    expect(out.at(-1)).toEqual([6, 0]);
    expect(out).toContainEqual([5, 3]);
    expect(out).not.toContainEqual([1, 0.001]);
  });
  it("gives effective areas that never decrease in the order points go", () => {
    const w = visvalingamWeights(wiggly);
    expect(w[0]).toBe(Infinity);
    expect(w.at(-1)).toBe(Infinity);
    expect(Math.min(...w.slice(1, -1))).toBeGreaterThan(0);
  });
  it("keeps an island a ring of at least four points, however small", () => {
    const island: Position[] = [
      [0, 0],
      [0, 0.01],
      [0.005, 0.012],
      [0.01, 0.01],
      [0.01, 0],
      [0.005, -0.002],
      [0, 0],
    ];
    expect(simplifyArc(island, 10).length).toBe(4);
  });
  it("keeps the points of the antimeridian cut and of the pole's edge", () => {
    const edge: Position[] = [
      [-170, -90],
      [-180, -90],
      [-180, -80],
      [-180, -70],
      [-175, -69],
    ];
    expect(simplifyArc(edge, 1e6)).toEqual(edge);
  });
});

describe("simplifyTopology", () => {
  it("gives back the detail of a ring that simplification would flatten", () => {
    // A thin sliver: simplified hard, its ring would lose almost all its area.
    const sliver = {
      type: "Feature" as const,
      properties: {},
      geometry: {
        type: "Polygon" as const,
        coordinates: [
          [
            [0, 0],
            [0, 1],
            [0.1, 1.05],
            [0.2, 1],
            [0.2, 0],
            [0.1, -0.05],
            [0, 0],
          ],
        ],
      },
    };
    const collection: FeatureCollection<Polygon> = { type: "FeatureCollection", features: [sliver] };
    const topo = topology({ c: collection });
    const out = simplifyTopology(topo, 10);
    expect(out.arcs.flat().length).toBe(topo.arcs.flat().length);
  });
});
