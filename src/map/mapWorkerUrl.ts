/**
 * Where MapLibre starts its worker: the worker file Vite emits beside the page. The one-file
 * build swaps this for mapWorkerUrl.single.ts, which carries the worker inside the page.
 */
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";

export const mapWorkerUrl: string = workerUrl;
