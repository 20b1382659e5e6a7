/** The map of the bundled 2010 data on the generated world layer: fills, dots, labels and arcs state facts of the data. The code is tested on fixtures in tests/unit/buildMapModel.test.ts and tests/unit/arcs.test.ts. */
import { describe, expect, it } from "vitest";
import type { Link } from "../../src/data/dataset.ts";
import { filterLinks } from "../../src/data/filterLinks.ts";
import { EMPTY_FILTERS } from "../../src/data/filters.ts";
import { MEMBER_STATES_2010 } from "../../src/data/vocabulary.ts";
import { REGION_FILL, anchorResolver, buildMapModel, datasetFlows } from "../../src/geo/buildMapModel.ts";
import type { Locale } from "../../src/i18n/countryNames.ts";
import { PALETTES, partnerScale } from "../../src/scales/colors.ts";
import type { Response } from "../../src/data/vocabulary.ts";
import { bundled, loadWorld } from "../unit/bundledDataset.ts";
import { datasetStyle, frameworkColor } from "../../src/scales/frameworkColors.ts";
import { ARC_SEGMENTS, bowsByLink } from "../../src/geo/arcs.ts";
import { buildFlows } from "../../src/geo/flows.ts";
import { geoInterpolate } from "d3-geo";
import type { Position } from "geojson";
import { at, lonLat } from "../support/at.ts";

const palette = PALETTES.light;
const partnerColor = partnerScale(palette);
const responseColor = (r: Response) => palette.responses[r];

const { dataset } = bundled;
const ALL = dataset.links;
// The flows of the whole dataset, built once as the atlas builds them; each filter only counts.
const FLOWS = datasetFlows(dataset, loadWorld(), ALL, datasetStyle(dataset.vocabulary));
const model = (shown: readonly Link[] = ALL, selected: string | null = null, locale: Locale = "en") =>
  buildMapModel({
    dataset,
    world: loadWorld(),
    flows: FLOWS,
    shown,
    selected,
    locale,
    palette,
  });
const placesOf = (links: readonly Link[]) => new Set(links.flatMap((l) => [l.member_state, l.partner]));
const dot = (m: ReturnType<typeof model>, id: string) =>
  m.dots.features.find((f) => f.properties.id === id)?.properties;
const label = (m: ReturnType<typeof model>, id: string) =>
  m.labels.features.find((f) => f.properties.id === id)?.properties;

describe("the 2010 map: fills", () => {
  const m = model();
  it("fills every Member State of 2010 from its response, whether it has links or not", () => {
    for (const code of MEMBER_STATES_2010) {
      const response = dataset.memberStates.get(code)?.response;
      expect(response, code).toBeDefined();
      if (response) expect(m.fills.get(code), code).toBe(responseColor(response));
    }
    expect(m.fills.get("ESP")).toBe(responseColor("has_partnership"));
    expect(m.fills.get("FIN")).toBe(responseColor("no_partnership"));
    expect(m.fills.get("AUT")).toBe(responseColor("not_disseminated"));
    expect(m.fills.get("FIN")).not.toBe(m.fills.get("MLT"));
  });
  it("hatches exactly the Member States that did not respond: Malta yes, Finland no", () => {
    expect(m.hatched).toContain("MLT");
    expect(m.hatched).not.toContain("FIN");
    expect([...m.hatched].sort()).toEqual(["BGR", "CYP", "DNK", "EST", "GRC", "HUN", "IRL", "MLT", "ROU"]);
  });
  it("fills partners by how many Member States link to them", () => {
    expect(m.fills.get("GEO")).toBe(partnerColor(8));
    expect(m.fills.get("MDA")).toBe(partnerColor(7));
    expect(m.fills.get("CPV")).toBe(partnerColor(5));
    expect(m.fills.get("RUS")).toBe(partnerColor(3));
    expect(m.fills.get("BEN")).toBe(partnerColor(1));
    expect(new Set(["GEO", "CPV", "RUS", "BEN"].map((id) => m.fills.get(id))).size).toBe(4);
    expect(m.fills.has("CHN")).toBe(false);
    expect(m.fills.size).toBe(27 + 36);
  });
});

describe("the 2010 map: dots", () => {
  const m = model();
  it("puts a dot on every small partner and small Member State", () => {
    for (const id of ["CPV", "MUS", "STP", "LBN", "TLS", "XKX", "GMB"]) {
      expect(dot(m, id), id).toEqual({ id, kind: "small", fill: m.fills.get(id), selected: false });
    }
    for (const id of ["LUX", "MLT", "CYP"]) expect(dot(m, id)?.fill, id).toBe(m.fills.get(id));
    expect(dot(m, "LUX")?.fill).toBe(responseColor("eu_framework_only"));
  });
  it("puts a region dot at the lon/lat of data/regions.csv", () => {
    const f = m.dots.features.find((d) => d.properties.id === "black-sea-cooperation-platform");
    expect(f?.properties).toEqual({
      id: "black-sea-cooperation-platform",
      kind: "region",
      fill: partnerColor(2),
      selected: false,
    });
    expect(f?.geometry.coordinates).toEqual([34, 43.3]);
    expect(dot(m, "building-migration-partnerships")?.kind).toBe("region");
  });
  it("puts no dot on large countries", () => {
    for (const id of ["GEO", "FRA", "FIN", "RUS"]) expect(dot(m, id), id).toBeUndefined();
    expect(m.dots.features).toHaveLength(12);
  });
  it("keeps a dot for a region with no shown link, in the neutral region fill", () => {
    const none = model([], "black-sea-cooperation-platform");
    expect(dot(none, "black-sea-cooperation-platform")).toEqual({
      id: "black-sea-cooperation-platform",
      kind: "region",
      fill: REGION_FILL,
      selected: true,
    });
    expect(dot(none, "CPV")).toBeUndefined();
    expect(dot(none, "MLT")?.fill).toBe(responseColor("no_response"));
  });
});

describe("the 2010 map: labels", () => {
  it("labels every place in the shown links, ranked by link count, and flags the selected one", () => {
    const m = model(ALL, "GEO", "fr");
    expect(new Set(m.labels.features.map((f) => f.properties.id))).toEqual(placesOf(ALL));
    expect(m.labels.features).toHaveLength(15 + 36);
    expect(label(m, "GEO")).toEqual({ id: "GEO", name: "Géorgie", selected: true, rank: -10 });
    expect(label(m, "DEU")).toEqual({ id: "DEU", name: "Allemagne", selected: false, rank: -4 });
    expect(label(m, "black-sea-cooperation-platform")?.name).toBe("Black Sea Cooperation Platform");
    expect(m.labels.features.filter((f) => f.properties.selected).map((f) => f.properties.id)).toEqual(["GEO"]);
    expect(label(m, "FIN")).toBeUndefined();
  });
  it("labels a selected place even when none of its links is shown", () => {
    const m = model([], "FIN", "de");
    // `+ 0` turns a -0 rank into 0: no links means rank zero, whatever its sign.
    expect(m.labels.features.map((f) => ({ ...f.properties, rank: f.properties.rank + 0 }))).toEqual([
      { id: "FIN", name: "Finnland", selected: true, rank: 0 },
    ]);
  });
  it("puts each label at the place's anchor", () => {
    const anchorOf = anchorResolver(loadWorld(), dataset);
    for (const f of model().labels.features)
      expect(f.geometry.coordinates, f.properties.id).toEqual(anchorOf(f.properties.id));
  });
});

describe("the 2010 map: filtering", () => {
  it("shows every link of the dataset in some flow, and no flow mixes pair, framework or line style", () => {
    const m = model();
    expect(m.counts.reduce((a, b) => a + b, 0)).toBe(ALL.length);
    const keyOf = (l: Link) => `${l.member_state}>${l.partner}>${l.framework}>${l.status}`;
    const style = datasetStyle(dataset.vocabulary);
    for (const [i, ids] of m.flows.linkIds.entries()) {
      const links = ids.map((id) => ALL.find((l) => l.id === id));
      const props = m.flows.lines.features[i]?.properties;
      for (const l of links) {
        expect(l && [l.member_state, l.partner, l.framework], keyOf(l as Link)).toEqual([
          props?.ms,
          props?.partner,
          props?.framework,
        ]);
        expect(l && style.isTentative(l.status)).toBe(props?.tentative);
      }
    }
  });
  it("filtering to one theme reduces arcs, partner fills and labels accordingly", () => {
    const shown = filterLinks(ALL, { ...EMPTY_FILTERS, themes: ["trafficking"] });
    const m = model(shown);
    // The geometry is the dataset's; the filter only counts, and the counts are the shown links.
    expect(m.flows).toBe(FLOWS);
    expect(m.counts.reduce((a, b) => a + b, 0)).toBe(shown.length);
    const shownFlows = new Set(shown.map((l) => FLOWS.flowOf.get(l.id)));
    expect([...m.counts.keys()].filter((i) => (m.counts[i] ?? 0) > 0)).toEqual(
      [...shownFlows].sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    expect(shown).toHaveLength(13);
    expect(m.labels.features).toHaveLength(6 + 9);
    expect(m.fills.get("GEO")).toBe(partnerColor(1));
    expect(m.fills.get("CPV")).toBe(partnerColor(4));
    expect(m.fills.has("BEN")).toBe(false);
    expect(m.fills.get("FRA")).toBe(responseColor("has_partnership"));
    expect(m.hatched).toHaveLength(9);
  });
});

describe("the 2010 map: arcs", () => {
  const close = (a: Position | undefined, b: Position | undefined, digits = 6) => {
    const [[ax, ay], [bx, by]] = [lonLat(a), lonLat(b)];
    expect(ax).toBeCloseTo(bx, digits);
    expect(ay).toBeCloseTo(by, digits);
  };
  const mid = (coords: Position[]) => lonLat(coords[ARC_SEGMENTS / 2]);
  it("draws the two France–Cape Verde links of the bundled data apart", () => {
    const anchorOf = anchorResolver(loadWorld(), dataset);
    const [FRA, CPV] = [lonLat(anchorOf("FRA")), lonLat(anchorOf("CPV"))];
    const fraCpv = ALL.filter((l) => l.member_state === "FRA" && l.partner === "CPV");
    expect(fraCpv.map((l) => l.id).sort()).toEqual(["fra-cpv-concerted-management", "fra-cpv-mobility-partnership"]);
    const bows = bowsByLink(ALL);
    expect(bows.get("fra-cpv-concerted-management")).toBeCloseTo(-0.045, 10);
    expect(bows.get("fra-cpv-mobility-partnership")).toBeCloseTo(0.045, 10);
    expect(bows.get("fra-ben-concerted-management")).toBe(0);
    const arcs = buildFlows(fraCpv, anchorOf, datasetStyle(dataset.vocabulary)).lines.features;
    expect(arcs.map((f) => f.properties.color)).toEqual(fraCpv.map((l) => frameworkColor(l.framework)));
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
