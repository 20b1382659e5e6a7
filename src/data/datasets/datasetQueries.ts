/**
 * Where a dataset comes from, as React Query options: a bundled one is fetched and checked; a
 * user's own is read from this browser and checked again in a Web Worker, exactly as when opened.
 */
import { queryOptions } from "@tanstack/react-query";
import type { Dataset } from "../dataset.ts";
import { bundledDatasetQuery } from "../queries.ts";
import { DataValidationError } from "../validationIssue.ts";
import type { BundledEntry } from "./bundledDatasets.ts";
import type { OwnDatasetStore, OwnDatasetSummary } from "./ownDatasetStore.ts";

let store: Promise<OwnDatasetStore> | undefined;
/**
 * One store per page, opened when first needed. Its code and idb-keyval are a chunk of their own:
 * the list arrives from IndexedDB after the first screen anyway (issue #9). A failed load is retried.
 */
export function ownDatasetStore(): Promise<OwnDatasetStore> {
  store ??= import("./ownDatasetStore.ts").then(
    (m) => m.createOwnDatasetStore(),
    (e: unknown) => {
      store = undefined;
      throw e;
    },
  );
  return store;
}

export const ownDatasetListQuery = () =>
  queryOptions({ queryKey: ["own-datasets"], queryFn: async () => (await ownDatasetStore()).list(), staleTime: Infinity });

/** The user's edits of title and source line, over what the file said. */
export function withOverrides(dataset: Dataset, summary: Pick<OwnDatasetSummary, "overrides">): Dataset {
  const o = summary.overrides ?? {};
  if (!o.title && !o.citation) return dataset;
  return { ...dataset, manifest: { ...dataset.manifest, ...(o.title ? { title: o.title } : {}), ...(o.citation ? { citation: o.citation } : {}) } };
}

export const ownDatasetQuery = (id: string) =>
  queryOptions({
    queryKey: ["dataset", id],
    queryFn: async (): Promise<Dataset> => {
      const record = await (await ownDatasetStore()).get(id);
      if (!record) throw new Error(`The dataset ${id} is no longer kept in this browser.`);
      const { runImport } = await import("../import/runImport.ts");
      const { dataset, issues } = await runImport(record.files, { id, today: record.savedAt.slice(0, 10) }).result;
      if (issues.length > 0 && (!record.partial || dataset.links.length === 0)) throw new DataValidationError(issues);
      return withOverrides(dataset, record);
    },
    staleTime: Infinity,
    retry: false,
  });

export type DatasetSource = { kind: "bundled"; entry: BundledEntry } | { kind: "own"; id: string };

export const datasetQuery = (source: DatasetSource) => (source.kind === "bundled" ? bundledDatasetQuery(source.entry) : ownDatasetQuery(source.id));
