/**
 * Where the atlas's own files are, relative to the page: read by the queries (queries.ts) and
 * preloaded by the page's HTML (scripts/vite/preloadDataPlugin.ts), which must name the same files.
 */
export const WORLD_PATH = "geo/world.topo.json";
export const dataPath = (name: string): string => `data/${name}`;
export const DATASET_INDEX_PATH = dataPath("index.json");
