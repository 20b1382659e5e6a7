/**
 * Starts the two requests every visit makes, the world layer and the dataset index, while the
 * page's scripts are still loading, not after they have run and React has rendered (issue #9):
 * the map cannot be made before the world layer is in. `crossorigin` gives the preload the same
 * credentials mode as the app's fetch (same-origin), so the browser hands that fetch the preload.
 * Not in the one-file build, which carries these files inside the page.
 */
import type { HtmlTagDescriptor, Plugin } from "vite";
import { DATASET_INDEX_PATH, WORLD_PATH } from "../../src/data/dataPaths.ts";

/** As the app asks for them (src/data/queries.ts): relative to the page, as the base is "./". */
export const PRELOADED = [WORLD_PATH, DATASET_INDEX_PATH].map((path) => `./${path}`);

export function preloadDataPlugin(): Plugin {
  return {
    name: "atlas-preload-data",
    apply: "build",
    transformIndexHtml: (): HtmlTagDescriptor[] =>
      PRELOADED.map((href) => ({
        tag: "link",
        attrs: { rel: "preload", href, as: "fetch", crossorigin: "" },
        injectTo: "head",
      })),
  };
}
