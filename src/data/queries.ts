/** React Query options for what the atlas loads: the world layer (with the English names), the dataset index and a dataset. */
import { queryOptions } from "@tanstack/react-query";
import { parseWorld, worldNames } from "../geo/worldLayer.ts";
import { loadCountryNames, registerEnglishNames } from "../i18n/countryNames.ts";
import { parseDatasetIndex, type BundledEntry } from "./datasets/bundledDatasets.ts";
import { fingerprint, reviveChecked, webCrypto } from "./datasets/checkedDataset.ts";
import { DATA_FILES, namedSourceText, type Dataset, type DatasetFiles } from "./dataset.ts";
import { DATASET_INDEX_PATH, WORLD_PATH, dataPath } from "./dataPaths.ts";
import { dataText } from "./source/dataText.ts";
import { HttpError } from "./source/httpError.ts";
import { DataValidationError } from "./validationIssue.ts";

export { HttpError } from "./source/httpError.ts";


/**
 * The check id of the code this page runs (scripts/vite/checkId.ts: a hash of the atlas's sources
 * and locked dependencies, which the build writes into the page and into every fingerprint), so
 * that a checked.json another build made, kept in a cache, never matches this code. Undefined
 * where the build made no checks (the one-file atlas, tests).
 */
const PAGE_CHECK_ID: string | undefined = import.meta.env.VITE_ATLAS_CHECK_ID;

const noRetryOnBadData = (failures: number, error: Error) => !(error instanceof DataValidationError) && !(error instanceof HttpError) && failures < 1;

/**
 * The world layer, and with it the English country names the atlas needs before it first shows.
 * A world layer without names (cached from an older atlas) has them loaded on their own.
 */
export const worldQuery = () =>
  queryOptions({
    queryKey: ["world"],
    queryFn: async () => {
      const json: unknown = JSON.parse(await dataText(WORLD_PATH));
      const world = parseWorld(json);
      const names = worldNames(json);
      if (names) registerEnglishNames(names);
      else await loadCountryNames("en");
      return world;
    },
    staleTime: Infinity,
    retry: 1,
  });

export const datasetIndexQuery = () =>
  queryOptions({
    queryKey: ["dataset-index"],
    queryFn: async () => parseDatasetIndex(JSON.parse(await dataText(DATASET_INDEX_PATH))),
    staleTime: Infinity,
    retry: noRetryOnBadData,
  });

/** Reads the files a bundled dataset has (the index lists them, so no request ends in a 404). */
export async function fetchDatasetFiles(entry: BundledEntry): Promise<DatasetFiles> {
  const text = (file: string) => dataText(dataPath(`${entry.id}/${file}`));
  const has = (file: string) => entry.files.includes(file);
  const keys = (["manifest", "partnerships", "memberStates", "regions", "sources"] as const).filter((k) => has(DATA_FILES[k]));
  const pending = keys.map((k) => text(DATA_FILES[k]));
  // The source text is asked for with the files when the index names it (as the manifest does),
  // else as soon as the manifest is in: the dataset's check waits for it last.
  const manifest = keys[0] === "manifest" ? pending[0] : undefined;
  const source = entry.sourceText
    ? text(entry.sourceText)
    : manifest?.then((m) => {
        const named = namedSourceText(m);
        return named ? text(named) : undefined;
      });
  const [texts, sourceText] = await Promise.all([Promise.all(pending), source]);
  const files: DatasetFiles = { partnerships: "", names: {} };
  keys.forEach((k, i) => {
    const t = texts[i] ?? "";
    if (k === "manifest") files.manifest = t;
    else files[k] = t;
    files.names = { ...files.names, [k]: `data/${entry.id}/${DATA_FILES[k]}` };
  });
  if (sourceText !== undefined) files.sourceText = sourceText;
  files.expectedId = entry.id;
  return files;
}

// The entry's file list comes with its id from one index.json: the id names the query. (The
// plugin's rule wants the whole entry in the key; an object there would change the key's type.)
export const bundledDatasetQuery = (entry: BundledEntry) =>
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: ["dataset", entry.id],
    queryFn: async (): Promise<Dataset> => {
      const worker = () => import("./import/runImport.ts");
      // The build's check, where this page can compare with it (checkedDataset.ts).
      const check = entry.checked && PAGE_CHECK_ID && webCrypto() ? entry.checked : undefined;
      // Else the worker (and its client, a chunk of its own) loads while the files do.
      if (!check) void worker().then((w) => w.prewarmImportWorker(), () => undefined);
      // A checked.json that does not come (an older server, a lost request) only costs the check.
      const checked = check ? dataText(dataPath(`${entry.id}/${check}`)).catch(() => undefined) : undefined;
      const files = await fetchDatasetFiles(entry);
      const text = await checked;
      // A digest the browser refuses only costs the check, as a missing checked.json does.
      const print =
        text === undefined || !PAGE_CHECK_ID ? undefined : await fingerprint(files, PAGE_CHECK_ID).catch(() => undefined);
      const kept = text === undefined ? undefined : reviveChecked(text, print);
      if (kept) return kept;
      const { dataset, issues } = await (await worker()).validateInWorker(files);
      if (issues.length > 0) throw new DataValidationError(issues);
      return dataset;
    },
    staleTime: Infinity,
    retry: noRetryOnBadData,
  });
