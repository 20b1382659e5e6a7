/** Invariants of the bundled data and the generated world layer, read from disk as the scripts do. */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Position } from "geojson";
import { DATA_FILES, type DatasetFiles } from "../../src/data/dataset.ts";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { MEMBER_STATE_COLUMNS, PARTNERSHIP_COLUMNS, REGION_COLUMNS } from "../../src/data/schemas.ts";
import { readDatasetFiles } from "../../scripts/readDatasetFiles.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { formatIssue } from "../../src/data/validationIssue.ts";
import { MEMBER_STATES_2010 } from "../../src/data/vocabulary.ts";
import { type CountryFeature, type WorldLayer, parseWorld } from "../../src/geo/worldLayer.ts";
import { LOCALES, countryName } from "../../src/i18n/countryNames.ts";
import { lonLat } from "../support/at.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DATA = join(ROOT, "data/emn-ahq-2010");
const WORLD = join(ROOT, "public/geo/world.topo.json");
// shared/ sits beside the repository, on developers' machines and in CI alike.
const SHARED_SOURCE = join(ROOT, "../shared/source/000_51fcf1a9fb4a2db4.txt");

const files: DatasetFiles = readDatasetFiles(DATA);
const { dataset, issues } = validateDataset(files);
/** Cells as written in the file, before the schemas trim or coerce them. */
const rawCells = <C extends string>(key: "partnerships" | "memberStates" | "regions", columns: readonly C[]) =>
  parseCsv(DATA_FILES[key], String(files[key]), { columns, required: [] }).table.rows.map((r) => ({
    line: r.line,
    ...(Object.fromEntries(columns.map((c) => [c, r.cells[c] ?? ""])) as Record<C, string>),
  }));

const regionIds = new Set(dataset.regions.keys());
const countryCodes = [
  ...new Set([
    ...dataset.memberStates.keys(),
    ...dataset.links.map((l) => l.member_state),
    ...dataset.links.filter((l) => !regionIds.has(l.partner)).map((l) => l.partner),
    ...[...dataset.regions.values()].flatMap((r) => r.members),
  ]),
].sort();

let world: WorldLayer | undefined;
function loadWorld(): WorldLayer {
  if (!existsSync(WORLD)) throw new Error(`${WORLD} is missing: run \`npm run world\` to generate the world layer.`);
  world ??= parseWorld(JSON.parse(readFileSync(WORLD, "utf8")));
  return world;
}
const featureRings = (f: CountryFeature): Position[][] =>
  f.geometry.type === "Polygon" ? f.geometry.coordinates : f.geometry.coordinates.flat();
const ringsOf = (iso3: string): Position[][] =>
  loadWorld()
    .countries.features.filter((f) => f.properties.iso3 === iso3)
    .flatMap(featureRings);

describe("bundled data", () => {
  it("has no validation issue", () => {
    expect(issues.map(formatIssue)).toEqual([]);
    expect(dataset.links.length).toBeGreaterThan(0);
  });
  it("answers for each of the 27 Member States of 2010 exactly once", () => {
    const codes = rawCells("memberStates", MEMBER_STATE_COLUMNS).map((r) => r.code);
    expect([...codes].sort()).toEqual([...MEMBER_STATES_2010].sort());
    expect(dataset.memberStates.size).toBe(27);
  });
  it("names every country in en, fr and de", () => {
    const unnamed = countryCodes.flatMap((c) =>
      LOCALES.filter((l) => !countryName(c, l)?.trim()).map((l) => `${c}/${l}`),
    );
    expect(unnamed).toEqual([]);
  });
  it("places every region partner at a lon/lat written in data/regions.csv", () => {
    const raw = new Map(rawCells("regions", REGION_COLUMNS).map((r) => [r.id, r]));
    const partners = [...new Set(dataset.links.map((l) => l.partner).filter((p) => regionIds.has(p)))];
    expect(partners.length).toBeGreaterThan(0);
    for (const id of partners) {
      const row = raw.get(id);
      expect(row?.lon.trim(), `${id} lon`).not.toBe("");
      expect(row?.lat.trim(), `${id} lat`).not.toBe("");
      const region = dataset.regions.get(id);
      expect(Number.isFinite(region?.lon) && Number.isFinite(region?.lat), id).toBe(true);
    }
  });
});

describe("quotes and the source text", () => {
  const source = files.sourceText ?? "";
  it("finds every partnership and Member State quote verbatim in the source", () => {
    const quotes = [
      ...rawCells("partnerships", PARTNERSHIP_COLUMNS).map((r) => ({
        at: `partnerships.csv row ${r.line}`,
        quote: r.quote,
      })),
      ...rawCells("memberStates", MEMBER_STATE_COLUMNS).map((r) => ({
        at: `member-states.csv row ${r.line}`,
        quote: r.quote,
      })),
    ];
    expect(quotes.length).toBe(dataset.links.length + 27);
    expect(quotes.filter((q) => !q.quote || !source.includes(q.quote)).map((q) => q.at)).toEqual([]);
  });
  it.skipIf(!existsSync(SHARED_SOURCE))("bundles the source byte for byte as shared/source has it", () => {
    const bundled = readFileSync(join(DATA, dataset.manifest.source_text ?? ""));
    expect(bundled.equals(readFileSync(SHARED_SOURCE))).toBe(true);
  });
});

describe("facts of the source", () => {
  const link = (ms: string, partner: string, framework: string) =>
    dataset.links.filter((l) => l.member_state === ms && l.partner === partner && l.framework === framework);
  it("France–Benin is ratified and France–Cameroon signed", () => {
    expect(link("FRA", "BEN", "bilateral").map((l) => l.status)).toEqual(["ratified"]);
    expect(link("FRA", "CMR", "bilateral").map((l) => l.status)).toEqual(["signed"]);
  });
  it("France has eleven bilateral agreements, six of them ratified", () => {
    const fra = dataset.links.filter((l) => l.member_state === "FRA" && l.framework === "bilateral");
    expect(fra).toHaveLength(11);
    expect(
      fra
        .filter((l) => l.status === "ratified")
        .map((l) => l.partner)
        .sort(),
    ).toEqual(["BEN", "COG", "GAB", "MUS", "SEN", "TUN"]);
  });
  it("records Malta as no response, Finland as no partnership, Austria as not disseminated", () => {
    expect(dataset.memberStates.get("MLT")?.response).toBe("no_response");
    expect(dataset.memberStates.get("FIN")?.response).toBe("no_partnership");
    expect(dataset.memberStates.get("AUT")?.response).toBe("not_disseminated");
  });
});

describe("world layer", () => {
  it("exists (generated by `npm run world`)", () => {
    expect(existsSync(WORLD), `${WORLD} is missing: run \`npm run world\``).toBe(true);
  });
  it("has a polygon and an anchor for every Member State and partner country", () => {
    const w = loadWorld();
    const drawn = new Set(w.countries.features.map((f) => f.properties.iso3));
    expect(countryCodes.filter((c) => !drawn.has(c))).toEqual([]);
    expect(countryCodes.filter((c) => !w.anchors.has(c))).toEqual([]);
    for (const c of countryCodes) {
      const [lon = NaN, lat = NaN] = w.anchors.get(c) ?? [];
      expect(Math.abs(lon) <= 180 && Math.abs(lat) <= 90, `anchor of ${c}`).toBe(true);
    }
  });
  it.each(["CPV", "MUS", "STP", "TLS", "XKX", "LBN", "LUX"])("draws %s with an anchor", (iso3) => {
    expect(ringsOf(iso3).length).toBeGreaterThan(0);
    expect(loadWorld().anchors.has(iso3)).toBe(true);
  });
  it("has no ring with an edge spanning more than 180° of longitude", () => {
    const long: string[] = [];
    for (const f of loadWorld().countries.features) {
      for (const ring of featureRings(f)) {
        for (let i = 1; i < ring.length; i++) {
          if (Math.abs(lonLat(ring[i])[0] - lonLat(ring[i - 1])[0]) > 180)
            long.push(`${f.properties.iso3 || "(no code)"} at ${JSON.stringify(ring[i])}`);
        }
      }
    }
    expect(long.slice(0, 10)).toEqual([]);
  });
  it.each(["RUS", "FJI"])("cuts %s at the antimeridian into parts on both sides", (iso3) => {
    const lons = ringsOf(iso3)
      .flat()
      .map((p) => lonLat(p)[0]);
    expect(lons.length).toBeGreaterThan(0);
    expect(Math.min(...lons)).toBeLessThan(-170);
    expect(Math.max(...lons)).toBeGreaterThan(170);
    expect(Math.min(...lons)).toBeGreaterThanOrEqual(-180.01);
    expect(Math.max(...lons)).toBeLessThanOrEqual(180.01);
  });
});
