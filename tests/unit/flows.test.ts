import type { Position } from "geojson";
import { describe, expect, it } from "vitest";
import type { Link } from "../../src/data/dataset.ts";
import { CONTRACT_VOCABULARY } from "../../src/data/datasets/datasetVocabulary.ts";
import { ARC_SEGMENTS, bowsByLink } from "../../src/geo/arcs.ts";
import { buildFlows, hasWideFlows, shownPerFlow, visibleFlows } from "../../src/geo/flows.ts";
import { datasetStyle, frameworkColor } from "../../src/scales/frameworkColors.ts";
import { at } from "../support/at.ts";

const STYLE = datasetStyle(CONTRACT_VOCABULARY);
const ANCHORS = new Map<string, Position>([
  ["FRA", [2.46, 46.68]],
  ["LVA", [24.9, 56.9]],
  ["CPV", [-23.64, 15.08]],
  ["GEO", [42.51, 42.36]],
]);
const anchorOf = (id: string) => ANCHORS.get(id);

const link = (id: string, member_state: string, partner: string, status = "signed", framework = "bilateral"): Link => ({
  id,
  member_state,
  partner,
  framework,
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

/** Each flow as "ms>partner>framework>tentative" with its link ids: what the tests compare. */
const describeFlows = (links: readonly Link[]) => {
  const flows = buildFlows(links, anchorOf, STYLE);
  return flows.lines.features.map((f, i) => ({
    key: `${f.properties.ms}>${f.properties.partner}>${f.properties.framework}>${f.properties.tentative}`,
    ids: flows.linkIds[i],
  }));
};

describe("buildFlows", () => {
  it("makes one flow per Member State, partner, framework and line style, listing its links", () => {
    const links = [
      link("a", "FRA", "CPV"),
      link("b", "FRA", "CPV", "in_force"),
      link("c", "FRA", "CPV", "planned"),
      link("d", "FRA", "CPV", "signed", "eu_mobility_partnership"),
      link("e", "LVA", "CPV"),
      link("f", "FRA", "GEO"),
    ];
    expect(describeFlows(links)).toEqual([
      { key: "FRA>CPV>bilateral>false", ids: ["a", "b"] },
      { key: "FRA>CPV>bilateral>true", ids: ["c"] },
      { key: "FRA>CPV>eu_mobility_partnership>false", ids: ["d"] },
      { key: "LVA>CPV>bilateral>false", ids: ["e"] },
      { key: "FRA>GEO>bilateral>false", ids: ["f"] },
    ]);
  });
  it("gives each flow its index as numeric feature id, its colour and its number of links", () => {
    const flows = buildFlows(
      [link("a", "FRA", "CPV"), link("b", "FRA", "CPV"), link("c", "FRA", "GEO")],
      anchorOf,
      STYLE,
    );
    expect(flows.lines.features.map((f) => f.id)).toEqual([0, 1]);
    expect(at(flows.lines.features, 0).properties).toEqual({
      ms: "FRA",
      partner: "CPV",
      framework: "bilateral",
      color: frameworkColor("bilateral"),
      tentative: false,
      participation: false,
      count: 2,
    });
    expect([...flows.flowOf]).toEqual([
      ["a", 0],
      ["b", 0],
      ["c", 1],
    ]);
  });
  it("keeps a participation apart from a signature, as the legend does", () => {
    const style = { ...STYLE, isParticipation: (s: string) => s === "participation" };
    const flows = buildFlows([link("a", "FRA", "CPV"), link("b", "FRA", "CPV", "participation")], anchorOf, style);
    expect(flows.lines.features.map((f) => f.properties.participation)).toEqual([false, true]);
  });
  it("keeps compare kinds apart: the compare rows carry the kind as framework", () => {
    const rows = [link("a", "FRA", "CPV", "compare", "both"), link("b:x", "FRA", "CPV", "compare", "only_b")];
    expect(describeFlows(rows).map((f) => f.key)).toEqual(["FRA>CPV>both>false", "FRA>CPV>only_b>false"]);
  });
  it("skips links whose anchor is missing, at either end, and gives them no flow", () => {
    const flows = buildFlows(
      [link("ok", "FRA", "CPV"), link("no-partner", "FRA", "XXX"), link("no-ms", "ZZZ", "GEO")],
      anchorOf,
      STYLE,
    );
    expect(flows.linkIds).toEqual([["ok"]]);
    expect(flows.flowOf.has("no-partner")).toBe(false);
    expect(flows.flowOf.has("no-ms")).toBe(false);
  });
  it("bows parallel flows of a pair apart as single links are, by their first link", () => {
    const links = [link("a", "FRA", "CPV"), link("b", "FRA", "CPV", "planned"), link("c", "FRA", "CPV", "in_force")];
    const flows = buildFlows(links, anchorOf, STYLE);
    const bows = bowsByLink([link("a", "FRA", "CPV"), link("b", "FRA", "CPV")]);
    const mids = flows.lines.features.map((f) => f.geometry.coordinates[ARC_SEGMENTS / 2]);
    expect(mids).toHaveLength(2);
    // Two flows (a+c firm, b tentative), so two distinct bows, symmetric about the great circle.
    expect(bows.get("a")).toBeCloseTo(-0.045, 10);
    expect(mids[0]).not.toEqual(mids[1]);
  });
});

describe("shownPerFlow", () => {
  const links = [link("a", "FRA", "CPV"), link("b", "FRA", "CPV"), link("c", "FRA", "GEO"), link("d", "FRA", "XXX")];
  const flows = buildFlows(links, anchorOf, STYLE);
  it("counts the shown links of each flow, 0 for a flow with none shown", () => {
    expect([...shownPerFlow(flows, links)]).toEqual([2, 1]);
    expect([...shownPerFlow(flows, [link("b", "FRA", "CPV")])]).toEqual([1, 0]);
    expect([...shownPerFlow(flows, [])]).toEqual([0, 0]);
  });
  it("ignores links that have no flow (no anchor, or not among the flows' links)", () => {
    expect([...shownPerFlow(flows, [links[3] as Link, link("new", "FRA", "GEO")])]).toEqual([0, 0]);
  });
  it("keeps the geometry: the flows with a shown link carry their shown count", () => {
    const counts = shownPerFlow(flows, [link("a", "FRA", "CPV")]);
    const visible = visibleFlows(flows, counts);
    expect(visible.features.map((f) => [f.id, f.properties.count])).toEqual([[0, 1]]);
    expect(visible.features[0]?.geometry).toBe(flows.lines.features[0]?.geometry);
  });
  it("says when a drawn flow stands for more than one link", () => {
    expect(hasWideFlows(shownPerFlow(flows, links))).toBe(true);
    expect(hasWideFlows(shownPerFlow(flows, [link("a", "FRA", "CPV"), link("c", "FRA", "GEO")]))).toBe(false);
  });
  it("is linear in the shown links: 20,000 links over a few flows take well under a second", () => {
    const many = Array.from({ length: 20_000 }, (_, i) => link(`l${i}`, "FRA", i % 2 ? "CPV" : "GEO"));
    const big = buildFlows(many, anchorOf, STYLE);
    expect(big.lines.features).toHaveLength(2);
    const t0 = performance.now();
    const counts = shownPerFlow(big, many);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect([...counts]).toEqual([10_000, 10_000]);
  });
});
