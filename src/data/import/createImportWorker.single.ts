/**
 * The one-file atlas's twin of createImportWorker.ts: Vite inlines the worker (and the .xlsx
 * reader it imports) into the page and starts it from a blob: address, as a classic worker
 * (vite.single.config.ts says why); a file:// page cannot start a worker from a file.
 */
import ImportWorker from "./importWorker.ts?worker&inline";

export function createImportWorker(): Worker {
  return new ImportWorker({ name: "atlas-import" });
}
