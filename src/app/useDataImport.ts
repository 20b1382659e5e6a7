/**
 * Opening a user's files: read them, check them in a Web Worker, then either show them at once
 * or, when something is wrong, hold the result until the user chooses. The dataset on screen does
 * not change until then. Nothing leaves the browser.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { ownDatasetListQuery, ownDatasetStore } from "../data/datasets/datasetQueries.ts";
import { localize } from "../data/datasets/manifest.ts";
import { newDatasetId } from "../data/datasets/ownDatasetId.ts";
import { MAX_FILE_BYTES } from "../data/import/fileLimits.ts";
import type { ImportResult, OpenedFile } from "../data/import/importFiles.ts";
import type { RunningImport } from "../data/import/runImport.ts";

export type ImportState =
  | { phase: "idle" }
  | { phase: "reading"; names: string[]; bytes: number; share: number }
  | { phase: "problems"; names: string[]; files: OpenedFile[]; result: ImportResult }
  | { phase: "failed"; names: string[]; message: string };

export interface ImportOutcome {
  id: string;
  links: number;
  /** False when the browser would not keep it: shown for this session only. */
  kept: boolean;
}

export function useDataImport(onOpened: (outcome: ImportOutcome) => void) {
  const client = useQueryClient();
  const [state, setState] = useState<ImportState>({ phase: "idle" });
  const running = useRef<RunningImport | null>(null);
  // Each open or cancel starts a new generation; a step that finds it has changed stops there.
  const generation = useRef(0);

  const accept = useCallback(
    async (files: OpenedFile[], result: ImportResult, partial: boolean, gen: number) => {
      const { dataset } = result;
      const id = dataset.manifest.id;
      if (gen !== generation.current) return;
      const store = await ownDatasetStore();
      const kept = await store.put({
        id,
        files,
        partial,
        savedAt: new Date().toISOString(),
        title: localize(dataset.manifest.title, "en"),
        citation: localize(dataset.manifest.citation, "en"),
      });
      if (gen !== generation.current) {
        // Cancelled while it was being kept: keep nothing.
        await store.remove(id);
        return;
      }
      client.setQueryData(["dataset", id], dataset);
      await client.invalidateQueries({ queryKey: ownDatasetListQuery().queryKey });
      setState({ phase: "idle" });
      onOpened({ id, links: dataset.links.length, kept });
    },
    [client, onOpened],
  );

  const openFiles = useCallback(
    async (list: FileList | File[]) => {
      const picked = [...list];
      if (picked.length === 0) return;
      running.current?.cancel();
      running.current = null;
      const gen = ++generation.current;
      const names = picked.map((f) => f.name);
      const bytes = picked.reduce((n, f) => n + f.size, 0);
      setState({ phase: "reading", names, bytes, share: 0 });
      try {
        // A file over the limit is refused by its size, without reading it into memory.
        const files = await Promise.all(
          picked.map(async (f) => ({
            name: f.name,
            size: f.size,
            bytes: f.size > MAX_FILE_BYTES ? new ArrayBuffer(0) : await f.arrayBuffer(),
          })),
        );
        // The worker's client is a chunk of its own, in the page since the idle prefetch.
        const { runImport } = await import("../data/import/runImport.ts");
        if (gen !== generation.current) return;
        const job = runImport(files, {
          id: newDatasetId(),
          today: new Date().toISOString().slice(0, 10),
          onProgress: (share) =>
            setState((s) => (s.phase === "reading" && gen === generation.current ? { ...s, share } : s)),
        });
        running.current = job;
        const result = await job.result;
        if (gen !== generation.current) return;
        running.current = null;
        if (result.issues.length === 0) await accept(files, result, false, gen);
        else setState({ phase: "problems", names, files, result });
      } catch (e) {
        if (gen !== generation.current) return;
        running.current = null;
        if (e instanceof DOMException && e.name === "AbortError") return;
        setState({ phase: "failed", names, message: e instanceof Error ? e.message : String(e) });
      }
    },
    [accept],
  );
  // Every failure ends in the "failed" state above, so nobody needs to await an open.
  const open = useCallback((list: FileList | File[]) => void openFiles(list), [openFiles]);

  const cancel = useCallback(() => {
    generation.current++;
    running.current?.cancel();
    running.current = null;
    setState({ phase: "idle" });
  }, []);

  const loadValid = useCallback(() => {
    if (state.phase === "problems") void accept(state.files, state.result, true, generation.current);
  }, [state, accept]);

  return { state, open, cancel, loadValid };
}
