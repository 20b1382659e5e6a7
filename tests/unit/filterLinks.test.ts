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
import { EMPTY_FILTERS, hasActiveFilters, type Filters } from "../../src/data/filters.ts";
import { THEMES } from "../../src/data/vocabulary.ts";
import { SMALL } from "../fixtures/smallDataset.ts";
import { at } from "../support/at.ts";

// On the small fixture (tests/fixtures/smallDataset.ts): every expected value can be read off its table.
// The counts of the bundled 2010 data are in tests/invariants/linkCounts2010.test.ts.
const LINKS = SMALL.links;
const f = (o: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...o });
const ids = (o: Partial<Filters>) => filterLinks(LINKS, f(o)).map((l) => l.id);

/** Every theme's count, zero included, as the filter panel shows it. */
const countsOf = (...args: Parameters<typeof themeCounts>): Record<string, number> => ({
  ...Object.fromEntries(THEMES.map((t) => [t, 0])),
  ...Object.fromEntries(themeCounts(...args)),
});

describe("filters.ts", () => {
  it("EMPTY_FILTERS has nothing active and matches any theme", () => {
    expect(EMPTY_FILTERS).toEqual({
      themes: [],
      match: "any",
      memberStates: [],
      partners: [],
      frameworks: [],
      statuses: [],
    });
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
  });
  it("hasActiveFilters: any non-empty list counts, match alone does not", () => {
    expect(hasActiveFilters(f({ match: "all" }))).toBe(false);
    expect(hasActiveFilters(f({ themes: ["asylum"] }))).toBe(true);
    expect(hasActiveFilters(f({ memberStates: ["FRA"] }))).toBe(true);
    expect(hasActiveFilters(f({ partners: ["GEO"] }))).toBe(true);
    expect(hasActiveFilters(f({ frameworks: ["bilateral"] }))).toBe(true);
    expect(hasActiveFilters(f({ statuses: ["planned"] }))).toBe(true);
  });
});

describe("filterLinks", () => {
  it("shows every link, in file order, when nothing is filtered", () => {
    expect(LINKS).toHaveLength(20);
    expect(filterLinks(LINKS, EMPTY_FILTERS)).toEqual(LINKS);
  });
  it("theme=trafficking gives exactly the links whose themes include trafficking, in file order", () => {
    expect(ids({ themes: ["trafficking"] })).toEqual([
      "fra-cpv-mobility-partnership",
      "esp-mli-framework-agreement",
      "esp-sen-framework-agreement",
      "pol-geo-mobility-partnership",
    ]);
    expect(ids({ themes: ["trafficking"] })).toEqual(
      LINKS.filter((l) => l.themes.includes("trafficking")).map((l) => l.id),
    );
  });
  it("match=any takes the union of two themes, match=all the intersection", () => {
    const any = ids({ themes: ["trafficking", "readmission"] });
    const all = ids({ themes: ["trafficking", "readmission"], match: "all" });
    // Trafficking: 4 links; readmission: fra-cpv ×2, esp-sen-readmission, pol-geo; two have both.
    expect(any).toEqual([
      "fra-cpv-concerted-management",
      "fra-cpv-mobility-partnership",
      "esp-mli-framework-agreement",
      "esp-sen-framework-agreement",
      "esp-sen-readmission-agreement",
      "pol-geo-mobility-partnership",
    ]);
    expect(all).toEqual(["fra-cpv-mobility-partnership", "pol-geo-mobility-partnership"]);
    expect(ids({ themes: ["trafficking"], match: "all" })).toEqual(ids({ themes: ["trafficking"] }));
  });
  it("a theme filter hides links that have no theme at all", () => {
    // Spain–Ghana and Netherlands–Georgia have no theme.
    expect(ids({ themes: [...THEMES] })).not.toContain("nld-geo-mobility-partnership");
    expect(ids({ themes: [...THEMES] })).not.toContain("esp-gha-mobility-partnership");
    expect(ids({ themes: [...THEMES] })).toHaveLength(20 - 2);
    expect(ids({ themes: [...THEMES], match: "all" })).toEqual([]);
  });
  it("filters by Member State", () => {
    expect(ids({ memberStates: ["ITA"] })).toEqual([
      "ita-mar-labour-agreement",
      "ita-tun-labour-agreement",
      "ita-egy-labour-agreement",
    ]);
    expect(ids({ memberStates: ["FRA"] })).toHaveLength(4);
    expect(ids({ memberStates: ["FIN", "MLT"] })).toEqual([]);
    expect(ids({ memberStates: ["ITA", "LUX"] })).toHaveLength(3 + 1);
  });
  it("filters by partner, country or region", () => {
    expect(ids({ partners: ["CPV"] })).toEqual([
      "fra-cpv-concerted-management",
      "fra-cpv-mobility-partnership",
      "prt-cpv-migration-partnership",
      "lux-cpv-bilateral-agreement",
    ]);
    expect(ids({ partners: ["black-sea-cooperation-platform"] })).toEqual(["deu-black-sea-cooperation-platform"]);
  });
  it("combines framework and status (AND across filters, OR within one)", () => {
    // The Black Sea link is planned but an EU project, so it is not among the bilateral ones.
    expect(ids({ frameworks: ["bilateral"], statuses: ["planned", "under_negotiation"] })).toEqual([
      "ita-tun-labour-agreement",
      "lux-cpv-bilateral-agreement",
    ]);
    expect(ids({ frameworks: ["bilateral"], statuses: ["ratified"], memberStates: ["FRA"] })).toEqual([
      "fra-ben-concerted-management",
      "fra-cpv-concerted-management",
    ]);
    expect(ids({ frameworks: ["regional_process"], statuses: ["ratified"] })).toEqual([]);
  });
  it("linkMatches agrees with filterLinks", () => {
    const filters = f({ themes: ["legal_migration"], memberStates: ["ITA"] });
    expect(LINKS.filter((l) => linkMatches(l, filters)).map((l) => l.id)).toEqual(ids(filters));
    expect(ids(filters)).toHaveLength(3);
    expect(linkMatches(at(LINKS, 0), f({ statuses: ["signed"] }))).toBe(false);
  });
});

describe("themeCounts", () => {
  it("counts each theme over all links when nothing else is filtered", () => {
    expect(countsOf(LINKS, EMPTY_FILTERS)).toEqual({
      legal_migration: 10,
      irregular_migration: 1,
      trafficking: 4,
      readmission: 4,
      voluntary_return: 0,
      reintegration: 0,
      development: 3,
      integration: 0,
      border_management: 2,
      capacity_building: 1,
      information: 0,
      asylum: 2,
      training: 0,
    });
  });
  it("gives, for each theme, the number of links that theme alone would show under the other filters", () => {
    // Spain and Poland, signed or ongoing: esp-sen-readmission, esp-mda-mobility-partnership, pol-geo-mobility-partnership.
    const others = f({ memberStates: ["ESP", "POL"], statuses: ["signed", "ongoing"] });
    const counts = countsOf(LINKS, { ...others, themes: ["asylum", "training"], match: "all" });
    for (const t of THEMES) expect(counts[t], t).toBe(filterLinks(LINKS, { ...others, themes: [t] }).length);
    expect(counts).toMatchObject({ readmission: 2, legal_migration: 1, trafficking: 1, asylum: 0 });
  });
  it("ignores the chosen themes themselves", () => {
    // Portugal's three links: Moldova (borders), Cape Verde (asylum, borders), Angola (asylum).
    const counts = countsOf(LINKS, f({ memberStates: ["PRT"], themes: ["asylum"] }));
    expect(counts).toMatchObject({ asylum: 2, border_management: 2, legal_migration: 0, trafficking: 0 });
  });
});

describe("summarize, memberStatesPerPartner, linksOf", () => {
  it("summarize counts links and distinct Member States and partners", () => {
    expect(summarize(LINKS)).toEqual({ links: 20, memberStates: 8, partners: 12 });
    expect(summarize(filterLinks(LINKS, f({ themes: ["trafficking"] })))).toEqual({
      links: 4,
      memberStates: 3,
      partners: 4,
    });
    expect(summarize(filterLinks(LINKS, f({ partners: ["CPV"] })))).toEqual({ links: 4, memberStates: 3, partners: 1 });
    expect(summarize([])).toEqual({ links: 0, memberStates: 0, partners: 0 });
  });
  it("summarize never counts an origin it is told is a region as a Member State", () => {
    expect(summarize(LINKS, (id) => id === "DEU")).toEqual({ links: 20, memberStates: 7, partners: 12 });
  });
  it("memberStatesPerPartner counts distinct Member States, not links", () => {
    const per = memberStatesPerPartner(LINKS);
    expect(per.get("GEO")).toBe(3);
    expect(per.get("CPV")).toBe(3); // 4 links, but France has two
    expect(per.get("SEN")).toBe(2); // 3 links, but Spain has two
    expect(per.get("MDA")).toBe(2);
    expect(per.get("black-sea-cooperation-platform")).toBe(1);
    expect(Math.max(...per.values())).toBe(3);
    expect(per.has("FRA")).toBe(false);
    expect(per.size).toBe(12);
  });
  it("linksOf finds a place on either end of a link", () => {
    expect(linksOf(LINKS, "GEO").map((l) => l.member_state)).toEqual(["POL", "NLD", "DEU"]);
    expect(linksOf(LINKS, "ESP")).toHaveLength(5);
    expect(linksOf(LINKS, "ESP").every((l: Link) => l.member_state === "ESP")).toBe(true);
    expect(linksOf(LINKS, "FIN")).toEqual([]);
    expect(linksOf(LINKS, "black-sea-cooperation-platform").map((l) => l.id)).toEqual([
      "deu-black-sea-cooperation-platform",
    ]);
  });
});
