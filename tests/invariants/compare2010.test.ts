/** The 2010 answers compared with the EU Mobility Partnerships: counts checked against the CSV files, and what the comparison answers. compareLinks itself is tested in tests/unit/compare.test.ts. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readDatasetFiles } from "../../scripts/readDatasetFiles.ts";
import { compareLinks } from "../../src/data/compare.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { ROOT, bundled } from "../unit/bundledDataset.ts";

describe("the 2010 answers compared with the EU Mobility Partnerships", () => {
  const mp = validateDataset(readDatasetFiles(join(ROOT, "data/eu-mobility-partnerships"))).dataset;
  const c = compareLinks(bundled.dataset.links, mp.links);
  /** The same, straight from the CSV files: pairs as sets of "MS>partner". */
  const pairsIn = (dir: string) =>
    new Set(
      Papa.parse<Record<string, string>>(readFileSync(join(ROOT, dir, "partnerships.csv"), "utf8"), {
        header: true,
        skipEmptyLines: true,
      }).data.map((r) => `${r.member_state}>${r.partner}`),
    );
  const p2010 = pairsIn("data/emn-ahq-2010");
  const pmp = pairsIn("data/eu-mobility-partnerships");
  it("matches an independent count of the pairs", () => {
    expect(c.pairs.both.length).toBe([...p2010].filter((p) => pmp.has(p)).length);
    expect(c.pairs.only_a.length).toBe([...p2010].filter((p) => !pmp.has(p)).length);
    expect(c.pairs.only_b.length).toBe([...pmp].filter((p) => !p2010.has(p)).length);
  });
  it("answers: which signatories mentioned their Mobility Partnership in 2010", () => {
    // Georgia's signatories who answered with it (Belgium, Germany, Poland, …) are "in both".
    expect(c.pairs.both).toEqual(expect.arrayContaining(["BEL>GEO", "FRA>CPV", "LUX>CPV", "GBR>GEO"]));
    // Bulgaria and Cyprus did not answer the 2010 query: their Moldova partnership is only in the other list.
    expect(c.pairs.only_b).toEqual(expect.arrayContaining(["BGR>MDA", "CYP>MDA"]));
  });
});
