import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_FILES, type DatasetFiles, type Link } from "../../../src/data/dataset.ts";
import { validateDataset } from "../../../src/data/validateDataset.ts";

/** The bundled data as the validator reads it: what the browser tests compare the screen with. */
export function bundledDataset(): { files: DatasetFiles; links: Link[] } {
  const read = (k: keyof DatasetFiles) => readFileSync(join("data", DATA_FILES[k]), "utf8");
  const files: DatasetFiles = { partnerships: read("partnerships"), memberStates: read("memberStates"), regions: read("regions"), sources: read("sources"), sourceText: read("sourceText") };
  return { files, links: validateDataset(files).dataset.links };
}
