/** The bundled dataset and world layer read from disk, as tests/invariants/bundledData.test.ts reads them. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DatasetFiles } from "../../src/data/dataset.ts";
import { readDatasetFiles } from "../../scripts/readDatasetFiles.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { parseWorld, type WorldLayer } from "../../src/geo/worldLayer.ts";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DATA = join(ROOT, "data/emn-ahq-2010");
export const WORLD_PATH = join(ROOT, "public/geo/world.topo.json");

export const bundledFiles: DatasetFiles = readDatasetFiles(DATA);

export const bundled = validateDataset(bundledFiles);

let world: WorldLayer | undefined;
/** The generated world layer; throws with a hint when `npm run world` has not been run. */
export function loadWorld(): WorldLayer {
  if (!existsSync(WORLD_PATH))
    throw new Error(`${WORLD_PATH} is missing: run \`npm run world\` to generate the world layer.`);
  world ??= parseWorld(JSON.parse(readFileSync(WORLD_PATH, "utf8")));
  return world;
}
