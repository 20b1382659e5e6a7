/** The 2015–2026 dataset against the research it comes from and the README's account of it. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readDatasetFiles } from "../../scripts/readDatasetFiles.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { formatIssue } from "../../src/data/validationIssue.ts";
import { ROOT } from "../unit/bundledDataset.ts";

const DIR = join(ROOT, "data/eu-partnerships-2015-2026");
const { dataset, issues } = validateDataset(readDatasetFiles(DIR));
const RESEARCH = join(ROOT, "../shared/research/eu-partnerships-2015-2026.csv");
const README = readFileSync(join(DIR, "README.md"), "utf8");

describe("data/eu-partnerships-2015-2026", () => {
  it("validates", () => {
    expect(issues.map(formatIssue)).toEqual([]);
  });
  it("has the three kinds: EU-level from the eu origin, Member States' own, and participation", () => {
    const kinds = new Set(
      dataset.links.map((l) =>
        l.member_state === "eu" ? "eu" : l.status === "participating" ? "participation" : "ms",
      ),
    );
    expect(kinds).toEqual(new Set(["eu", "ms", "participation"]));
    for (const l of dataset.links.filter((x) => x.status === "participating"))
      expect(l.member_state, l.id).not.toBe("eu");
  });
  it("keeps to eight colours at most, one per framework", () => {
    const used = [...new Set(dataset.links.map((l) => l.framework))];
    expect(used.length).toBeLessThanOrEqual(8);
    const colours = Object.values(dataset.vocabulary.colors);
    expect(new Set(colours).size).toBe(colours.length);
  });
  it("gives every source an address and a language, and every row a quote", () => {
    for (const s of dataset.sources.values()) {
      expect(s.url, s.id).toMatch(/^https?:\/\//);
      expect(["en", "fr", "de", "it", "es", "pt"]).toContain(s.lang);
    }
    for (const l of dataset.links) expect(l.quote.length, l.id).toBeGreaterThan(20);
  });
  it.skipIf(!existsSync(RESEARCH))(
    "has every well-sourced research row with its year, or says in the README why not",
    () => {
      const rows = Papa.parse<Record<string, string>>(readFileSync(RESEARCH, "utf8"), {
        header: true,
        skipEmptyLines: true,
      }).data;
      const present = new Set(
        dataset.links.map((l) => `${l.member_state}|${l.partner}|${l.start.slice(0, 4)}|${l.quote}`),
      );
      const missing = rows
        .map((r, i) => ({ r, line: i + 2 }))
        .filter(({ r }) => r.confidence === "high")
        .filter(
          ({ r }) =>
            !present.has(
              `${r.eu_side === "EU" ? "eu" : r.member_state_iso3}|${r.partner_iso3}|${(r.date ?? "").slice(0, 4)}|${r.source_quote}`,
            ),
        )
        .filter(({ line }) => !README.includes(`| ${line - 1} |`));
      expect(missing.map(({ r }) => r.instrument)).toEqual([]);
    },
  );
});
