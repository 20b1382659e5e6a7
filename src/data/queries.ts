/** React Query options for what the atlas loads: the world layer, the dataset index and a dataset. */
import { queryOptions } from "@tanstack/react-query";
import { parseWorld } from "../geo/worldLayer.ts";
import { datasetIndexSchema, type BundledEntry } from "./datasets/bundledDatasets.ts";
import { DATA_FILES, namedSourceText, type Dataset, type DatasetFiles, type TableKey } from "./dataset.ts";
import { validateDataset } from "./validateDataset.ts";
import { DataValidationError } from "./validationIssue.ts";

const base = import.meta.env.BASE_URL;
export const WORLD_URL = `${base}geo/world.topo.json`;
export const dataUrl = (name: string) => `${base}data/${name}`;
/** Where a bundled dataset's own files are served; a dataset from the user's files has no folder. */
export const datasetFolderUrl = (datasetId: string): string | null => (datasetId.startsWith("own-") ? null : dataUrl(`${datasetId}/`));

/** A file the server did not deliver; the UI words it in the reader's language. */
export class HttpError extends Error {
  readonly url: string;
  readonly status: number;
  constructor(url: string, status: number) {
    super(`Could not load ${url} (HTTP ${status}).`);
    this.name = "HttpError";
    this.url = url;
    this.status = status;
  }
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new HttpError(url, response.status);
  return response;
}

const noRetryOnBadData = (failures: number, error: Error) => !(error instanceof DataValidationError) && !(error instanceof HttpError) && failures < 1;

export const worldQuery = () =>
  queryOptions({
    queryKey: ["world", WORLD_URL],
    queryFn: async () => parseWorld(await (await fetchOk(WORLD_URL)).json()),
    staleTime: Infinity,
    retry: 1,
  });

export const datasetIndexQuery = () =>
  queryOptions({
    queryKey: ["dataset-index"],
    queryFn: async () => datasetIndexSchema.parse(await (await fetchOk(dataUrl("index.json"))).json()),
    staleTime: Infinity,
    retry: noRetryOnBadData,
  });

/** Fetches the files a bundled dataset has (the index lists them, so no request ends in a 404). */
export async function fetchDatasetFiles(entry: BundledEntry): Promise<DatasetFiles> {
  const text = async (file: string) => (await fetchOk(dataUrl(`${entry.id}/${file}`))).text();
  const has = (file: string) => entry.files.includes(file);
  const keys = (["manifest", "partnerships", "memberStates", "regions", "sources"] as const).filter((k) => has(DATA_FILES[k]));
  const texts = await Promise.all(keys.map((k) => text(DATA_FILES[k])));
  const files: DatasetFiles = { partnerships: "", names: {} };
  keys.forEach((k, i) => {
    const t = texts[i] ?? "";
    if (k === "manifest") files.manifest = t;
    else files[k as TableKey] = t;
    files.names = { ...files.names, [k]: `data/${entry.id}/${DATA_FILES[k]}` };
  });
  const named = namedSourceText(files.manifest);
  if (named) files.sourceText = await text(named);
  files.expectedId = entry.id;
  return files;
}

export const bundledDatasetQuery = (entry: BundledEntry) =>
  queryOptions({
    queryKey: ["dataset", entry.id],
    queryFn: async (): Promise<Dataset> => {
      const { dataset, issues } = validateDataset(await fetchDatasetFiles(entry));
      if (issues.length > 0) throw new DataValidationError(issues);
      return dataset;
    },
    staleTime: Infinity,
    retry: noRetryOnBadData,
  });
