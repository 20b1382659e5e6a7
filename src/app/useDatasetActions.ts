/** What the dataset panel and the import flow do to the page: switch, open, rename, remove, forget. */
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import {
  ownDatasetListQuery,
  ownDatasetQuery,
  ownDatasetStore,
  withOverrides,
} from "../data/datasets/datasetQueries.ts";
import { DEFAULT_DATASET_ID, type Dataset } from "../data/dataset.ts";
import { downloadBlob } from "../export/downloadBlob.ts";
import { DEFAULT_STATE, type UrlState } from "../state/urlState.ts";
import type { ImportOutcome } from "./useDataImport.ts";
import { isOwnDatasetId } from "../data/datasets/ownDatasetId.ts";

export type DataNotice =
  { kind: "opened"; links: number; kept: boolean } | { kind: "removed" } | { kind: "forgotten"; count: number };

export function useDatasetActions(state: UrlState, update: (next: UrlState, mode?: "push" | "replace") => void) {
  const client = useQueryClient();
  const [notice, setNotice] = useState<DataNotice | null>(null);
  // Another dataset starts from its whole view: filters and selection of one rarely mean anything in another.
  const choose = useCallback(
    (id: string) => {
      update({ ...DEFAULT_STATE, lang: state.lang, dataset: id === DEFAULT_DATASET_ID ? null : id }, "push");
    },
    [state.lang, update],
  );
  const onOpened = useCallback(
    (o: ImportOutcome) => {
      setNotice({ kind: "opened", links: o.links, kept: o.kept });
      choose(o.id);
    },
    [choose],
  );
  const refreshList = useCallback(
    () => client.invalidateQueries({ queryKey: ownDatasetListQuery().queryKey }),
    [client],
  );
  const rename = useCallback(
    async (id: string, patch: { title?: string; citation?: string }) => {
      // The store merges the overrides, one edit at a time.
      await (await ownDatasetStore()).update(id, { overrides: patch, ...(patch.title ? { title: patch.title } : {}) });
      // The rows have not changed: only the title or source line of the dataset in memory does.
      client.setQueryData<Dataset>(ownDatasetQuery(id).queryKey, (d) =>
        d ? withOverrides(d, { overrides: patch }) : d,
      );
      await refreshList();
    },
    [client, refreshList],
  );
  // Leave a dataset before it goes, so it is never shown as "missing" for a moment.
  const remove = useCallback(
    async (id: string) => {
      if (state.dataset === id) choose(DEFAULT_DATASET_ID);
      await (await ownDatasetStore()).remove(id);
      client.removeQueries({ queryKey: ownDatasetQuery(id).queryKey });
      await refreshList();
      setNotice({ kind: "removed" });
    },
    [client, state.dataset, choose, refreshList],
  );
  const forgetAll = useCallback(async () => {
    if (state.dataset && isOwnDatasetId(state.dataset)) choose(DEFAULT_DATASET_ID);
    const store = await ownDatasetStore();
    const count = (await store.list()).length;
    await store.clear();
    client.removeQueries({ predicate: (q) => q.queryKey[0] === "dataset" && isOwnDatasetId(String(q.queryKey[1])) });
    await refreshList();
    setNotice({ kind: "forgotten", count });
  }, [client, state.dataset, choose, refreshList]);
  // The template is written by the CSV writer (papaparse), a chunk loaded on the click.
  const template = useCallback(() => {
    void import("../data/templateCsv.ts").then(({ templateCsv }) =>
      downloadBlob(new Blob([templateCsv()], { type: "text/csv;charset=utf-8" }), "partnerships-template.csv"),
    );
  }, []);
  return { notice, dismissNotice: () => setNotice(null), choose, onOpened, rename, remove, forgetAll, template };
}
