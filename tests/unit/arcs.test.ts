import { geoInterpolate } from "d3-geo";
import type { Position } from "geojson";
import { describe, expect, it } from "vitest";
import type { Link } from "../../src/data/dataset.ts";
import type { Status } from "../../src/data/vocabulary.ts";
import { ARC_SEGMENTS, arcCoordinates, bowsByLink } from "../../src/geo/arcs.ts";
import { buildFlows } from "../../src/geo/flows.ts";
import { SMALL } from "../fixtures/smallDataset.ts";
import { at, lonLat, type LonLat } from "../support/at.ts";
import { datasetStyle, frameworkColor } from "../../src/scales/frameworkColors.ts";
import { CONTRACT_VOCABULARY } from "../../src/data/datasets/datasetVocabulary.ts";

const STYLE = datasetStyle(CONTRACT_VOCABULARY);

const FRA: LonLat = [2.46, 46.68];
const CPV: LonLat = [-23.64, 15.08];
const GEO: LonLat = [42.51, 42.36];
const ANCHORS = new Map<string, Position>([
  ["FRA", FRA],
  ["CPV", CPV],
  ["GEO", GEO],
  ["LVA", [24.9, 56.9]],
]);
const anchorOf = (id: string) => ANCHORS.get(id);

const link = (id: string, member_state: string, partner: string, status: Status = "signed"): Link => ({
  id,
  member_state,
  partner,
  framework: "bilateral",
  instrument: "Test instrument",
  status,
  themes: [],
  start: "",
  end: "",
  other_actors: "",
  source: "test",
  quote: "q",
  notes: "",
});
const mid = (coords: Position[]) => lonLat(coords[ARC_SEGMENTS / 2]);
const close = (a: Position | undefined, b: Position | undefined, digits = 6) => {
  const [[ax, ay], [bx, by]] = [lonLat(a), lonLat(b)];
  expect(ax).toBeCloseTo(bx, digits);
  expect(ay).toBeCloseTo(by, digits);
};

describe("arcCoordinates", () => {
  it("has ARC_SEGMENTS + 1 points from the first anchor to the second", () => {
    for (const bow of [0, 0.09, -0.045]) {
      const c = arcCoordinates(FRA, CPV, bow);
      expect(c).toHaveLength(ARC_SEGMENTS + 1);
      close(c[0], FRA);
      close(c[ARC_SEGMENTS], CPV);
    }
  });
  it("with bow 0 follows the great circle (d3-geo midpoint)", () => {
    const c = arcCoordinates(FRA, GEO, 0);
    const gc = geoInterpolate([FRA[0], FRA[1]], [GEO[0], GEO[1]]);
    close(mid(c), gc(0.5));
    close(c[ARC_SEGMENTS / 4], gc(0.25));
    // A great circle between two northern points bulges north of the straight lon/lat chord.
    expect(mid(c)[1]).toBeGreaterThan((FRA[1] + GEO[1]) / 2 + 1);
  });
  it("with a bow moves the middle sideways, symmetric in the sign of the bow", () => {
    const gcMid = mid(arcCoordinates(FRA, CPV, 0));
    const plus = mid(arcCoordinates(FRA, CPV, 0.09));
    const minus = mid(arcCoordinates(FRA, CPV, -0.09));
    const chord = Math.hypot(CPV[0] - FRA[0], CPV[1] - FRA[1]);
    expect(Math.hypot(plus[0] - gcMid[0], plus[1] - gcMid[1])).toBeCloseTo(0.09 * chord, 6);
    close([(plus[0] + minus[0]) / 2, (plus[1] + minus[1]) / 2], gcMid);
  });
  it("stays finite when both ends are the same point", () => {
    const c = arcCoordinates(FRA, FRA, 0.09);
    expect(c.flat().every(Number.isFinite)).toBe(true);
    close(c[ARC_SEGMENTS / 2], FRA);
  });
});

describe("bowsByLink", () => {
  it("gives a lone link bow 0 and parallel links symmetric distinct bows, ordered by id", () => {
    const bows = bowsByLink([
      link("b", "FRA", "CPV"),
      link("lone", "FRA", "GEO"),
      link("a", "FRA", "CPV"),
      link("c", "FRA", "CPV"),
    ]);
    expect(bows.get("lone")).toBe(0);
    expect(bows.get("a")).toBeCloseTo(-0.09, 10);
    expect(bows.get("b")).toBe(0);
    expect(bows.get("c")).toBeCloseTo(0.09, 10);
  });
  it("treats the same pair from two Member States as different pairs", () => {
    const bows = bowsByLink([link("x", "FRA", "CPV"), link("y", "LVA", "CPV")]);
    expect([bows.get("x"), bows.get("y")]).toEqual([0, 0]);
  });
});

describe("flows of the small fixture", () => {
  it("draws the small fixture's two France–Cape Verde links apart, and its lone France–Benin link straight", () => {
    // tests/fixtures/smallDataset.ts: a bilateral agreement and a Mobility Partnership join FRA and CPV.
    const fraCpv = SMALL.links.filter((l) => l.member_state === "FRA" && l.partner === "CPV");
    expect(fraCpv.map((l) => l.id)).toEqual(["fra-cpv-concerted-management", "fra-cpv-mobility-partnership"]);
    const bows = bowsByLink(SMALL.links);
    expect(bows.get("fra-cpv-concerted-management")).toBeCloseTo(-0.045, 10);
    expect(bows.get("fra-cpv-mobility-partnership")).toBeCloseTo(0.045, 10);
    expect(bows.get("fra-ben-concerted-management")).toBe(0);
    // Spain's two links to Senegal are a pair too; Portugal's and Luxembourg's to Cape Verde are alone.
    expect(bows.get("esp-sen-framework-agreement")).toBeCloseTo(-0.045, 10);
    expect(bows.get("prt-cpv-migration-partnership")).toBe(0);
    const arcs = buildFlows(fraCpv, anchorOf, STYLE).lines.features;
    expect(arcs.map((f) => f.properties.color)).toEqual([
      frameworkColor("bilateral"),
      frameworkColor("eu_mobility_partnership"),
    ]);
    const mids = arcs.map((f) => mid(f.geometry.coordinates));
    const [a, b] = [at(mids, 0), at(mids, 1)];
    // About 41° of chord: the middles lie some 3.7° apart, well visible at world zoom.
    expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThan(3);
    const gcMid = geoInterpolate([FRA[0], FRA[1]], [CPV[0], CPV[1]])(0.5);
    close([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], gcMid);
    const chord = Math.hypot(CPV[0] - FRA[0], CPV[1] - FRA[1]);
    for (const m of [a, b]) expect(Math.hypot(m[0] - gcMid[0], m[1] - gcMid[1])).toBeCloseTo(0.045 * chord, 6);
  });
});
