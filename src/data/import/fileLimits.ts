/**
 * The largest file an import takes, in a module of its own: the page checks it before starting
 * the worker, and importing importFiles.ts for it would bring the CSV parser into the first load.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
