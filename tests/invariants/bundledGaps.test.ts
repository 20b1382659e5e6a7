/** Gaps in the bundled data: the app's answer against one computed straight from the CSV files, and a fact of the Mobility Partnerships in time. The gaps logic is tested on fixtures in tests/unit/gaps.test.ts. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readDatasetFiles } from "../../scripts/readDatasetFiles.ts";
import { EMPTY_FILTERS } from "../../src/data/filters.ts";
import { memberStateGaps } from "../../src/data/gaps.ts";
import { linksAt } from "../../src/data/time.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { DATA, ROOT, bundled } from "../unit/bundledDataset.ts";

/** Read straight from the CSV files, without the app's modules: the expected answer, computed independently. */
function rawRows(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(join(DATA, file), "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;
}
const RAW_LINKS = rawRows("partnerships.csv");
const RAW_STATES = rawRows("member-states.csv");
const withoutTheme = (theme: string) => {
  const withLink = new Set(
    RAW_LINKS.filter((r) => (r.themes ?? "").split(";").includes(theme)).map((r) => r.member_state),
  );
  return RAW_STATES.map((r) => r.code ?? "")
    .filter((code) => !withLink.has(code))
    .sort();
};

describe("memberStateGaps on the 2010 data", () => {
  it.each(["readmission", "trafficking", "asylum", "legal_migration"])(
    "lists exactly the Member States without a %s link",
    (theme) => {
      const gaps = memberStateGaps(bundled.dataset, { ...EMPTY_FILTERS, themes: [theme] });
      expect(gaps.map((g) => g.id).sort()).toEqual(withoutTheme(theme));
    },
  );
  it("gives each its answer, so 'did not answer' is never read as 'has none'", () => {
    const gaps = memberStateGaps(bundled.dataset, { ...EMPTY_FILTERS, themes: ["readmission"] });
    const answers = Object.fromEntries(RAW_STATES.map((r) => [r.code, r.response]));
    for (const g of gaps) expect(g.response, g.id).toBe(answers[g.id]);
    expect(gaps.some((g) => g.response === "no_response")).toBe(true);
  });
  it("keeps to the Member States the filter names", () => {
    const gaps = memberStateGaps(bundled.dataset, {
      ...EMPTY_FILTERS,
      themes: ["readmission"],
      memberStates: ["FRA", "FIN", "BEL"],
    });
    const expected = withoutTheme("readmission").filter((c) => ["FRA", "FIN", "BEL"].includes(c));
    expect(gaps.map((g) => g.id).sort()).toEqual(expected);
  });
  it("follows 'all' as the filter does", () => {
    const any = memberStateGaps(bundled.dataset, { ...EMPTY_FILTERS, themes: ["readmission", "asylum"] }).length;
    const all = memberStateGaps(bundled.dataset, {
      ...EMPTY_FILTERS,
      themes: ["readmission", "asylum"],
      match: "all",
    }).length;
    expect(all).toBeGreaterThanOrEqual(any);
  });
});

describe("gaps in the EU Mobility Partnerships on a date", () => {
  it("count only the links in place then (Cyprus and Hungary had no readmission link in 2009)", () => {
    const mp = validateDataset(readDatasetFiles(join(ROOT, "data/eu-mobility-partnerships"))).dataset;
    const filters = { ...EMPTY_FILTERS, themes: ["readmission"] };
    const in2009 = memberStateGaps(mp, filters, linksAt(mp.links, "2009").inPlace).map((g) => g.id);
    expect(in2009).toEqual(expect.arrayContaining(["CYP", "HUN"]));
    expect(memberStateGaps(mp, filters).map((g) => g.id)).not.toContain("CYP");
  });
});
