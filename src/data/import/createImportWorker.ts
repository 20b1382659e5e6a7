/**
 * Starts the import worker from its own file beside the page. The one-file build swaps this for
 * createImportWorker.single.ts, which carries the worker inside the page.
 */
export function createImportWorker(): Worker {
  return new Worker(new URL("./importWorker.ts", import.meta.url), { type: "module", name: "atlas-import" });
}
