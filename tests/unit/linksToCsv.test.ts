import { describe, expect, it } from "vitest";
import type { DatasetFiles, Link } from "../../src/data/dataset.ts";
import { filterLinks } from "../../src/data/filterLinks.ts";
import { EMPTY_FILTERS } from "../../src/data/filters.ts";
import { linksToCsv } from "../../src/data/linksToCsv.ts";
import { PARTNERSHIP_COLUMNS } from "../../src/data/schemas.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { formatIssue } from "../../src/data/validationIssue.ts";
import { TINY_SOURCE_TEXT, tinyFiles } from "../fixtures/tinyDataset.ts";
import { SMALL, smallFiles } from "../fixtures/smallDataset.ts";
import { at } from "../support/at.ts";

const HEADER = "id,member_state,partner,framework,instrument,status,themes,start,end,other_actors,source,quote,notes";
const reload = (files: DatasetFiles, links: readonly Link[]) =>
  validateDataset({ ...files, partnerships: linksToCsv(links) });

// On fixtures: a link written in the test, the small dataset (tests/fixtures/smallDataset.ts) and the
// tiny one. The bundled data's own round trip is in tests/invariants/roundTrip.test.ts.
const plainLink: Link = {
  id: "bel-geo-mobility-partnership",
  member_state: "BEL",
  partner: "GEO",
  framework: "eu_mobility_partnership",
  instrument: "EU Mobility Partnership with Georgia",
  status: "ongoing",
  themes: ["legal_migration", "integration", "development"],
  start: "2009-11-30",
  end: "",
  other_actors: "",
  source: "emn-ahq-2010-bel",
  quote: "There is a mobility partnership with Georgia",
  notes: "Start date is the signature of the Joint Declaration given in Poland's answer.",
};
const SMALL_FILES = smallFiles();

describe("linksToCsv: format", () => {
  it("writes exactly the contract's header as the first line", () => {
    expect(PARTNERSHIP_COLUMNS.join(",")).toBe(HEADER);
    // Not toBe(`${HEADER}\n`): an empty download currently ends in a blank line (reported separately).
    expect(linksToCsv([]).trimEnd()).toBe(HEADER);
    expect(linksToCsv(SMALL.links).split("\n")[0]).toBe(HEADER);
  });
  it("writes one line per plain link, themes joined by ';', empty cells empty", () => {
    expect(linksToCsv([plainLink]).split("\n")[1]).toBe(
      "bel-geo-mobility-partnership,BEL,GEO,eu_mobility_partnership,EU Mobility Partnership with Georgia,ongoing," +
        "legal_migration;integration;development,2009-11-30,,," +
        "emn-ahq-2010-bel,There is a mobility partnership with Georgia," +
        "Start date is the signature of the Joint Declaration given in Poland's answer.",
    );
    expect(linksToCsv([plainLink]).endsWith("answer.\n")).toBe(true);
    expect(linksToCsv(SMALL.links).split("\n")).toHaveLength(1 + 20 + 1);
  });
  it("uses LF line endings only", () => {
    expect(linksToCsv([plainLink, ...SMALL.links])).not.toContain("\r");
  });
});

describe("linksToCsv: a dataset's links load back unchanged", () => {
  it("writes the small fixture's links as the fixture's partnerships.csv has them", () => {
    expect(linksToCsv(SMALL.links)).toBe(SMALL_FILES.partnerships);
  });
  it("re-validates a filtered subset with zero issues and the same links", () => {
    const subset = filterLinks(SMALL.links, {
      ...EMPTY_FILTERS,
      themes: ["trafficking"],
      memberStates: ["ESP", "FRA"],
    });
    // France–Cape Verde's Mobility Partnership, Spain's agreements with Mali and Senegal.
    expect(subset.map((l) => l.id)).toEqual([
      "fra-cpv-mobility-partnership",
      "esp-mli-framework-agreement",
      "esp-sen-framework-agreement",
    ]);
    const again = reload(SMALL_FILES, subset);
    expect(again.issues.map(formatIssue)).toEqual([]);
    expect(again.dataset.links).toEqual(subset);
  });
  it("re-validates every single-Member-State download", () => {
    const memberStates = new Set(SMALL.links.map((l) => l.member_state));
    expect(memberStates.size).toBe(8);
    for (const ms of memberStates) {
      const subset = SMALL.links.filter((l) => l.member_state === ms);
      const again = reload(SMALL_FILES, subset);
      expect(again.issues.map(formatIssue), ms).toEqual([]);
      expect(again.dataset.links, ms).toEqual(subset);
    }
  });
  it("re-validates an empty download", () => {
    const again = reload(SMALL_FILES, []);
    // A header-only file is reported, never loaded silently as an empty map.
    expect(again.issues.map((i) => i.expected)).toEqual(["at least one row of data below the header"]);
    expect(again.dataset.links).toEqual([]);
  });
});

describe("linksToCsv: awkward cells survive", () => {
  const QUOTE = 'He said "yes, at once",\nthen left';
  const sourceText = `${TINY_SOURCE_TEXT}\n${QUOTE}\n`;
  const awkward: Link = {
    id: "fra-ben-awkward",
    member_state: "FRA",
    partner: "BEN",
    framework: "bilateral",
    instrument: 'Agreement "on flows", part 1',
    status: "signed",
    themes: ["legal_migration", "trafficking"],
    start: "2008",
    end: "2010-05-31",
    other_actors: "ROU (lead), IOM\r\nUNHCR",
    source: "tiny-source",
    quote: QUOTE,
    notes: ' leading space, "quoted"; semicolon and trailing space ',
  };
  const plain: Link = {
    ...awkward,
    id: "fra-ben-plain",
    instrument: "Plain",
    other_actors: "",
    notes: "",
    themes: [],
    start: "",
    end: "",
    quote: 'at once",\nthen left',
  };

  it("quotes cells with commas, double quotes and line breaks, doubling inner quotes", () => {
    const csv = linksToCsv([awkward]);
    expect(csv).toContain('"Agreement ""on flows"", part 1"');
    expect(csv).toContain('"He said ""yes, at once"",\nthen left"');
    expect(csv).toContain('"ROU (lead), IOM\r\nUNHCR"');
    expect(csv).toContain(",legal_migration;trafficking,2008,2010-05-31,");
  });
  it("loads back through the validator to equal links", () => {
    const { dataset, issues } = reload(tinyFiles({ sourceText }), [awkward, plain]);
    expect(issues.map(formatIssue)).toEqual([]);
    expect(dataset.links).toEqual([awkward, plain]);
    expect(at(dataset.links, 0).notes).toBe(' leading space, "quoted"; semicolon and trailing space ');
    expect(linksToCsv(dataset.links)).toBe(linksToCsv([awkward, plain]));
  });
});
