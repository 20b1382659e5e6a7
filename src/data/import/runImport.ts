/**
 * Runs imports in one Web Worker that is started once the first screen is idle (with the lazy
 * parts' prefetch), so that opening a file makes no request at all: the worker's script is
 * already loaded. Several imports may be under way (a file
 * being opened while a kept dataset reloads); each waits for its own answer.
 */
import { createImportWorker } from "./createImportWorker.ts";
import type { DatasetFiles } from "../dataset.ts";
import type { ImportResult, OpenedFile } from "./importFiles.ts";
import type { ImportMessage, ImportRequest } from "./importWorker.ts";

export interface RunningImport {
  result: Promise<ImportResult>;
  cancel(): void;
}

interface Pending {
  resolve(r: ImportResult): void;
  reject(e: Error): void;
  onProgress?(share: number): void;
}

let worker: Worker | null = null;
let jobs = 0;
const pending = new Map<number, Pending>();

function importWorker(): Worker {
  if (worker) return worker;
  const w = createImportWorker();
  w.onmessage = (e: MessageEvent<ImportMessage>) => {
    const m = e.data;
    const job = pending.get(m.job);
    if (!job) return;
    if (m.type === "progress") return job.onProgress?.(m.share);
    pending.delete(m.job);
    if (m.type === "done") job.resolve(m.result);
    else job.reject(new Error(m.message));
  };
  // A crash ends every import under way, not only the newest.
  w.onerror = (e) => stop(new Error(e.message || "The import stopped unexpectedly."));
  worker = w;
  return w;
}

function stop(reason: Error) {
  worker?.terminate();
  worker = null;
  for (const job of pending.values()) job.reject(reason);
  pending.clear();
}

/** Starts the worker ahead of need (at the idle prefetch), so the first file opens without fetching it. */
export function prewarmImportWorker(): void {
  try {
    if (typeof Worker !== "undefined") importWorker();
  } catch {
    // Without a worker the first import reports why; the atlas itself keeps working.
  }
}

export function runImport(files: OpenedFile[], options: { id: string; today: string; onProgress?(share: number): void }): RunningImport {
  const job = ++jobs;
  const result = new Promise<ImportResult>((resolve, reject) => {
    pending.set(job, { resolve, reject, onProgress: options.onProgress });
  });
  try {
    const request: ImportRequest = { job, kind: "files", files, id: options.id, today: options.today };
    importWorker().postMessage(request);
  } catch (e) {
    pending.get(job)?.reject(e instanceof Error ? e : new Error(String(e)));
    pending.delete(job);
  }
  return {
    result,
    cancel() {
      const mine = pending.get(job);
      if (!mine) return;
      // Stop the work itself when nothing else waits on the worker; else only stop waiting for it.
      if (pending.size === 1) stop(new DOMException("Cancelled", "AbortError"));
      else {
        pending.delete(job);
        mine.reject(new DOMException("Cancelled", "AbortError"));
      }
    },
  };
}

/**
 * validateDataset for a bundled dataset's files, in the worker: its parser and schemas stay out of
 * the page's first load. Where no worker starts (tests in Node, a refused worker) the page checks
 * the files itself, from a chunk loaded then, with the same result.
 */
export async function validateInWorker(files: DatasetFiles): Promise<Pick<ImportResult, "dataset" | "issues">> {
  let w: Worker | null = null;
  try {
    if (typeof Worker !== "undefined") w = importWorker();
  } catch {
    w = null;
  }
  if (!w) {
    // zod's CSP-safe mode first, as the worker sets it (zodConfig.ts says why).
    await import("../zodConfig.ts");
    const { validateDataset } = await import("../validateDataset.ts");
    return validateDataset(files);
  }
  const job = ++jobs;
  const result = new Promise<ImportResult>((resolve, reject) => pending.set(job, { resolve, reject }));
  const request: ImportRequest = { job, kind: "dataset", dataset: files };
  w.postMessage(request);
  return result;
}
