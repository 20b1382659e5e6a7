import { describe, expect, it } from "vitest";
import { crossTab, crossTabCsv } from "../../src/data/crossTab.ts";
import { escapeFormula, unescapeFormula } from "../../src/data/formulaCells.ts";
import { linksToCsv } from "../../src/data/linksToCsv.ts";
import { readDelimited } from "../../src/data/parseCsv.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { formatIssue } from "../../src/data/validationIssue.ts";
import { tinyFiles, linksWith } from "../fixtures/tinyDataset.ts";

const DANGEROUS: [string, ...string[]] = [
  '=HYPERLINK("https://example.org","click")',
  "+1+2",
  "-2+3",
  "@SUM(A1)",
  "\tx",
  "\rx",
  "=1\n+2",
];

describe("escapeFormula / unescapeFormula", () => {
  it.each(DANGEROUS)("writes %j as text and reads it back", (cell) => {
    expect(escapeFormula(cell)).toBe(`'${cell}`);
    expect(unescapeFormula(escapeFormula(cell))).toBe(cell);
  });
  it("leaves ordinary cells, and apostrophes before ordinary text, alone", () => {
    for (const cell of ["Georgia", "2010-05", "'quoted'", "l'Égypte", ""]) {
      expect(escapeFormula(cell)).toBe(cell);
      expect(unescapeFormula(cell)).toBe(cell);
    }
  });
});

describe("Download CSV with formula cells", () => {
  // Notes are free text: a user's own file can put anything there.
  const files = tinyFiles({
    links: linksWith({ notes: DANGEROUS[0], instrument: "-readmission protocol", other_actors: "@UNHCR" }),
  });
  const loaded = validateDataset(files);

  it("starts from a dataset that loads without issues", () => {
    expect(loaded.issues.map(formatIssue)).toEqual([]);
  });

  it("writes no cell a spreadsheet would run as a formula", () => {
    const { rows } = readDelimited("out.csv", linksToCsv(loaded.dataset.links));
    const cells = rows.flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain(`'${DANGEROUS[0]}`);
    expect(cells).toContain("'@UNHCR");
  });

  it("loads back unchanged: the importer takes the apostrophe off again", () => {
    const again = validateDataset({ ...files, partnerships: linksToCsv(loaded.dataset.links) });
    expect(again.issues.map(formatIssue)).toEqual([]);
    expect(again.dataset.links).toEqual(loaded.dataset.links);
  });

  it("escapes names in the matrix CSV too", () => {
    const tab = crossTab(loaded.dataset.links, {
      nameOf: (id) => id,
      sort: "name",
      frameworkOrder: [],
      isTentative: () => false,
      locale: "en",
    });
    const csv = crossTabCsv(tab, (id) => (id === "FRA" ? "=cmd|' /C calc'!A0" : id), "-corner");
    const cells = readDelimited("matrix.csv", csv).rows.flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain("'=cmd|' /C calc'!A0 (FRA)");
  });
});
