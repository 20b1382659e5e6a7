/** The MapLibre map as the atlas sets it up: MapView makes one per map view. */
import { Map as MapLibreMap, NavigationControl, prewarm, setWorkerUrl } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import type { WorldLayer } from "../geo/worldLayer.ts";
import type { Palette } from "../scales/colors.ts";
import type { Camera } from "../state/urlState.ts";
import { atlasStyle, type InitialData } from "./layers.ts";
import { mapWorkerUrl } from "./mapWorkerUrl.ts";
import { loadPlaceLayer } from "./syncMap.ts";

setWorkerUrl(mapWorkerUrl);
// MapLibre's worker loads and starts while the page fetches the world layer and checks the dataset.
prewarm();

export interface MapStart {
  world: WorldLayer;
  palette: Palette;
  /** The sources' first data, laid out once by MapLibre's worker (layers.ts atlasStyle). */
  data: InitialData;
  camera: Camera | null;
  homeBounds: [number, number, number, number];
  homePadding: { top: number; right: number; bottom: number; left: number };
}

export function createMap(container: HTMLElement, start: MapStart): MapLibreMap {
  const { camera, homeBounds, homePadding } = start;
  const map = new MapLibreMap({
    container,
    style: atlasStyle(start.world, start.palette, start.data),
    ...(camera
      ? { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom }
      : { bounds: homeBounds, fitBoundsOptions: { padding: homePadding } }),
    attributionControl: false,
    renderWorldCopies: false,
    maxZoom: 8,
    minZoom: 0.5,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
    // Labels appear at once: a 300 ms fade after every filter keeps the map busy (and not idle)
    // for nothing a projector audience would miss.
    fadeDuration: 0,
  });
  // The dots' and labels' code arrives while the worker lays out the first tiles (syncMap.ts).
  loadPlaceLayer().catch(() => undefined);
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  // Top left, over the Atlantic at the home view: the legend has the right-hand side to its full height.
  map.addControl(new NavigationControl({ showCompass: false }), "top-left");
  return map;
}
