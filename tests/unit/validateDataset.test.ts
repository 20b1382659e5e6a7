import { describe, expect, it } from "vitest";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { formatIssue, type ValidationIssue } from "../../src/data/validationIssue.ts";
import { THEMES } from "../../src/data/vocabulary.ts";
import { PARTNERSHIP_COLUMNS } from "../../src/data/schemas.ts";
import {
  TINY_LINKS,
  TINY_MEMBER_STATES,
  TINY_REGIONS,
  TINY_SOURCES,
  TINY_SOURCE_TEXT,
  linksWith,
  tinyFiles,
  toCsv,
  type TinyOverrides,
} from "../fixtures/tinyDataset.ts";
import { at } from "../support/at.ts";

const LINKS = "data/partnerships.csv";
const issuesOf = (o: TinyOverrides) => validateDataset(tinyFiles(o)).issues;
/** The one issue a bad fixture must produce, with what was expected as a substring. */
const only = (file: string, row: number, column: string, value: string, expected: string) => [
  { file, row, column, value, expected: expect.stringContaining(expected) },
];

describe("validateDataset on the tiny valid dataset", () => {
  const { dataset, issues } = validateDataset(tinyFiles());

  it("finds no issue", () => {
    expect(issues).toEqual([]);
  });
  it("returns typed links with themes as arrays", () => {
    expect(dataset.links.map((l) => l.id)).toEqual(TINY_LINKS.map((l) => l.id));
    expect(at(dataset.links, 0).themes).toEqual(["legal_migration", "development"]);
    expect(at(dataset.links, 1).themes).toEqual(["capacity_building"]);
    expect(at(dataset.links, 0).notes).toBe('Benin is "the first", listed before Cameroon.');
  });
  it("keys Member States, regions and sources by id, with region members as arrays", () => {
    expect([...dataset.memberStates.keys()]).toEqual(["FRA", "DEU", "FIN"]);
    expect(dataset.memberStates.get("FIN")?.response).toBe("no_partnership");
    expect(dataset.regions.get("black-sea-cooperation-platform")).toMatchObject({
      lon: 34,
      lat: 43.3,
      members: ["GEO", "UKR"],
    });
    expect(dataset.sources.get("tiny-source")?.date).toBe("2010-10-08");
  });
});

describe("validateDataset rejects", () => {
  it("an unknown partner country code", () => {
    expect(issuesOf({ links: linksWith({ partner: "XXX" }) })).toEqual(
      only(
        LINKS,
        2,
        "partner",
        "XXX",
        "a third country or a region id from regions.csv: an alpha-3 or alpha-2 code, or a country name in English, French or German",
      ),
    );
  });
  it("a Member State as partner", () => {
    expect(issuesOf({ links: linksWith({ partner: "DEU" }) })).toEqual(
      only(LINKS, 2, "partner", "DEU", "third country"),
    );
  });
  it("a member_state outside the origins the manifest names (here the 27 of 2010)", () => {
    expect(issuesOf({ links: linksWith({ member_state: "HRV" }) })).toEqual(
      only(LINKS, 2, "member_state", "HRV", "a country that may stand as Member State in this dataset (AUT, BEL"),
    );
  });
  it("a member_state no language knows, naming the closest names", () => {
    expect(issuesOf({ links: linksWith({ member_state: "Frnce" }) })).toEqual(
      only(LINKS, 2, "member_state", "Frnce", "closest: France (FRA)"),
    );
  });
  it("an unknown framework", () => {
    expect(issuesOf({ links: linksWith({ framework: "mobility" }) })).toEqual(
      only(LINKS, 2, "framework", "mobility", "one of bilateral, eu_mobility_partnership"),
    );
  });
  it("an unknown status", () => {
    expect(issuesOf({ links: linksWith({ status: "ratifed" }) })).toEqual(
      only(LINKS, 2, "status", "ratifed", "one of ratified, signed"),
    );
  });
  it("an unknown theme inside a ;-list, naming the bad item", () => {
    const issues = issuesOf({ links: linksWith({ themes: "legal_migration; tourism ;development" }) });
    expect(issues).toEqual(only(LINKS, 2, "themes", "tourism", `one of ${THEMES.join(", ")}`));
  });
  it("a duplicate id, mentioning the first row", () => {
    const links = [...TINY_LINKS, { ...TINY_LINKS[1], partner: "GEO", id: TINY_LINKS[0].id ?? "" }];
    expect(issuesOf({ links })).toEqual(only(LINKS, 4, "id", TINY_LINKS[0].id ?? "", "already used on row 2"));
  });
  it("a duplicate Member State code", () => {
    const memberStates = [...TINY_MEMBER_STATES, TINY_MEMBER_STATES[0]];
    expect(issuesOf({ memberStates })).toEqual(
      only("data/member-states.csv", 5, "code", "FRA", "already used on row 2"),
    );
  });
  it("an empty quote", () => {
    expect(issuesOf({ links: linksWith({ quote: "" }) })).toEqual(
      only(LINKS, 2, "quote", "", "a quote copied from the source"),
    );
  });
  it("a header without the partner column, and then reads no row", () => {
    const files = tinyFiles();
    const partnerships = String(files.partnerships).replace("id,member_state,partner,", "id,member_state,counterpart,");
    const { issues, dataset } = validateDataset({ ...files, partnerships });
    expect(issues[0]).toEqual({
      file: LINKS,
      row: 1,
      column: "partner",
      value: "",
      expected: 'a column named "partner"',
    });
    expect(dataset.links).toEqual([]);
  });
  it("an extra column, naming it, while its rows still load", () => {
    const partnerships = toCsv([...PARTNERSHIP_COLUMNS, "comment"], TINY_LINKS);
    const { issues, dataset } = validateDataset({ ...tinyFiles(), partnerships });
    expect(issues).toEqual(only(LINKS, 1, "comment", "comment", "only the columns id, member_state, partner"));
    expect(dataset.links).toHaveLength(TINY_LINKS.length);
  });
  it("a quote that does not occur verbatim in the source", () => {
    const quote = "The first has been  ratified."; // two spaces
    expect(issuesOf({ links: linksWith({ quote }) })).toEqual(
      only(LINKS, 2, "quote", quote, "occurs verbatim in the source"),
    );
  });
  it.each(["a", "The first", "has been ratified."])(
    "a quote too short to prove anything: %j (it does occur in the source)",
    (quote) => {
      expect(TINY_SOURCE_TEXT).toContain(quote);
      expect(issuesOf({ links: linksWith({ quote }) })).toEqual(only(LINKS, 2, "quote", quote, "at least 4 words"));
    },
  );
  it("a Member State quote that does not occur in the source", () => {
    const memberStates = [TINY_MEMBER_STATES[0], { ...TINY_MEMBER_STATES[1], quote: "No, Germany does not." }];
    expect(issuesOf({ memberStates })).toEqual(
      only("data/member-states.csv", 3, "quote", "No, Germany does not.", "verbatim"),
    );
  });
  it("an unknown source id", () => {
    expect(issuesOf({ links: linksWith({ source: "emn-2011" }) })).toEqual(
      only(LINKS, 2, "source", "emn-2011", "a source id from sources.csv"),
    );
  });
  it("an unknown region id as partner", () => {
    expect(issuesOf({ links: linksWith({ partner: "eastern-partnership" }) })).toEqual(
      only(LINKS, 2, "partner", "eastern-partnership", "region id from regions.csv"),
    );
  });
  it("a region member that is not a country", () => {
    const regions = [{ ...TINY_REGIONS[0], members: "GEO;XXX;UKR" }];
    expect(issuesOf({ regions })).toEqual(only("data/regions.csv", 2, "members", "XXX", "known countries"));
  });
  it("a region member that is not an alpha-3 code, naming the item", () => {
    // A second region, so that the link to the first one stays valid when the bad row is left out.
    const regions = [...TINY_REGIONS, { ...TINY_REGIONS[0], id: "other-region", members: "GEO;georgia" }];
    expect(issuesOf({ regions })).toEqual(only("data/regions.csv", 3, "members", "georgia", "alpha-3"));
  });
  it("a region longitude out of range", () => {
    const regions = [...TINY_REGIONS, { ...TINY_REGIONS[0], id: "other-region", lon: "200" }];
    expect(issuesOf({ regions })).toEqual(
      only("data/regions.csv", 3, "lon", "200", "a longitude between -180 and 180"),
    );
  });
  it.each([
    ["start", "2010-13-01"],
    ["start", "2010/05"],
    ["end", "May 2010"],
    ["end", "10"],
  ])("a bad date in %s: %s", (column, value) => {
    expect(issuesOf({ links: linksWith({ [column]: value }) })).toEqual(
      only(LINKS, 2, column, value, "an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    );
  });
  it("an end before the start", () => {
    expect(issuesOf({ links: linksWith({ start: "2009-06", end: "2008-12-31" }) })).toEqual(
      only(LINKS, 2, "end", "2008-12-31", "a date not before start (2009-06)"),
    );
  });
  it("a source without a date", () => {
    const sources = [...TINY_SOURCES, { ...TINY_SOURCES[0], id: "other-source", date: "" }];
    expect(issuesOf({ sources })).toEqual(only("data/sources.csv", 3, "date", "", "an ISO date"));
  });
  it("several problems at once, sorted by file and row", () => {
    const links = [...TINY_LINKS, { ...TINY_LINKS[0], id: "fra-x", partner: "XXX" }];
    const issues = issuesOf({ links, regions: [{ ...TINY_REGIONS[0], members: "ZZZ" }] });
    expect(issues.map((i) => `${i.file}:${i.row}:${i.column}`)).toEqual([
      "data/partnerships.csv:4:partner",
      "data/regions.csv:2:members",
    ]);
  });
});

describe("formatIssue", () => {
  const issue: ValidationIssue = { file: LINKS, row: 7, column: "partner", value: "XXX", expected: "a known country" };

  it("names file, row, column, value and what was expected", () => {
    const text = formatIssue(issue);
    expect(text).toContain("data/partnerships.csv row 7, column partner");
    expect(text).toBe('data/partnerships.csv row 7, column partner: "XXX" — expected a known country');
  });
  it("formats an issue the validator found", () => {
    const found = at(issuesOf({ links: linksWith({ partner: "XXX" }) }), 0);
    expect(formatIssue(found)).toContain('data/partnerships.csv row 2, column partner: "XXX"');
  });
  it("shows an empty value as (empty), leaves out an empty column, shortens long values", () => {
    expect(formatIssue({ ...issue, value: "" })).toContain("column partner: (empty)");
    expect(formatIssue({ ...issue, row: 1, column: "" })).toMatch(/^data\/partnerships\.csv row 1: "XXX"/);
    const long = formatIssue({ ...issue, value: "a".repeat(100) });
    expect(long).toContain(`"${"a".repeat(77)}..."`);
    expect(long).not.toContain("a".repeat(78));
  });
});
