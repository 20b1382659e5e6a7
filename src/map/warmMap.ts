/**
 * A map started as soon as the world layer is in, while the dataset is still being fetched and
 * checked: MapLibre's workers start, the countries are laid out and their shaders compiled in the
 * meantime instead of after. MapView then adopts it (moves its element into place) rather than
 * starting from nothing; a map nobody adopts is removed after a while.
 */
import { Map as MapLibreMap, type MapOptions, type StyleSpecification } from "maplibre-gl";
import type { FeatureCollection } from "geojson";
import type { WorldLayer } from "../geo/worldLayer.ts";
import type { Palette } from "../scales/colors.ts";
import { HATCH_IMAGE, SOURCE, atlasStyle } from "./layers.ts";
import { hatchImage } from "./hatchImage.ts";

/** What every atlas map shares, whether started early or by MapView. */
export const MAP_OPTIONS = {
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
} satisfies Partial<MapOptions>;

/** Adds the hatch pattern when the style first asks for it, in the palette of the moment. */
export function provideHatch(map: MapLibreMap, hatchColor: () => string): void {
  map.on("styleimagemissing", (e: { id: string }) => {
    if (e.id === HATCH_IMAGE && !map.hasImage(HATCH_IMAGE))
      map.addImage(HATCH_IMAGE, hatchImage(hatchColor()), { pixelRatio: 2 });
  });
}

/**
 * In the Southern Ocean: the early map looks here (unseen) so the stand-ins below are drawn, and
 * off the screen of any view that shows the partnerships, where they last until the first sync.
 */
const AWAY: [number, number] = [0, -60];
const point = (properties: Record<string, unknown>): FeatureCollection => ({
  type: "FeatureCollection",
  features: [{ type: "Feature", properties, geometry: { type: "Point", coordinates: AWAY } }],
});
const line = (properties: Record<string, unknown>) => ({
  type: "Feature" as const,
  properties: { ms: "", partner: "", framework: "", color: "#000000", count: 1, ...properties },
  geometry: { type: "LineString" as const, coordinates: [AWAY, [10, -60]] },
});

/**
 * The style with a stand-in for each kind of line, dot and label, so that MapLibre compiles their
 * shaders (slow on software WebGL) and renders the label glyphs while the dataset is still being
 * checked, rather than in the first frame with data. The lines have no feature state, so they are
 * drawn with no width; the rest is off the adopted map's screen, and all of it goes at the first sync.
 */
function primedStyle(world: WorldLayer, palette: Palette): StyleSpecification {
  const style = atlasStyle(world, palette);
  const arcs: FeatureCollection = {
    type: "FeatureCollection",
    features: [
      line({ tentative: false, participation: false }),
      line({ tentative: true, participation: false }),
      line({ tentative: false, participation: true }),
    ],
  };
  const glyphs = "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz-'().,ÉÎÖÜçéèêëàâäîïôöûüœñåøßãõí";
  const primed: Record<string, FeatureCollection> = {
    [SOURCE.arcs]: arcs,
    [SOURCE.dots]: point({ id: "", kind: "small", fill: "#000000", selected: false }),
    [SOURCE.labels]: point({ id: "", name: glyphs, selected: false, rank: 0 }),
  };
  const sources = Object.fromEntries(
    Object.entries(style.sources).map(([id, source]) => {
      const data = primed[id];
      return [id, data && source.type === "geojson" ? { ...source, data } : source];
    }),
  );
  return { ...style, sources };
}

export interface WarmMap {
  map: MapLibreMap;
  /** The element MapLibre draws into: moved into MapView's frame when adopted. */
  element: HTMLDivElement;
  world: WorldLayer;
  /** Whether "load" has fired already (it fires once, maybe before adoption). */
  loaded: boolean;
}

/** Long enough for a large dataset to be checked; a map not adopted by then holds memory for nothing. */
const UNCLAIMED_MS = 60_000;
let warm: WarmMap | null = null;

export function warmUpMap(world: WorldLayer, palette: Palette): void {
  if (warm || typeof document === "undefined") return;
  const element = document.createElement("div");
  element.className = "map-warming";
  element.setAttribute("aria-hidden", "true");
  document.body.append(element);
  let map: MapLibreMap;
  try {
    map = new MapLibreMap({
      container: element,
      style: primedStyle(world, palette),
      center: AWAY,
      zoom: 1,
      ...MAP_OPTIONS,
    });
  } catch {
    // No WebGL here: MapView meets the same failure on its own terms.
    element.remove();
    return;
  }
  provideHatch(map, () => palette.hatch);
  const entry: WarmMap = { map, element, world, loaded: false };
  map.once("load", () => (entry.loaded = true));
  warm = entry;
  window.setTimeout(() => {
    if (warm !== entry) return;
    warm = null;
    map.remove();
    element.remove();
  }, UNCLAIMED_MS);
}

/** The early map, if one was started for this world layer; it is the caller's from now on. */
export function takeWarmMap(world: WorldLayer): WarmMap | null {
  const w = warm;
  if (!w || w.world !== world) return null;
  warm = null;
  w.element.className = "map-canvas";
  w.element.removeAttribute("aria-hidden");
  return w;
}
