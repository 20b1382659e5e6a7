/**
 * Props into map calls, doing only what changed since the map's last sync. Geometry is uploaded
 * once per set of flows; a filter, selection or palette then changes the flow layer's texture (two
 * texels per flow), the countries' feature state and paint values that are constant per palette,
 * so MapLibre neither re-parses the lines nor re-lays-out the countries. MapView and the deck
 * export share it.
 */
import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import type { FeatureCollection, Point } from "geojson";
import type { Flows } from "../geo/flows.ts";
import type { DotProps, LabelProps } from "../geo/pointFeatures.ts";
import type { WorldLayer } from "../geo/worldLayer.ts";
import type { Palette } from "../scales/colors.ts";
import { flowMesh } from "../geo/flowMesh.ts";
import { COUNTRY_STATE, HATCH_IMAGE, LAYER, SOURCE, type InitialData } from "./layers.ts";
import { hatchImage } from "./hatchImage.ts";
import { FlowLayer } from "./FlowLayer.ts";
import { flowTexels } from "./flowStyle.ts";

/** What a drawing of the map needs: the data and the palette. */
export interface MapPicture {
  flows: Flows;
  /** Shown links per flow, by flow index (src/geo/flows.ts shownPerFlow). */
  counts: Uint32Array;
  dots: FeatureCollection<Point, DotProps>;
  labels: FeatureCollection<Point, LabelProps>;
  fills: Map<string, string>;
  hatched: string[];
  /** Member States marked as having no link on the chosen focus areas. */
  gaps?: string[];
  selected: string | null;
  palette: Palette;
}

/** What this map was last given, so the next sync sends only the difference. */
interface Synced {
  flows: Flows | null;
  /** The lines last sent to the hit layer's source. */
  lines: Flows["lines"] | null;
  /** The map's flow layer, added on the first sync. */
  flowLayer: FlowLayer | null;
  dots: MapPicture["dots"] | null;
  labels: MapPicture["labels"] | null;
  /** Each country's fill as last set, keyed by alpha-3. */
  countries: Map<string, string>;
  hatch: string | null;
  /** The codes of the countries copied into each polygon source (hatch, selection, gaps), sorted and joined. */
  polygons: Map<string, string>;
}

const synced = new WeakMap<MapLibreMap, Synced>();

function syncedOf(map: MapLibreMap): Synced {
  let s = synced.get(map);
  if (!s) {
    s = {
      flows: null,
      lines: null,
      flowLayer: null,
      dots: null,
      labels: null,
      countries: new Map(),
      hatch: null,
      polygons: new Map(),
    };
    synced.set(map, s);
  }
  return s;
}

/**
 * Sends the dots and labels if they changed (a few hundred points, laid out in MapLibre's worker).
 * Resolves when the worker has them and their tiles are being laid out; null if nothing was sent.
 */
export function syncPoints(map: MapLibreMap, p: MapPicture): Promise<unknown> | null {
  const s = syncedOf(map);
  const sent: Promise<void>[] = [];
  // Labels first: they take longest in MapLibre's worker (a 10,000-link filter is about a tenth faster).
  if (s.labels !== p.labels) sent.push((map.getSource(SOURCE.labels) as GeoJSONSource).setData(p.labels));
  if (s.dots !== p.dots) sent.push((map.getSource(SOURCE.dots) as GeoJSONSource).setData(p.dots));
  s.dots = p.dots;
  s.labels = p.labels;
  return sent.length > 0 ? Promise.all(sent) : null;
}

/**
 * Whether MapLibre's style is in place to be synced: not while it rebuilds one after a lost WebGL
 * context or restarted workers (MapView then sends everything again on "style.load").
 */
export function isStyleReady(map: MapLibreMap): boolean {
  const style = map.style as MapLibreMap["style"] | null | undefined;
  return style?._loaded === true;
}

/**
 * Forgets what `map` was given, so that the next sync sends everything: for a style MapLibre has
 * rebuilt (after a lost WebGL context), which has no flow layer and no feature state.
 */
export function forgetSync(map: MapLibreMap) {
  synced.get(map)?.flowLayer?.release();
  synced.delete(map);
}

const failureListeners = new WeakMap<MapLibreMap, () => void>();

/** `listener` hears when the flow layers of `map` cannot draw here (their shaders would not compile). */
export function onFlowsFailed(map: MapLibreMap, listener: () => void) {
  failureListeners.set(map, listener);
}

/** The flow layer of `map`, added under the hit layer on first use. */
export function flowLayerOf(map: MapLibreMap): FlowLayer {
  const s = syncedOf(map);
  if (!s.flowLayer) {
    s.flowLayer = new FlowLayer(LAYER.flows, () => failureListeners.get(map)?.());
    map.addLayer(s.flowLayer, LAYER.arcsHit);
  }
  return s.flowLayer;
}

/**
 * The flows' geometry, once per set of flows: to the flow layer, and to the hit layer's source for
 * the pointer. Then each flow's texels: shown links, emphasis and palette, a few kilobytes.
 */
export function syncFlows(map: MapLibreMap, p: MapPicture) {
  const s = syncedOf(map);
  const layer = flowLayerOf(map);
  if (s.flows !== p.flows) {
    // setData resolves once the worker has the lines; nothing waits for it (idle says when it is drawn).
    if (s.lines !== p.flows.lines) void (map.getSource(SOURCE.arcs) as GeoJSONSource).setData(p.flows.lines);
    s.lines = p.flows.lines;
    layer.setMesh(flowMesh(p.flows));
    s.flows = p.flows;
  }
  layer.setState(flowTexels(p.flows, p.counts, p.selected), p.counts, p.palette.arcWidth);
}

/**
 * The points and the flows at once, the points not awaited: for a map's first sync, and for a map
 * drawn off screen, which then waits for idle.
 */
export function syncData(map: MapLibreMap, p: MapPicture) {
  void syncPoints(map, p);
  syncFlows(map, p);
}

/** Every country's state from the picture; `world` lists them so that none keeps a stale fill. */
export function syncStyle(map: MapLibreMap, p: MapPicture, world: WorldLayer) {
  const pal = p.palette;
  // Constant per palette: MapLibre skips a value equal to the one it has, so a filter costs nothing here.
  map.setPaintProperty(LAYER.background, "background-color", pal.water);
  map.setPaintProperty(LAYER.countryFill, "fill-outline-color", pal.border);
  map.setPaintProperty(LAYER.selectedOutline, "line-color", pal.outline);
  map.setPaintProperty(LAYER.labels, "text-color", pal.labelText);
  map.setPaintProperty(LAYER.labels, "text-halo-color", pal.labelHalo);
  map.setLayoutProperty(LAYER.labels, "text-size", ["case", ["get", "selected"], pal.labelSize + 3, pal.labelSize]);
  map.setPaintProperty(LAYER.dots, "circle-stroke-color", ["case", ["get", "selected"], pal.outline, pal.labelText]);
  const s = syncedOf(map);
  if (map.hasImage(HATCH_IMAGE) && s.hatch !== pal.hatch) {
    map.updateImage(HATCH_IMAGE, hatchImage(pal.hatch));
    s.hatch = pal.hatch;
  }
  // A few polygons each, copied when they change: the countries' own source is never re-uploaded for them.
  for (const [source, codes] of polygonCodes(p)) syncPolygons(map, source, codes, world);
  for (const f of world.countries.features) {
    const id = f.properties.iso3;
    if (!id) continue;
    const fill = p.fills.get(id) ?? pal.land;
    if (s.countries.get(id) === fill) continue;
    s.countries.set(id, fill);
    map.setFeatureState({ source: SOURCE.countries, id }, { [COUNTRY_STATE.fill]: fill });
  }
}

/** The polygon sources' countries: the hatched, the selected and the gaps. */
const polygonCodes = (p: MapPicture): [string, readonly string[]][] => [
  [SOURCE.hatch, p.hatched],
  [SOURCE.selection, p.selected ? [p.selected] : []],
  [SOURCE.gaps, p.gaps ?? []],
];
const polygonKey = (codes: readonly string[]) => [...codes].sort().join();

function polygons(codes: readonly string[], world: WorldLayer): FeatureCollection {
  const wanted = new Set(codes);
  return { type: "FeatureCollection", features: world.countries.features.filter((f) => wanted.has(f.properties.iso3)) };
}

/** The polygons of the countries `codes` into `source`, when the list has changed. */
function syncPolygons(map: MapLibreMap, source: string, codes: readonly string[], world: WorldLayer) {
  const s = syncedOf(map);
  const key = polygonKey(codes);
  if (s.polygons.get(source) === key) return;
  s.polygons.set(source, key);
  void (map.getSource(source) as GeoJSONSource).setData(polygons(codes, world));
}

/**
 * A picture's data for a new map's style (atlasStyle): every source starts with its data, and
 * MapLibre's worker lays each out once instead of once empty and again when the first sync fills it.
 */
export function initialData(p: MapPicture, world: WorldLayer): InitialData {
  const [hatch, selection, gaps] = polygonCodes(p).map(([, codes]) => polygons(codes, world));
  return { hatch, selection, gaps, arcs: p.flows.lines, dots: p.dots, labels: p.labels };
}

/** For a map whose style came with initialData(p): its sources hold p's data, which no sync sends again. */
export function syncedFromStyle(map: MapLibreMap, p: MapPicture) {
  const s = syncedOf(map);
  s.lines = p.flows.lines;
  s.dots = p.dots;
  s.labels = p.labels;
  for (const [source, codes] of polygonCodes(p)) s.polygons.set(source, polygonKey(codes));
}
