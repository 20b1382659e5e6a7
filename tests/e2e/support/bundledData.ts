import type { DatasetFiles, Link } from "../../../src/data/dataset.ts";
import { readDatasetFiles } from "../../../scripts/readDatasetFiles.ts";
import { validateDataset } from "../../../src/data/validateDataset.ts";

/** The bundled data as the validator reads it: what the browser tests compare the screen with. */
export function bundledDataset(): { files: DatasetFiles; links: Link[]; partnerships: string } {
  const files = readDatasetFiles("data/emn-ahq-2010");
  return { files, links: validateDataset(files).dataset.links, partnerships: String(files.partnerships) };
}
