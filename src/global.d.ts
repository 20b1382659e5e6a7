import type { Map as MapLibreMap } from "maplibre-gl";

declare global {
  interface Window {
    /** The live map, for the browser tests' queryRenderedFeatures; set once it has loaded. */
    __atlasMap?: MapLibreMap;
  }
}

declare global {
  interface ImportMetaEnv {
    /** The build's check id (scripts/vite/checkId.ts), written in by dataFilesPlugin. */
    readonly VITE_ATLAS_CHECK_ID?: string;
  }
}
