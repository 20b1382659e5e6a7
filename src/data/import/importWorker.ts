/**
 * Parsing and checking of a user's files, off the page's thread: a 100,000-row file must not
 * freeze the menus or Escape. Messages: in, an ImportRequest; out, progress and then the result.
 * The bundled datasets are checked here too, so the page's first load carries no CSV parser and
 * no schemas (issue #9).
 */
import "../zodConfig.ts";
import type { DatasetFiles } from "../dataset.ts";
import { validateDataset } from "../validateDataset.ts";
import { importFiles, type OpenedFile } from "./importFiles.ts";

export type ImportRequest =
  /** `job`: which import a message answers; the worker serves one page for its whole life. */
  | { job: number; kind: "files"; files: OpenedFile[]; id: string; today: string }
  /** The files of a bundled dataset, fetched by the page, to be checked as validateDataset does. */
  | { job: number; kind: "dataset"; dataset: DatasetFiles };

export type ImportMessage =
  | { job: number; type: "progress"; share: number }
  | { job: number; type: "done"; result: Awaited<ReturnType<typeof importFiles>> }
  | { job: number; type: "failed"; message: string };

const post = (m: ImportMessage) => (self as unknown as { postMessage(m: ImportMessage): void }).postMessage(m);

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  const { job } = request;
  let last = 0;
  try {
    if (request.kind === "dataset") {
      const { dataset, issues } = validateDataset(request.dataset);
      return post({ job, type: "done", result: { dataset, issues, rows: dataset.links.length } });
    }
    const { files, id, today } = request;
    const result = await importFiles(files, {
      id,
      today,
      onProgress: (share) => {
        const now = performance.now();
        if (now - last < 80) return;
        last = now;
        post({ job, type: "progress", share });
      },
    });
    post({ job, type: "done", result });
  } catch (e) {
    post({ job, type: "failed", message: e instanceof Error ? e.message : String(e) });
  }
};
