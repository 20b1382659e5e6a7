/** The bundled 2010 data through Download CSV and back: byte for byte, and every subset loads again. The CSV code is tested on fixtures in tests/unit/linksToCsv.test.ts. */
import { describe, expect, it } from "vitest";
import type { DatasetFiles, Link } from "../../src/data/dataset.ts";
import { filterLinks } from "../../src/data/filterLinks.ts";
import { EMPTY_FILTERS } from "../../src/data/filters.ts";
import { linksToCsv } from "../../src/data/linksToCsv.ts";
import { PARTNERSHIP_COLUMNS } from "../../src/data/schemas.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { formatIssue } from "../../src/data/validationIssue.ts";
import { bundled, bundledFiles } from "../unit/bundledDataset.ts";

const reload = (files: DatasetFiles, links: readonly Link[]) =>
  validateDataset({ ...files, partnerships: linksToCsv(links) });

describe("the bundled 2010 links as a downloaded CSV", () => {
  it("starts from a bundled dataset without issues", () => {
    expect(bundled.issues.map(formatIssue)).toEqual([]);
  });
  it("writes the contract's header first, with LF line endings only", () => {
    expect(linksToCsv(bundled.dataset.links).split("\n")[0]).toBe(PARTNERSHIP_COLUMNS.join(","));
    expect(linksToCsv(bundled.dataset.links)).not.toContain("\r");
  });
  it("serializes all bundled links byte for byte as data/partnerships.csv", () => {
    const out = linksToCsv(bundled.dataset.links);
    expect(out.length).toBe(bundledFiles.partnerships.length);
    expect(out).toBe(bundledFiles.partnerships);
  });
  it("re-validates a filtered subset with zero issues and the same links", () => {
    const subset = filterLinks(bundled.dataset.links, {
      ...EMPTY_FILTERS,
      themes: ["trafficking"],
      memberStates: ["ESP", "FRA"],
    });
    expect(subset).toHaveLength(8);
    const again = reload(bundledFiles, subset);
    expect(again.issues.map(formatIssue)).toEqual([]);
    expect(again.dataset.links).toEqual(subset);
  });
  it("re-validates every single-Member-State download", () => {
    for (const ms of new Set(bundled.dataset.links.map((l) => l.member_state))) {
      const subset = bundled.dataset.links.filter((l) => l.member_state === ms);
      const again = reload(bundledFiles, subset);
      expect(again.issues.map(formatIssue), ms).toEqual([]);
      expect(again.dataset.links, ms).toEqual(subset);
    }
  });
});
