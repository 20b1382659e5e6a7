import { describe, expect, it } from "vitest";
import type { Position } from "geojson";
import { FLOW_VERTEX_BYTES, LINE_STYLE, flowMesh, mercator, rgb } from "../../src/geo/flowMesh.ts";
import { buildFlows } from "../../src/geo/flows.ts";
import { ARC_SEGMENTS } from "../../src/geo/arcs.ts";
import type { Link } from "../../src/data/dataset.ts";

describe("mercator", () => {
  it("maps longitude and latitude into MapLibre's 0…1 world, north up", () => {
    expect(mercator(0, 0)).toEqual([0.5, 0.5]);
    expect(mercator(-180, 0)[0]).toBe(0);
    expect(mercator(180, 0)[0]).toBe(1);
    expect(mercator(0, 85.051129)[1]).toBeCloseTo(0, 6);
    expect(mercator(0, -90)[1]).toBeCloseTo(1, 6);
    expect(mercator(10, 50)[1]).toBeLessThan(0.5);
  });
});

describe("rgb", () => {
  it("reads a #rrggbb colour, and gives neutral grey for anything else", () => {
    expect(rgb("#0072B2")).toEqual([0x00, 0x72, 0xb2]);
    expect(rgb("teal")).toEqual([0x8a, 0x8a, 0x8a]);
  });
});

describe("flowMesh", () => {
  const link = (id: string, ms: string, partner: string, status: string): Link =>
    ({ id, member_state: ms, partner, framework: "bilateral", status }) as unknown as Link;
  const anchors: Record<string, Position> = { FRA: [2, 46], MAR: [-7, 32], SEN: [-14, 14] };
  const flows = buildFlows(
    [link("a", "FRA", "MAR", "signed"), link("b", "FRA", "SEN", "planned")],
    (id) => anchors[id],
    { colorOf: () => "#0072B2", isTentative: (s) => s === "planned" },
  );
  const { vertices, indices } = flowMesh(flows);
  const floats = new Float32Array(vertices);
  const bytes = new Uint8Array(vertices);
  const perFlow = 2 * (ARC_SEGMENTS + 1);
  const vertex = (i: number) => {
    const o = (i * FLOW_VERTEX_BYTES) / 4;
    return {
      x: floats[o] ?? NaN,
      y: floats[o + 1] ?? NaN,
      nx: floats[o + 2] ?? NaN,
      ny: floats[o + 3] ?? NaN,
      dist: floats[o + 4] ?? NaN,
      flow: floats[o + 5] ?? NaN,
      look: [...bytes.slice(o * 4 + 24, o * 4 + 28)],
    };
  };

  it("gives two vertices per point, one each side, and two triangles per segment", () => {
    expect(vertices.byteLength).toBe(2 * perFlow * FLOW_VERTEX_BYTES);
    expect(indices.length).toBe(2 * ARC_SEGMENTS * 6);
    expect([vertex(0).flow, vertex(1).flow, vertex(perFlow).flow, vertex(perFlow + 1).flow]).toEqual([1, -1, 2, -2]);
    // No triangle joins two flows.
    for (let t = 0; t < indices.length; t += 3) {
      const flowsOfTriangle = new Set([0, 1, 2].map((k) => Math.abs(vertex(indices[t + k] ?? 0).flow)));
      expect(flowsOfTriangle.size).toBe(1);
    }
  });

  it("starts and ends each flow at its anchors, in Mercator", () => {
    const [x0, y0] = mercator(2, 46);
    const [x1, y1] = mercator(-7, 32);
    expect(vertex(0).x).toBeCloseTo(x0, 6);
    expect(vertex(0).y).toBeCloseTo(y0, 6);
    expect(vertex(perFlow - 1).x).toBeCloseTo(x1, 6);
    expect(vertex(perFlow - 1).y).toBeCloseTo(y1, 6);
  });

  it("pushes each side out at right angles to the line, by at least its half width", () => {
    const a = vertex(10);
    const next = vertex(12);
    const along = [next.x - a.x, next.y - a.y];
    const dot = (a.nx * (along[0] ?? 0) + a.ny * (along[1] ?? 0)) / Math.hypot(along[0] ?? 0, along[1] ?? 0);
    expect(Math.abs(dot)).toBeLessThan(0.05);
    expect(Math.hypot(a.nx, a.ny)).toBeGreaterThanOrEqual(0.999);
    expect(vertex(11).nx).toBeCloseTo(-a.nx, 6);
  });

  it("measures distance along each flow from its own start, for the dashes", () => {
    expect(vertex(0).dist).toBe(0);
    expect(vertex(perFlow).dist).toBe(0);
    const along = Array.from({ length: ARC_SEGMENTS + 1 }, (_, i) => vertex(2 * i).dist);
    expect(along.every((d, i) => i === 0 || d > (along[i - 1] ?? 0))).toBe(true);
    const [x0, y0] = mercator(2, 46);
    const [x1, y1] = mercator(-7, 32);
    expect(along[ARC_SEGMENTS]).toBeGreaterThanOrEqual(Math.hypot(x1 - x0, y1 - y0) * 0.999);
  });

  it("carries each flow's colour and line style", () => {
    expect(vertex(0).look).toEqual([0x00, 0x72, 0xb2, LINE_STYLE.solid]);
    expect(vertex(perFlow).look).toEqual([0x00, 0x72, 0xb2, LINE_STYLE.dashed]);
  });
});
