/** Counts of the bundled 2010 links under filters: facts of the data, as the filter panel and status line show them. The filtering code is tested in tests/unit/filterLinks.test.ts. */
import { describe, expect, it } from "vitest";
import type { Link } from "../../src/data/dataset.ts";
import {
  filterLinks,
  linkMatches,
  linksOf,
  memberStatesPerPartner,
  summarize,
  themeCounts,
} from "../../src/data/filterLinks.ts";
import { EMPTY_FILTERS, type Filters } from "../../src/data/filters.ts";
import { THEMES } from "../../src/data/vocabulary.ts";
import { bundled } from "../unit/bundledDataset.ts";
import { at } from "../support/at.ts";

const LINKS = bundled.dataset.links;
const f = (o: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...o });
const ids = (o: Partial<Filters>) => filterLinks(LINKS, f(o)).map((l) => l.id);

/** Every theme's count, zero included, as the filter panel shows it. */
const countsOf = (...args: Parameters<typeof themeCounts>): Record<string, number> => ({
  ...Object.fromEntries(THEMES.map((t) => [t, 0])),
  ...Object.fromEntries(themeCounts(...args)),
});

describe("the bundled dataset these tests rely on", () => {
  it("loads without issue: 68 links", () => {
    expect(bundled.issues).toEqual([]);
    expect(LINKS).toHaveLength(68);
  });
});

describe("filterLinks on the bundled data", () => {
  it("shows every link, in file order, when nothing is filtered", () => {
    expect(filterLinks(LINKS, EMPTY_FILTERS)).toEqual(LINKS);
  });
  it("theme=trafficking gives exactly the links whose themes include trafficking", () => {
    expect(ids({ themes: ["trafficking"] })).toEqual([
      "fra-cpv-mobility-partnership",
      "ltu-rus-kaliningrad-counter-trafficking",
      "lux-cpv-mobility-partnership",
      "pol-mda-mobility-partnership",
      "pol-geo-mobility-partnership",
      "prt-cpv-mobility-partnership",
      "esp-gmb-framework-cooperation-agreement",
      "esp-gin-framework-cooperation-agreement",
      "esp-cpv-framework-cooperation-agreement",
      "esp-gnb-framework-cooperation-agreement",
      "esp-mli-framework-cooperation-agreement",
      "esp-ner-framework-cooperation-agreement",
      "esp-cpv-mobility-partnership",
    ]);
    expect(ids({ themes: ["trafficking"] })).toEqual(
      LINKS.filter((l) => l.themes.includes("trafficking")).map((l) => l.id),
    );
  });
  it("match=any takes the union of two themes, match=all the intersection", () => {
    const any = ids({ themes: ["trafficking", "readmission"] });
    const all = ids({ themes: ["trafficking", "readmission"], match: "all" });
    expect(any).toHaveLength(16);
    expect(all).toEqual([
      "fra-cpv-mobility-partnership",
      "lux-cpv-mobility-partnership",
      "pol-geo-mobility-partnership",
      "prt-cpv-mobility-partnership",
      "esp-cpv-mobility-partnership",
    ]);
    for (const id of all) expect(any).toContain(id);
    expect(ids({ themes: ["trafficking"], match: "all" })).toEqual(ids({ themes: ["trafficking"] }));
  });
  it("a theme filter hides links that have no theme at all", () => {
    expect(ids({ themes: [...THEMES] })).not.toContain("nld-geo-mobility-partnership");
    expect(ids({ themes: [...THEMES] })).toHaveLength(68 - 16);
    expect(ids({ themes: [...THEMES], match: "all" })).toEqual([]);
  });
  it("filters by Member State", () => {
    expect(ids({ memberStates: ["LVA"] })).toEqual([
      "lva-geo-migration-management-project",
      "lva-geo-border-guard-dog-handling",
      "lva-geo-border-risk-analysis",
    ]);
    expect(ids({ memberStates: ["FRA"] })).toHaveLength(12);
    expect(ids({ memberStates: ["FIN", "MLT"] })).toEqual([]);
    expect(ids({ memberStates: ["LVA", "GBR"] })).toHaveLength(4);
  });
  it("filters by partner, country or region", () => {
    expect(ids({ partners: ["CPV"] })).toEqual([
      "fra-cpv-concerted-management",
      "fra-cpv-mobility-partnership",
      "lux-cpv-mobility-partnership",
      "lux-cpv-bilateral-agreement",
      "nld-cpv-mobility-partnership",
      "prt-cpv-mobility-partnership",
      "prt-cpv-migration-partnership",
      "esp-cpv-framework-cooperation-agreement",
      "esp-cpv-mobility-partnership",
    ]);
    expect(ids({ partners: ["black-sea-cooperation-platform"] })).toEqual([
      "deu-black-sea-cooperation-platform",
      "rou-black-sea-cooperation-platform",
    ]);
  });
  it("combines framework and status (AND across filters, OR within one)", () => {
    expect(ids({ frameworks: ["bilateral"], statuses: ["planned", "under_negotiation"] })).toEqual([
      "ita-tun-employment-flows-agreement",
      "lva-geo-border-guard-dog-handling",
      "lva-geo-border-risk-analysis",
      "lux-cpv-bilateral-agreement",
    ]);
    expect(ids({ frameworks: ["bilateral"], statuses: ["ratified"], memberStates: ["FRA"] })).toHaveLength(6);
    expect(ids({ frameworks: ["regional_process"], statuses: ["ratified"] })).toEqual([]);
  });
  it("linkMatches agrees with filterLinks", () => {
    const filters = f({ themes: ["legal_migration"], memberStates: ["ITA"] });
    expect(LINKS.filter((l) => linkMatches(l, filters)).map((l) => l.id)).toEqual(ids(filters));
    expect(ids(filters)).toHaveLength(4);
  });
});

describe("themeCounts on the bundled data", () => {
  it("counts each theme over all links when nothing else is filtered", () => {
    expect(countsOf(LINKS, EMPTY_FILTERS)).toEqual({
      legal_migration: 30,
      irregular_migration: 23,
      trafficking: 13,
      readmission: 8,
      voluntary_return: 11,
      reintegration: 7,
      development: 25,
      integration: 8,
      border_management: 11,
      capacity_building: 6,
      information: 2,
      asylum: 8,
      training: 3,
    });
  });
  it("gives, for each theme, the number of links that theme alone would show under the other filters", () => {
    const others = f({ memberStates: ["ESP", "POL"], statuses: ["signed", "ongoing"] });
    const counts = countsOf(LINKS, { ...others, themes: ["asylum", "training"], match: "all" });
    for (const t of THEMES) expect(counts[t], t).toBe(filterLinks(LINKS, { ...others, themes: [t] }).length);
    expect(counts.trafficking).toBe(9);
    expect(counts.asylum).toBe(0);
  });
  it("ignores the chosen themes themselves", () => {
    const counts = countsOf(LINKS, f({ memberStates: ["PRT"], themes: ["asylum"] }));
    expect(counts).toMatchObject({ asylum: 8, border_management: 8, legal_migration: 1, trafficking: 1 });
  });
});

describe("summarize, memberStatesPerPartner, linksOf on the bundled data", () => {
  it("summarize counts links and distinct Member States and partners", () => {
    expect(summarize(LINKS)).toEqual({ links: 68, memberStates: 15, partners: 36 });
    expect(summarize(filterLinks(LINKS, f({ themes: ["trafficking"] })))).toEqual({
      links: 13,
      memberStates: 6,
      partners: 9,
    });
    expect(summarize(filterLinks(LINKS, f({ partners: ["CPV"] })))).toEqual({ links: 9, memberStates: 5, partners: 1 });
    expect(summarize([])).toEqual({ links: 0, memberStates: 0, partners: 0 });
  });
  it("memberStatesPerPartner counts distinct Member States: Georgia has the most", () => {
    const per = memberStatesPerPartner(LINKS);
    const ranked = [...per].sort((a, b) => b[1] - a[1]);
    expect(ranked[0]).toEqual(["GEO", 8]);
    expect(at(ranked, 1)[1]).toBeLessThan(8);
    expect(per.get("MDA")).toBe(7);
    expect(per.get("CPV")).toBe(5); // 9 links, but France, Luxembourg and Portugal have two each
    expect(per.get("black-sea-cooperation-platform")).toBe(2);
    expect(per.has("FRA")).toBe(false);
    expect(per.size).toBe(36);
  });
  it("linksOf finds a place on either end of a link", () => {
    expect(linksOf(LINKS, "GEO").map((l) => l.member_state)).toEqual([
      "BEL",
      "DEU",
      "CZE",
      "LVA",
      "LVA",
      "LVA",
      "LTU",
      "NLD",
      "POL",
      "GBR",
    ]);
    expect(linksOf(LINKS, "SWE")).toHaveLength(10);
    expect(linksOf(LINKS, "SWE").every((l: Link) => l.member_state === "SWE")).toBe(true);
    expect(linksOf(LINKS, "FIN")).toEqual([]);
    expect(linksOf(LINKS, "black-sea-cooperation-platform").map((l) => l.id)).toEqual([
      "deu-black-sea-cooperation-platform",
      "rou-black-sea-cooperation-platform",
    ]);
  });
});
