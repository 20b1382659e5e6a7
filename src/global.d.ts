import type { Map as MapLibreMap } from "maplibre-gl";

declare global {
  interface Window {
    /** The live map, for the browser tests' queryRenderedFeatures; set once it has loaded. */
    __atlasMap?: MapLibreMap;
  }
}
