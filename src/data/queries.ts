/** React Query options for the two things the atlas loads: the world layer and the dataset. */
import { queryOptions } from "@tanstack/react-query";
import { parseWorld } from "../geo/worldLayer.ts";
import { DATA_FILES, type Dataset, type DatasetFiles } from "./dataset.ts";
import { validateDataset } from "./validateDataset.ts";
import { DataValidationError } from "./validationIssue.ts";

const base = import.meta.env.BASE_URL;
export const WORLD_URL = `${base}geo/world.topo.json`;
export const dataUrl = (name: string) => `${base}data/${name}`;

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

export const worldQuery = () =>
  queryOptions({
    queryKey: ["world", WORLD_URL],
    queryFn: async () => parseWorld(await (await fetchOk(WORLD_URL)).json()),
    staleTime: Infinity,
    retry: 1,
  });

export async function fetchDatasetFiles(): Promise<DatasetFiles> {
  const keys = Object.keys(DATA_FILES) as (keyof DatasetFiles)[];
  const texts = await Promise.all(keys.map(async (k) => (await fetchOk(dataUrl(DATA_FILES[k]))).text()));
  const files = Object.fromEntries(keys.map((k, i) => [k, texts[i]]));
  return files as Record<keyof DatasetFiles, string>;
}

export const datasetQuery = () =>
  queryOptions({
    queryKey: ["dataset", "bundled"],
    queryFn: async (): Promise<Dataset> => {
      const { dataset, issues } = validateDataset(await fetchDatasetFiles());
      if (issues.length > 0) throw new DataValidationError(issues);
      return dataset;
    },
    staleTime: Infinity,
    retry: (failures, error) => !(error instanceof DataValidationError) && !(error instanceof HttpError) && failures < 1,
  });
