/**
 * The site the browser benchmark serves: a copy of dist/ (so the build the tests use is never
 * touched) with the synthetic datasets as extra bundled dataset folders, and the bare MapLibre
 * page in bench/ with the links it draws. The atlas then opens a large dataset exactly as it
 * opens the bundled ones (?dataset=bench-10000): fetch, validate, draw, with nothing of the
 * file-import path (worker, decoding, name resolution) in the timing.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import type { Link } from "../../src/data/dataset.ts";
import type { DatasetVocabulary } from "../../src/data/datasets/datasetVocabulary.ts";
import { CHECKED_FILE, checkIdOf, checkedJson, fingerprint } from "../../src/data/datasets/checkedDataset.ts";
import { linksToCsv } from "../../src/data/linksToCsv.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { parseWorld } from "../../src/geo/worldLayer.ts";
import { readDatasetFiles } from "../readDatasetFiles.ts";

const BASE_ID = "emn-ahq-2010";
const HERE = fileURLToPath(new URL(".", import.meta.url));

export interface BenchDataset {
  links: number;
  /** The atlas's address query: the real dataset is the default one, the others are bundled copies. */
  atlasQuery: string;
  /** The bare page's address, relative to the site's root. */
  barePath: string;
}

/** What the bare page fetches: the links as the atlas validates them, and how to colour them. */
export interface BareData {
  links: Link[];
  vocabulary: DatasetVocabulary;
}

/**
 * `n` links made of the real rows over and over, Member State and partner permuted among valid
 * codes (the dataset's origins; countries of the world layer) so that pairs spread as in a large
 * real dataset. The quotes stay the rows' own, so every link still validates against the source.
 */
export function syntheticLinks(
  real: readonly Link[],
  origins: readonly string[],
  partners: readonly string[],
  n: number,
): Link[] {
  return Array.from({ length: n }, (_, i) => {
    const row = real[i % real.length] as Link;
    const pass = Math.floor(i / real.length);
    return {
      ...row,
      id: `bench-${i}`,
      member_state: origins[(i + pass * 5) % origins.length] ?? row.member_state,
      partner: partners[(i * 7 + pass * 13) % partners.length] ?? row.partner,
    };
  });
}

export async function prepareBenchSite(
  dist: string,
  sizes: readonly number[],
): Promise<{ root: string; datasets: BenchDataset[] }> {
  const root = mkdtempSync(join(tmpdir(), "atlas-bench-"));
  cpSync(dist, root, { recursive: true });
  const files = readDatasetFiles(join("data", BASE_ID));
  const base = validateDataset(files).dataset;
  const world = parseWorld(JSON.parse(readFileSync(join(dist, "geo/world.topo.json"), "utf8")));
  const origins = base.origins.filter((c) => world.anchors.has(c));
  const partners = [...world.anchors.keys()].filter((c) => !origins.includes(c) && c !== "ATA").sort();
  const indexPath = join(root, "data/index.json");
  const index = JSON.parse(readFileSync(indexPath, "utf8")) as {
    datasets: { id: string; title: unknown; files: string[] }[];
  };
  const baseEntry = index.datasets.find((d) => d.id === BASE_ID);
  if (!baseEntry) throw new Error(`The build has no ${BASE_ID} dataset to copy.`);

  // The page's check id, from the copied dataset's check (checkedDataset.ts).
  const check = checkIdOf(readFileSync(join(dist, "data", BASE_ID, CHECKED_FILE), "utf8"));
  const datasets: BenchDataset[] = [];
  for (const n of sizes) {
    let links = base.links;
    let atlasQuery = "";
    if (n !== base.links.length) {
      const id = `bench-${n}`;
      const parsed = JSON.parse(files.manifest ?? "{}") as Record<string, unknown>;
      // The story names the 2010 dataset's own Member States and slides: not this one's.
      delete parsed.story;
      const manifest = { ...parsed, id, title: `Benchmark: ${n} links` };
      const partnerships = linksToCsv(syntheticLinks(base.links, origins, partners, n));
      // The files as written: the folder is the base's copy with these two replaced.
      const written = { ...files, manifest: JSON.stringify(manifest, null, 2), partnerships, expectedId: id };
      const checked = validateDataset(written);
      if (checked.issues.length > 0 || checked.dataset.links.length !== n) {
        throw new Error(
          `The synthetic dataset of ${n} links does not validate: ${checked.issues.length} issues, first ${JSON.stringify(checked.issues[0])}`,
        );
      }
      const folder = join(root, "data", id);
      cpSync(join("data", BASE_ID), folder, { recursive: true });
      writeFileSync(join(folder, "dataset.json"), written.manifest);
      writeFileSync(join(folder, "partnerships.csv"), partnerships);
      // The build's check, as the build writes it for a bundled dataset (checkedDatasets.ts), with
      // the check id of the page served.
      const print = check && (await fingerprint(written, check));
      if (!print) throw new Error(`The build has no check of ${BASE_ID} to take its check id from.`);
      writeFileSync(join(folder, CHECKED_FILE), checkedJson(checked.dataset, print, check));
      index.datasets.push({ ...baseEntry, id, title: manifest.title });
      links = checked.dataset.links;
      atlasQuery = `dataset=${id}`;
    }
    const data: BareData = { links, vocabulary: base.vocabulary };
    writeFileSync(join(root, `bench-links-${n}.json`), JSON.stringify(data));
    datasets.push({ links: n, atlasQuery, barePath: `bench/index.html?links=../bench-links-${n}.json` });
  }
  writeFileSync(indexPath, JSON.stringify(index, null, 2));
  await buildBarePage(join(root, "bench"));
  return { root, datasets };
}

/** Bundles the bare page as the app is bundled (Vite, the same maplibre-gl package and worker). */
async function buildBarePage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: resolve(HERE, "bare"),
    base: "./",
    logLevel: "warn",
    worker: { format: "es" },
    build: { outDir, emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 5000 },
  });
}
