// `npm run bench`: how the pure pipeline scales to a dataset of 10,000+ links (timings, not assertions).
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { Link } from "../src/data/dataset.ts";
import { filterLinks, themeCounts } from "../src/data/filterLinks.ts";
import { EMPTY_FILTERS } from "../src/data/filters.ts";
import { linksToCsv } from "../src/data/linksToCsv.ts";
import { validateDataset } from "../src/data/validateDataset.ts";
import { buildMapModel, datasetFlows } from "../src/geo/buildMapModel.ts";
import { parseWorld } from "../src/geo/worldLayer.ts";
import { PALETTES } from "../src/scales/colors.ts";
import { datasetStyle } from "../src/scales/frameworkColors.ts";
import { importFiles, type OpenedFile } from "../src/data/import/importFiles.ts";
import { readDatasetFiles } from "./readDatasetFiles.ts";

const base = readDatasetFiles("data/emn-ahq-2010");
const world = parseWorld(JSON.parse(readFileSync("public/geo/world.topo.json", "utf8")));
const { dataset } = validateDataset(base);

// Synthetic links: every Member State × many partners, each reusing a real row's quote so it validates.
const partners = [...world.anchors.keys()].filter((c) => !dataset.memberStates.has(c) && c !== "ATA").slice(0, 200);
const ms = [...dataset.memberStates.keys()];
const template = dataset.links;
const N = Number(process.argv[2] ?? 10_000);
const big: Link[] = Array.from({ length: N }, (_, i) => {
  const t = template[i % template.length] as Link;
  return {
    ...t,
    id: `bench-${i}`,
    member_state: ms[i % ms.length] ?? "FRA",
    partner: partners[(i * 7) % partners.length] ?? "SEN",
  };
});
const csv = linksToCsv(big);

function time<T>(label: string, fn: () => T, runs = 5): T {
  let result = fn();
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    result = fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} median ${(samples[Math.floor(runs / 2)] ?? NaN).toFixed(1).padStart(8)} ms`);
  return result;
}

console.log(`${N} links, ${partners.length} partners, ${(csv.length / 1024).toFixed(0)} KB of CSV`);
const validated = time("validate (parse + schema + cross-checks)", () =>
  validateDataset({ ...base, partnerships: csv }),
);
if (validated.issues.length) throw new Error(`synthetic data did not validate: ${validated.issues.length} issues`);
const links = validated.dataset.links;
time("filter by one theme", () => filterLinks(links, { ...EMPTY_FILTERS, themes: ["legal_migration"] }));
time("theme counts", () => themeCounts(links, EMPTY_FILTERS));
const flows = time("flows of the dataset (once per dataset)", () =>
  datasetFlows(validated.dataset, world, links, datasetStyle(validated.dataset.vocabulary)),
);
time("map model per filter (counts, fills, dots, labels)", () =>
  buildMapModel({
    dataset: validated.dataset,
    world,
    flows,
    shown: links,
    selected: "GEO",
    locale: "en",
    palette: PALETTES.light,
  }),
);
time("CSV export of all links", () => linksToCsv(links));

// Opening a user's file: what the import worker does (decode, detect, parse, resolve names, check),
// for a spreadsheet-style file with country names and ;-separators, at 10,000 and 100,000 rows.
const NAMES = ["France", "Allemagne", "Spanien", "Italy", "Pays-Bas", "Portugal", "Suède", "Polen"];
const PARTNER_NAMES = [
  "Maroc",
  "Senegal",
  "Géorgie",
  "Moldova",
  "Cap-Vert",
  "Tunisie",
  "Ägypten",
  "Nigeria",
  "Inde",
  "Ukraine",
];
function userFile(rows: number): OpenedFile {
  const lines = ["Member State;Partner;Framework;Status;Themes;Instrument"];
  for (let i = 0; i < rows; i++)
    lines.push(
      `${NAMES[i % NAMES.length]};${PARTNER_NAMES[(i * 3) % PARTNER_NAMES.length]};bilateral;signed;"legal_migration;readmission";Agreement ${i}`,
    );
  const bytes = new TextEncoder().encode(lines.join("\r\n"));
  return { name: `bench-${rows}.csv`, bytes: bytes.buffer };
}
for (const rows of [10_000, 100_000]) {
  const file = userFile(rows);
  const result = await timeAsync(
    `open a user's file of ${rows.toLocaleString("en")} rows (${(file.bytes.byteLength / 1024 / 1024).toFixed(1)} MB)`,
    () => importFiles([file], { id: "own-bench", today: "2026-01-01" }),
    3,
  );
  if (result.issues.length || result.dataset.links.length !== rows)
    throw new Error(`the synthetic user file did not load cleanly: ${result.issues.length} issues`);
}

async function timeAsync<T>(label: string, fn: () => Promise<T>, runs: number): Promise<T> {
  let result = await fn();
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    result = await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} median ${(samples[Math.floor(runs / 2)] ?? NaN).toFixed(1).padStart(8)} ms`);
  return result;
}
