import { describe, expect, it } from "vitest";
import type { Link } from "../../src/data/dataset.ts";
import { filterLinks } from "../../src/data/filterLinks.ts";
import { EMPTY_FILTERS } from "../../src/data/filters.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import type { Response } from "../../src/data/vocabulary.ts";
import { REGION_FILL, anchorResolver, buildMapModel, datasetFlows } from "../../src/geo/buildMapModel.ts";
import type { Locale } from "../../src/i18n/countryNames.ts";
import { PALETTES, partnerScale } from "../../src/scales/colors.ts";
import { datasetStyle } from "../../src/scales/frameworkColors.ts";
import { SMALL, SMALL_WORLD } from "../fixtures/smallDataset.ts";

// On the small fixture and its world of anchors (tests/fixtures/smallDataset.ts), where CPV, LUX, MLT
// and CYP are the small countries. The map of the bundled 2010 data is in tests/invariants/mapModel2010.test.ts.
const palette = PALETTES.light;
const partnerColor = partnerScale(palette);
const responseColor = (r: Response) => palette.responses[r];

const dataset = SMALL;
const ALL = dataset.links;
// The flows of the whole dataset, built once as the atlas builds them; each filter only counts.
const FLOWS = datasetFlows(dataset, SMALL_WORLD, ALL, datasetStyle(dataset.vocabulary));
const model = (shown: readonly Link[] = ALL, selected: string | null = null, locale: Locale = "en") =>
  buildMapModel({
    dataset,
    world: SMALL_WORLD,
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

describe("buildMapModel: fills", () => {
  const m = model();
  it("fills every Member State that answered from its response, whether it has links or not", () => {
    expect(dataset.memberStates.size).toBe(14);
    for (const [code, { response }] of dataset.memberStates)
      expect(m.fills.get(code), code).toBe(responseColor(response));
    expect(m.fills.get("ESP")).toBe(responseColor("has_partnership"));
    expect(m.fills.get("FIN")).toBe(responseColor("no_partnership"));
    expect(m.fills.get("AUT")).toBe(responseColor("not_disseminated"));
    expect(m.fills.get("FIN")).not.toBe(m.fills.get("MLT"));
  });
  it("hatches exactly the Member States that did not respond: Malta yes, Finland no", () => {
    expect(m.hatched).toContain("MLT");
    expect(m.hatched).not.toContain("FIN");
    expect([...m.hatched].sort()).toEqual(["CYP", "MLT"]);
  });
  it("fills partners by how many Member States link to them, not by how many links", () => {
    expect(m.fills.get("GEO")).toBe(partnerColor(3));
    expect(m.fills.get("CPV")).toBe(partnerColor(3)); // four links, France has two
    expect(m.fills.get("SEN")).toBe(partnerColor(2)); // three links, Spain has two
    expect(m.fills.get("BEN")).toBe(partnerColor(1));
    expect(m.fills.get("GEO")).not.toBe(m.fills.get("BEN"));
    expect(m.fills.has("CHN")).toBe(false);
    expect(m.fills.size).toBe(14 + 12);
  });
});

describe("buildMapModel: dots", () => {
  const m = model();
  it("puts a dot on every small partner and small Member State", () => {
    expect(dot(m, "CPV")).toEqual({ id: "CPV", kind: "small", fill: m.fills.get("CPV"), selected: false });
    for (const id of ["LUX", "MLT", "CYP"]) expect(dot(m, id)?.fill, id).toBe(m.fills.get(id));
    expect(dot(m, "LUX")?.fill).toBe(responseColor("eu_framework_only"));
  });
  it("puts a region dot at the lon/lat of regions.csv", () => {
    const f = m.dots.features.find((d) => d.properties.id === "black-sea-cooperation-platform");
    expect(f?.properties).toEqual({
      id: "black-sea-cooperation-platform",
      kind: "region",
      fill: partnerColor(1),
      selected: false,
    });
    expect(f?.geometry.coordinates).toEqual([34, 43.3]);
  });
  it("puts no dot on large countries", () => {
    for (const id of ["GEO", "FRA", "FIN", "SEN"]) expect(dot(m, id), id).toBeUndefined();
    expect(m.dots.features.map((f) => f.properties.id).sort()).toEqual([
      "CPV",
      "CYP",
      "LUX",
      "MLT",
      "black-sea-cooperation-platform",
    ]);
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

describe("buildMapModel: labels", () => {
  it("labels every place in the shown links, ranked by link count, and flags the selected one", () => {
    const m = model(ALL, "GEO", "fr");
    expect(new Set(m.labels.features.map((f) => f.properties.id))).toEqual(placesOf(ALL));
    expect(m.labels.features).toHaveLength(8 + 12);
    expect(label(m, "GEO")).toEqual({ id: "GEO", name: "Géorgie", selected: true, rank: -3 });
    expect(label(m, "ESP")).toEqual({ id: "ESP", name: "Espagne", selected: false, rank: -5 });
    expect(label(m, "DEU")).toEqual({ id: "DEU", name: "Allemagne", selected: false, rank: -2 });
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
  it("puts each label at the place's anchor, a region's from regions.csv", () => {
    const anchorOf = anchorResolver(SMALL_WORLD, dataset);
    expect(anchorOf("black-sea-cooperation-platform")).toEqual([34, 43.3]);
    expect(anchorOf("FRA")).toEqual(SMALL_WORLD.anchors.get("FRA"));
    for (const f of model().labels.features)
      expect(f.geometry.coordinates, f.properties.id).toEqual(anchorOf(f.properties.id));
  });
});

describe("buildMapModel: filtering", () => {
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
    const shown = filterLinks(ALL, { ...EMPTY_FILTERS, themes: ["legal_migration"] });
    const m = model(shown);
    // The geometry is the dataset's; the filter only counts, and the counts are the shown links.
    expect(m.flows).toBe(FLOWS);
    expect(m.counts.reduce((a, b) => a + b, 0)).toBe(shown.length);
    const shownFlows = new Set(shown.map((l) => FLOWS.flowOf.get(l.id)));
    expect([...m.counts.keys()].filter((i) => (m.counts[i] ?? 0) > 0)).toEqual(
      [...shownFlows].sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    expect(shown).toHaveLength(10);
    // FRA ESP ITA DEU; BEN CPV SEN MDA MAR TUN EGY GEO.
    expect(m.labels.features).toHaveLength(4 + 8);
    expect(m.fills.get("CPV")).toBe(partnerColor(1)); // France only, of its three Member States
    expect(m.fills.get("SEN")).toBe(partnerColor(2));
    expect(m.fills.get("GEO")).toBe(partnerColor(1));
    expect(m.fills.has("GHA")).toBe(false);
    expect(m.fills.get("FRA")).toBe(responseColor("has_partnership"));
    expect(m.hatched).toHaveLength(2);
  });
});

describe("buildMapModel without answers to a query", () => {
  it("fills the Member States with links in one origin colour and hatches none", () => {
    const { dataset: own } = validateDataset({ partnerships: "member_state,partner\nFRA,MAR\nESP,MAR\n" });
    const m = buildMapModel({
      dataset: own,
      world: SMALL_WORLD,
      flows: datasetFlows(own, SMALL_WORLD, own.links, datasetStyle(own.vocabulary)),
      shown: own.links,
      selected: null,
      locale: "en",
      palette,
    });
    expect([m.fills.get("FRA"), m.fills.get("ESP")]).toEqual([palette.origin, palette.origin]);
    expect(m.fills.get("MAR")).toBe(partnerColor(2));
    expect(m.hatched).toEqual([]);
  });
});
