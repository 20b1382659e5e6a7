/**
 * A user's opened files → a checked dataset. Runs in a Web Worker in the app (see importWorker.ts)
 * and directly in tests and benchmarks. Pure apart from reading the bytes it is given.
 */
import { DATA_FILES, type Dataset, type DatasetFiles, type TableKey } from "../dataset.ts";
import { defaultManifest } from "../datasets/manifest.ts";
import { validateDataset } from "../validateDataset.ts";
import type { ValidationIssue } from "../validationIssue.ts";
import { decodeText } from "./decodeText.ts";
import { MAX_FILE_BYTES } from "./fileLimits.ts";
import { readSpreadsheet } from "./readSpreadsheet.ts";

export interface OpenedFile {
  name: string;
  bytes: ArrayBuffer;
  /** The file's size when its bytes were not read (over the limit); else bytes.byteLength. */
  size?: number;
}

export interface ImportResult {
  dataset: Dataset;
  issues: ValidationIssue[];
  /** Rows of the edge list below the header, valid or not. */
  rows: number;
}

export { MAX_FILE_BYTES };
export const ACCEPTED = /\.(csv|tsv|txt|xlsx|json)$/i;

const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;
const stem = (name: string) => baseName(name).toLowerCase().replace(/\.[^.]+$/, "");
/** partnerships.csv, member-states.xlsx, member_states.tsv…: which contract file a name is. */
function tableKeyOf(name: string): TableKey | undefined {
  const s = stem(name).replace(/_/g, "-");
  return (Object.keys(DATA_FILES) as (TableKey | "manifest")[]).find((k): k is TableKey => k !== "manifest" && DATA_FILES[k].replace(/\.csv$/, "") === s);
}

export async function importFiles(opened: OpenedFile[], options: { id: string; today: string; onProgress?(share: number): void }): Promise<ImportResult> {
  const issues: ValidationIssue[] = [];
  // Problems of a whole file have no cell to point at, except an empty file: its first cell is missing.
  const fail = (file: string, expected: string, value = "", column = ""): ImportResult => {
    issues.push({ file, row: 1, column, value, expected });
    const empty = validateDataset({ partnerships: [] }).dataset;
    return { dataset: { ...empty, links: [] }, issues, rows: 0 };
  };
  if (opened.length === 0) return fail("(no file)", "a .csv, .tsv, .txt or .xlsx file");
  for (const f of opened) {
    if (!ACCEPTED.test(f.name)) return fail(baseName(f.name), "a .csv, .tsv, .txt, .xlsx or dataset.json file", baseName(f.name));
    const size = Math.max(f.size ?? 0, f.bytes.byteLength);
    if (size > MAX_FILE_BYTES) return fail(baseName(f.name), `a file of at most 50 MB (this one has ${(size / 1024 / 1024).toFixed(1)} MB)`);
    if (size === 0) return fail(baseName(f.name), "a file with a header row and at least one row of data (this one is empty)", "", "A");
  }

  const text = (f: OpenedFile) => decodeText(new Uint8Array(f.bytes)).text;
  const manifests = opened.filter((f) => /\.json$/i.test(f.name));
  if (manifests.length > 1) return fail(manifests.map((f) => baseName(f.name)).join(", "), "one dataset.json at most");
  const manifestFile = manifests[0];
  const manifestText = manifestFile ? text(manifestFile) : undefined;
  let sourceTextName: string | undefined;
  try {
    const named = manifestText ? (JSON.parse(manifestText) as { source_text?: unknown }).source_text : undefined;
    if (typeof named === "string") sourceTextName = baseName(named).toLowerCase();
  } catch {
    // The validator reports a broken manifest.
  }
  const sourceFile = opened.find((f) => baseName(f.name).toLowerCase() === sourceTextName);
  const tables = opened.filter((f) => f !== manifestFile && f !== sourceFile);

  const files: DatasetFiles = { partnerships: [], names: {} };
  const unnamed = tables.filter((f) => tableKeyOf(f.name) === undefined);
  const named = tables.filter((f) => tableKeyOf(f.name) !== undefined);
  const twice = named.filter((f, i) => named.findIndex((g) => tableKeyOf(g.name) === tableKeyOf(f.name)) !== i);
  if (twice.length > 0) return fail(named.filter((f) => twice.some((t) => tableKeyOf(t.name) === tableKeyOf(f.name))).map((f) => baseName(f.name)).join(", "), "each file of a dataset once (two files would say different things)");
  if (unnamed.length > 1 || (unnamed.length === 1 && named.some((f) => tableKeyOf(f.name) === "partnerships"))) {
    return fail(unnamed.map((f) => baseName(f.name)).join(", "), "one edge list: name the other files member-states, regions or sources as in the data contract");
  }
  if (unnamed.length === 0 && !named.some((f) => tableKeyOf(f.name) === "partnerships")) return fail(opened.map((f) => baseName(f.name)).join(", "), "an edge list (partnerships.csv) among the files");
  let done = 0;
  for (const f of tables) {
    const key = tableKeyOf(f.name) ?? "partnerships";
    if (/\.xlsx$/i.test(f.name)) {
      try {
        files[key] = await readSpreadsheet(f.bytes);
      } catch (e) {
        // A corrupt workbook must never load as "0 rows, 0 issues".
        return fail(baseName(f.name), `a readable .xlsx workbook (${e instanceof Error ? e.message : String(e)})`);
      }
    } else files[key] = text(f);
    files.names = { ...files.names, [key]: baseName(f.name) };
    options.onProgress?.((0.3 * ++done) / tables.length);
  }
  files.manifest = manifestText;
  if (manifestFile) files.names = { ...files.names, manifest: baseName(manifestFile.name) };
  files.sourceText = sourceFile ? text(sourceFile) : undefined;
  files.fallbackManifest = defaultManifest(files.names?.partnerships ?? "data", options.today);

  const { dataset, issues: found } = validateDataset(files, { onProgress: (s) => options.onProgress?.(0.3 + 0.7 * s) });
  const linksFile = files.names?.partnerships;
  // Distinct rows with a problem, each counted once however many problems it has.
  const badRows = new Set(found.filter((i) => i.file === linksFile && i.row > 1).map((i) => i.row));
  const rows = dataset.links.length + badRows.size;
  // Own datasets get the id they are stored under, never one from the file: ids travel in links.
  return { dataset: { ...dataset, manifest: { ...dataset.manifest, id: options.id } }, issues: [...issues, ...found], rows };
}
