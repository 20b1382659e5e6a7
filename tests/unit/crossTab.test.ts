import { describe, expect, it } from "vitest";
import { crossTab, crossTabCsv } from "../../src/data/crossTab.ts";
import type { Link } from "../../src/data/dataset.ts";
import { FRAMEWORKS, TENTATIVE_STATUSES } from "../../src/data/vocabulary.ts";

const link = (id: string, ms: string, partner: string, framework = "bilateral", status = "signed"): Link => ({
  id,
  member_state: ms,
  partner,
  framework,
  instrument: "",
  status,
  themes: [],
  start: "",
  end: "",
  other_actors: "",
  source: "",
  quote: "",
  notes: "",
});
const NAMES: Record<string, string> = {
  FRA: "France",
  ESP: "Spain",
  DEU: "Germany",
  SEN: "Senegal",
  MAR: "Morocco",
  GEO: "Georgia",
};
const nameOf = (id: string) => NAMES[id] ?? id;
const tabOf = (links: Link[], sort: "name" | "links" = "name") =>
  crossTab(links, {
    nameOf,
    sort,
    frameworkOrder: FRAMEWORKS,
    isTentative: (s) => TENTATIVE_STATUSES.has(s),
    locale: "en",
  });
const LINKS = [
  link("a", "FRA", "SEN"),
  link("b", "FRA", "SEN", "eu_mobility_partnership"),
  link("c", "FRA", "MAR"),
  link("d", "ESP", "SEN"),
  link("e", "DEU", "GEO", "eu_project", "planned"),
  link("f", "DEU", "GEO", "eu_project", "interest"),
];

describe("crossTab", () => {
  it("has the Member States with links as rows and the partners as columns, by name", () => {
    const tab = tabOf(LINKS);
    expect(tab.rows.map((r) => r.id)).toEqual(["FRA", "DEU", "ESP"]);
    expect(tab.columns.map((c) => c.id)).toEqual(["GEO", "MAR", "SEN"]);
  });
  it("orders by number of links, ties by name", () => {
    const tab = tabOf(LINKS, "links");
    expect(tab.rows.map((r) => [r.id, r.count])).toEqual([
      ["FRA", 3],
      ["DEU", 2],
      ["ESP", 1],
    ]);
    expect(tab.columns.map((c) => [c.id, c.count])).toEqual([
      ["SEN", 3],
      ["GEO", 2],
      ["MAR", 1],
    ]);
  });
  it("gives each cell its links, frameworks in the vocabulary's order, and whether none is in place", () => {
    const tab = tabOf(LINKS);
    expect(tab.cell("FRA", "SEN")).toMatchObject({
      frameworks: ["bilateral", "eu_mobility_partnership"],
      tentative: false,
    });
    expect(tab.cell("FRA", "SEN")?.links.map((l) => l.id)).toEqual(["a", "b"]);
    expect(tab.cell("DEU", "GEO")).toMatchObject({ frameworks: ["eu_project"], tentative: true });
    expect(tab.cell("ESP", "MAR")).toBeUndefined();
  });
  it("writes the matrix as CSV: names with codes, counts, zeros where there is no link", () => {
    expect(crossTabCsv(tabOf(LINKS), nameOf, "Member State \\ partner")).toBe(
      "Member State \\ partner,Georgia (GEO),Morocco (MAR),Senegal (SEN)\nFrance (FRA),0,1,2\nGermany (DEU),2,0,0\nSpain (ESP),0,0,1\n",
    );
  });
  it("is empty without links", () => {
    const tab = tabOf([]);
    expect([tab.rows, tab.columns]).toEqual([[], []]);
  });
});
