/** Reads a dataset folder (data/<id>/) from disk: the Node side of what the app fetches. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_FILES, type DatasetFiles, type TableKey } from "../src/data/dataset.ts";

export function readDatasetFiles(dir: string): DatasetFiles {
  const path = (key: TableKey | "manifest") => join(dir, DATA_FILES[key]);
  const read = (key: TableKey | "manifest") => (existsSync(path(key)) ? readFileSync(path(key), "utf8") : undefined);
  const manifest = read("manifest");
  let sourceText: string | undefined;
  try {
    const named = manifest ? (JSON.parse(manifest) as { source_text?: unknown }).source_text : undefined;
    if (typeof named === "string" && existsSync(join(dir, named))) sourceText = readFileSync(join(dir, named), "utf8");
  } catch {
    // A broken manifest is reported by the validator, with its own message.
  }
  const names = Object.fromEntries((Object.keys(DATA_FILES) as (TableKey | "manifest")[]).map((k) => [k, path(k)]));
  return {
    manifest,
    partnerships: read("partnerships") ?? "",
    memberStates: read("memberStates"),
    regions: read("regions"),
    sources: read("sources"),
    sourceText,
    names,
  };
}
