/**
 * The one-file atlas's twin of mapWorkerUrl.ts: MapLibre's worker is embedded as text and offered
 * at a blob: address, as a file:// page cannot start a worker from a file. (On such a page
 * MapLibre reads that address back and starts the worker from data:; see singleFilePolicy.)
 */
import workerSource from "maplibre-gl/dist/maplibre-gl-worker.mjs?raw";

export const mapWorkerUrl: string = URL.createObjectURL(new Blob([workerSource], { type: "text/javascript" }));
