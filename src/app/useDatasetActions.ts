/** What the dataset panel and the import flow do to the page: switch, open, rename, remove, forget. */
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { ownDatasetListQuery, ownDatasetQuery, ownDatasetStore } from "../data/datasets/datasetQueries.ts";
import { DEFAULT_DATASET_ID } from "../data/dataset.ts";
import { templateCsv } from "../data/templateCsv.ts";
import { downloadBlob } from "../export/downloadBlob.ts";
import { DEFAULT_STATE, type UrlState } from "../state/urlState.ts";
import type { ImportOutcome } from "./useDataImport.ts";

export type DataNotice = { kind: "opened"; links: number; kept: boolean } | { kind: "removed" } | { kind: "forgotten"; count: number };

export function useDatasetActions(state: UrlState, update: (next: UrlState, mode?: "push" | "replace") => void) {
  const client = useQueryClient();
  const [notice, setNotice] = useState<DataNotice | null>(null);
  // Another dataset starts from its whole view: filters and selection of one rarely mean anything in another.
  const choose = useCallback((id: string) => {
    update({ ...DEFAULT_STATE, lang: state.lang, dataset: id === DEFAULT_DATASET_ID ? null : id }, "push");
  }, [state.lang, update]);
  const onOpened = useCallback((o: ImportOutcome) => {
    setNotice({ kind: "opened", links: o.links, kept: o.kept });
    choose(o.id);
  }, [choose]);
  const refreshList = useCallback(() => client.invalidateQueries({ queryKey: ownDatasetListQuery().queryKey }), [client]);
  const rename = useCallback(async (id: string, patch: { title?: string; citation?: string }) => {
    // The store merges the overrides, one edit at a time.
    await ownDatasetStore().update(id, { overrides: patch, ...(patch.title ? { title: patch.title } : {}) });
    await client.invalidateQueries({ queryKey: ownDatasetQuery(id).queryKey });
    await refreshList();
  }, [client, refreshList]);
  const remove = useCallback(async (id: string) => {
    await ownDatasetStore().remove(id);
    client.removeQueries({ queryKey: ownDatasetQuery(id).queryKey });
    await refreshList();
    setNotice({ kind: "removed" });
    if (state.dataset === id) choose(DEFAULT_DATASET_ID);
  }, [client, state.dataset, choose, refreshList]);
  const forgetAll = useCallback(async () => {
    const count = (await ownDatasetStore().list()).length;
    await ownDatasetStore().clear();
    client.removeQueries({ predicate: (q) => q.queryKey[0] === "dataset" && String(q.queryKey[1]).startsWith("own-") });
    await refreshList();
    setNotice({ kind: "forgotten", count });
    if (state.dataset?.startsWith("own-")) choose(DEFAULT_DATASET_ID);
  }, [client, state.dataset, choose, refreshList]);
  const template = useCallback(() => downloadBlob(new Blob([templateCsv()], { type: "text/csv;charset=utf-8" }), "partnerships-template.csv"), []);
  return { notice, dismissNotice: () => setNotice(null), choose, onOpened, rename, remove, forgetAll, template };
}
