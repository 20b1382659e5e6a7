/** The index of the datasets that ship with the atlas (data/index.json, written at build time). */

export interface BundledEntry {
  id: string;
  title: string | Record<string, string>;
  files: string[];
  /** The source text the manifest names (relative to the dataset's folder), asked for with the files. */
  sourceText?: string;
  /** The build's check of the files (checkedDataset.ts), when they passed it. */
  checked?: string;
}
export interface DatasetIndex {
  datasets: BundledEntry[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

function entry(v: unknown, i: number): BundledEntry {
  const fail = (what: string): never => {
    throw new Error(`data/index.json: datasets[${i}] ${what}.`);
  };
  if (!isRecord(v)) return fail("is not an object");
  const { id, title, files, source_text: source, checked } = v;
  if (typeof id !== "string") return fail("has no id");
  if (!isStrings(files)) return fail("has no list of files");
  const extra = {
    ...(typeof source === "string" ? { sourceText: source } : {}),
    ...(typeof checked === "string" ? { checked } : {}),
  };
  if (typeof title === "string") return { id, title, files: [...files], ...extra };
  if (!isRecord(title) || !Object.values(title).every((t) => typeof t === "string")) return fail("has no title");
  return { id, title: { ...(title as Record<string, string>) }, files: [...files], ...extra };
}

/**
 * The index, checked: the file is written by the build, so a failure means a broken deployment.
 * Written out rather than with zod, which would be most of the first load's weight (issue #9).
 */
export function parseDatasetIndex(json: unknown): DatasetIndex {
  if (!isRecord(json) || !Array.isArray(json.datasets) || json.datasets.length === 0)
    throw new Error("data/index.json lists no datasets.");
  return { datasets: (json.datasets as unknown[]).map(entry) };
}
