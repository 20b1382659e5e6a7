/** The EU Mobility Partnerships dataset against its README and the gathered research it comes from. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readDatasetFiles } from "../../scripts/readDatasetFiles.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { formatIssue } from "../../src/data/validationIssue.ts";
import { ROOT } from "../unit/bundledDataset.ts";

const DIR = join(ROOT, "data/eu-mobility-partnerships");
const { dataset, issues } = validateDataset(readDatasetFiles(DIR));
const RESEARCH = join(ROOT, "../shared/research/eu-mobility-partnerships-2008-2016.csv");

/** The README's table: partner code, date and signatories, as a person reads them. */
function readmeTable(): { partner: string; signed: string; memberStates: string[] }[] {
  const text = readFileSync(join(DIR, "README.md"), "utf8");
  return text
    .split("\n")
    .filter((line) => /^\| [^|]+ \| `[A-Z]{3}` \|/.test(line))
    .map((line) => {
      const cells = line.split("|").map((c) => c.trim());
      return {
        partner: (cells[2] ?? "").replaceAll("`", ""),
        signed: cells[4] ?? "",
        memberStates: (cells[6] ?? "").split(" ").filter(Boolean).sort(),
      };
    });
}

describe("data/eu-mobility-partnerships", () => {
  it("validates", () => {
    expect(issues.map(formatIssue)).toEqual([]);
    expect(dataset.links).toHaveLength(92);
  });
  it("has each partnership's signatories and date exactly as its README says", () => {
    const table = readmeTable();
    expect(table.map((r) => r.partner)).toEqual([
      "MDA",
      "CPV",
      "GEO",
      "ARM",
      "MAR",
      "AZE",
      "TUN",
      "JOR",
      "BLR",
      "NGA",
      "ETH",
      "IND",
    ]);
    for (const row of table) {
      const links = dataset.links.filter((l) => l.partner === row.partner);
      expect(links.map((l) => l.member_state).sort(), row.partner).toEqual(row.memberStates);
      expect(new Set(links.map((l) => l.start)), row.partner).toEqual(new Set([row.signed]));
    }
  });
  it("draws the three Common Agendas from the EU as a whole, with the manifest's framework", () => {
    const agendas = dataset.links.filter((l) => l.framework === "eu_camm");
    expect(agendas.map((l) => [l.partner, l.member_state])).toEqual([
      ["NGA", "eu"],
      ["ETH", "eu"],
      ["IND", "eu"],
    ]);
    expect(dataset.regions.get("eu")).toMatchObject({ lon: 4.35, lat: 50.85 });
  });
  it("traces every row to a source with an address and a quote that names the Member State", () => {
    // Releases say "France", Joint Declarations "the French Republic".
    const names: Record<string, RegExp> = {
      BGR: /Bulgaria/,
      CYP: /Cyprus/,
      CZE: /Czech/,
      DEU: /German/,
      DNK: /Denmark/,
      ESP: /Spain/,
      EST: /Estonia/,
      FIN: /Finland/,
      FRA: /France|French/,
      GBR: /United Kingdom/,
      GRC: /Greece|Hellenic/,
      HUN: /Hungary/,
      ITA: /Ital/,
      LTU: /Lithuania/,
      LUX: /Luxembourg/,
      LVA: /Latvia/,
      NLD: /Netherlands/,
      POL: /Poland|Polish/,
      PRT: /Portug/,
      ROU: /Romania/,
      SVK: /Slovak/,
      SVN: /Slovenia/,
      SWE: /Sweden/,
      BEL: /Belgium/,
    };
    for (const l of dataset.links) {
      const source = dataset.sources.get(l.source);
      expect(source?.url, l.id).toMatch(/^https?:\/\//);
      expect(l.quote.length, l.id).toBeGreaterThan(30);
      if (l.member_state !== "eu") expect(l.quote, l.id).toMatch(names[l.member_state] ?? /^$/);
    }
  });
  it("keeps the disputed cases out of the signed rows", () => {
    const pairs = new Set(dataset.links.map((l) => `${l.partner}-${l.member_state}`));
    for (const disputed of ["AZE-FRA", "AZE-SVN", "AZE-LVA", "MDA-LVA", "CPV-NLD"])
      expect(pairs.has(disputed), disputed).toBe(false);
  });
  it.skipIf(!existsSync(RESEARCH))("matches every high-confidence signatory of the research, and nothing else", () => {
    const rows = Papa.parse<Record<string, string>>(readFileSync(RESEARCH, "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const expected = rows
      .filter((r) => r.confidence === "high" && r.member_state_iso3)
      .map((r) => `${r.partner_iso3}-${r.member_state_iso3}-${r.signed_date}`)
      .sort();
    const actual = dataset.links
      .filter((l) => l.member_state !== "eu")
      .map((l) => `${l.partner}-${l.member_state}-${l.start}`)
      .sort();
    expect(actual).toEqual(expected);
  });
});
