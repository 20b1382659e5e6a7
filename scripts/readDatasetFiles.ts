/** Reads a dataset folder (data/<id>/) from disk: the Node side of what the app fetches. */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { DATA_FILES, namedSourceText, type DatasetFiles, type TableKey } from "../src/data/dataset.ts";

export function readDatasetFiles(dir: string): DatasetFiles {
  const path = (key: TableKey | "manifest") => join(dir, DATA_FILES[key]);
  const read = (key: TableKey | "manifest") => (existsSync(path(key)) ? readFileSync(path(key), "utf8") : undefined);
  const manifest = read("manifest");
  const named = namedSourceText(manifest);
  const sourceText = named && existsSync(join(dir, named)) ? readFileSync(join(dir, named), "utf8") : undefined;
  const names = Object.fromEntries((Object.keys(DATA_FILES) as (TableKey | "manifest")[]).map((k) => [k, path(k)]));
  return {
    manifest,
    partnerships: read("partnerships") ?? "",
    memberStates: read("memberStates"),
    regions: read("regions"),
    sources: read("sources"),
    sourceText,
    names,
    // A bundled dataset (data/<id>/) is named by its folder in links.
    expectedId: basename(dirname(resolve(dir))) === "data" ? basename(resolve(dir)) : undefined,
  };
}
