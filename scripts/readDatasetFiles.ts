/** Reads a dataset's files from a folder laid out like data/: the Node side of DATA_FILES. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_FILES, type DatasetFiles } from "../src/data/dataset.ts";

export function readDatasetFiles(dir: string): DatasetFiles {
  const read = (key: keyof DatasetFiles) => readFileSync(join(dir, DATA_FILES[key]), "utf8");
  return { partnerships: read("partnerships"), memberStates: read("memberStates"), regions: read("regions"), sources: read("sources"), sourceText: read("sourceText") };
}
