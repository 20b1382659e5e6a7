/**
 * Runs imports in one Web Worker that is started with the page, so that opening a file makes no
 * request at all: the worker's script is already loaded. Cancelling ends the worker at once; the
 * next import starts a fresh one.
 */
import type { ImportResult, OpenedFile } from "./importFiles.ts";
import type { ImportMessage, ImportRequest } from "./importWorker.ts";

export interface RunningImport {
  result: Promise<ImportResult>;
  cancel(): void;
}

let worker: Worker | null = null;
let jobs = 0;

function importWorker(): Worker {
  worker ??= new Worker(new URL("./importWorker.ts", import.meta.url), { type: "module", name: "atlas-import" });
  return worker;
}

/** Starts the worker ahead of need (at page load), so the first file opens without fetching it. */
export function prewarmImportWorker(): void {
  if (typeof Worker !== "undefined") importWorker();
}

export function runImport(files: OpenedFile[], options: { id: string; today: string; onProgress?(share: number): void }): RunningImport {
  const w = importWorker();
  const job = ++jobs;
  let rejectJob: ((e: Error) => void) | undefined;
  const result = new Promise<ImportResult>((resolve, reject) => {
    rejectJob = reject;
    const onMessage = (e: MessageEvent<ImportMessage>) => {
      const m = e.data;
      if (m.job !== job) return;
      if (m.type === "progress") return options.onProgress?.(m.share);
      w.removeEventListener("message", onMessage);
      if (m.type === "done") resolve(m.result);
      else reject(new Error(m.message));
    };
    w.addEventListener("message", onMessage);
    w.onerror = (e) => {
      worker = null;
      w.terminate();
      reject(new Error(e.message || "The import stopped unexpectedly."));
    };
  });
  const request: ImportRequest = { job, files, id: options.id, today: options.today };
  w.postMessage(request);
  return {
    result,
    cancel() {
      if (worker === w) worker = null;
      w.terminate();
      rejectJob?.(new DOMException("Cancelled", "AbortError"));
    },
  };
}
