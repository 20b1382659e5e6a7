/**
 * Props into map calls, doing only what changed since the map's last sync. Geometry is uploaded
 * once per set of flows; a filter, selection or palette then changes the flow layer's texture (two
 * texels per flow), the countries' feature state and paint values that are constant per palette,
 * so MapLibre neither re-parses the lines nor re-lays-out the countries. MapView and the deck
 * export share it.
 */
import type { GeoJSONSource, Map as MapLibreMap, PointLike } from "maplibre-gl";
import type { FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import type { Flows } from "../geo/flows.ts";
import type { DotProps, LabelProps } from "../geo/pointFeatures.ts";
import type { WorldLayer } from "../geo/worldLayer.ts";
import type { Palette } from "../scales/colors.ts";
import { flowMesh } from "../geo/flowMesh.ts";
import { COUNTRY_STATE, LAYER, SOURCE, type InitialData } from "./layers.ts";
import { hatchTriangles } from "../geo/hatchTriangles.ts";
import type { HatchLayer } from "./HatchLayer.ts";
import { onDemand } from "../app/onDemand.ts";
import { FlowLayer } from "./FlowLayer.ts";
import type { PlaceLayer } from "./PlaceLayer.ts";
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
  /** The map's dots and labels, added once its code is in (loadPlaceLayer). */
  placeLayer: PlaceLayer | null;
  /** The hatching of the Member States that did not answer, added on the first sync. */
  hatchLayer: HatchLayer | null;
  /** The hatched countries as last sent, sorted and joined. */
  hatched: string | null;
  /** The world layer of the latest sync, for the hatch layer when it arrives. */
  world: WorldLayer | null;
  /** The latest picture's places, for the place layer when it arrives; set once it is asked for. */
  places: MapPicture | null;
  /** Each country's fill as last set, keyed by alpha-3. */
  countries: Map<string, string>;
  /** The codes of the countries copied into each polygon source (selection, gaps), sorted and joined. */
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
      placeLayer: null,
      hatchLayer: null,
      hatched: null,
      world: null,
      places: null,
      countries: new Map(),
      polygons: new Map(),
    };
    synced.set(map, s);
  }
  return s;
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
  synced.get(map)?.placeLayer?.release();
  synced.get(map)?.hatchLayer?.release();
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
 * The place layer's code, a chunk of its own that the map asks for as it is made (createMap.ts),
 * as MapLibre's worker starts: it arrives while the worker lays out the first tiles. Asked again
 * after a failure (the network lost).
 */
const placeCode = onDemand(() => import("./PlaceLayer.ts"));
export const loadPlaceLayer = placeCode.load;

/** The dots and labels of `p` to the map's place layer; the layer is added on top once its code is in. */
function syncPlaces(map: MapLibreMap, p: MapPicture) {
  const s = syncedOf(map);
  const asked = s.places !== null;
  s.places = p;
  const layer = s.placeLayer;
  if (layer) {
    const pal = p.palette;
    layer.setStyle({ text: pal.labelText, halo: pal.labelHalo, outline: pal.outline, size: pal.labelSize });
    layer.setPlaces(p.dots, p.labels);
  } else if (!asked)
    loadPlaceLayer().then(
      ({ PlaceLayer, HatchLayer }) => {
        // Not for a map removed, or a style rebuilt (forgetSync), meanwhile: their own sync asks again.
        if (synced.get(map) !== s || !isStyleReady(map)) return;
        s.placeLayer = new PlaceLayer(LAYER.places);
        map.addLayer(s.placeLayer);
        // The hatching comes in the same chunk, over the fills.
        s.hatchLayer = new HatchLayer(LAYER.countryHatch);
        map.addLayer(s.hatchLayer, LAYER.selectedOutline);
        syncHatch(map, s.places ?? p);
        syncPlaces(map, s.places ?? p);
      },
      (e: unknown) => {
        // The map goes on without dots and labels (a frame, so that idle says it is drawn); the next sync asks again.
        s.places = null;
        console.error(e);
        map.triggerRepaint();
      },
    );
}

/** Whether the place layer's code is on its way: until it is in, the map shows no dots or labels. */
export function placesPending(map: MapLibreMap): boolean {
  const s = synced.get(map);
  return s !== undefined && s.places !== null && s.placeLayer === null;
}

/** The place whose dot is at `point` (CSS pixels in the map), if any. */
export const dotAt = (map: MapLibreMap, point: PointLike): string | null =>
  synced.get(map)?.placeLayer?.dotAt(point) ?? null;

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
 * Every country's state, and the places' dots and labels, from the picture; `world` lists the
 * countries so that none keeps a stale fill.
 */
export function syncStyle(map: MapLibreMap, p: MapPicture, world: WorldLayer) {
  const pal = p.palette;
  // Constant per palette: MapLibre skips a value equal to the one it has, so a filter costs nothing here.
  map.setPaintProperty(LAYER.background, "background-color", pal.water);
  map.setPaintProperty(LAYER.countryFill, "fill-outline-color", pal.border);
  map.setPaintProperty(LAYER.selectedOutline, "line-color", pal.outline);
  syncPlaces(map, p);
  const s = syncedOf(map);
  s.world = world;
  syncHatch(map, p);
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

/**
 * Who did not answer, to the hatch layer (once it is in, with the place layer's chunk): fixed per
 * dataset, their polygons go to the GPU once; the colour follows the palette.
 */
function syncHatch(map: MapLibreMap, p: MapPicture) {
  const s = syncedOf(map);
  const layer = s.hatchLayer;
  if (!layer || !s.world) return;
  layer.setColor(p.palette.hatch);
  const hatched = polygonKey(p.hatched);
  if (s.hatched === hatched) return;
  s.hatched = hatched;
  layer.setTriangles(hatchTriangles(polygons(p.hatched, s.world).features));
}

/** The polygon sources' countries: the selected and the gaps. */
const polygonCodes = (p: MapPicture): [string, readonly string[]][] => [
  [SOURCE.selection, p.selected ? [p.selected] : []],
  [SOURCE.gaps, p.gaps ?? []],
];
const polygonKey = (codes: readonly string[]) => [...codes].sort().join();

function polygons(codes: readonly string[], world: WorldLayer): FeatureCollection<Polygon | MultiPolygon> {
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
  const [selection, gaps] = polygonCodes(p).map(([, codes]) => polygons(codes, world));
  return { selection, gaps, arcs: p.flows.lines };
}

/** For a map whose style came with initialData(p): its sources hold p's data, which no sync sends again. */
export function syncedFromStyle(map: MapLibreMap, p: MapPicture) {
  const s = syncedOf(map);
  s.lines = p.flows.lines;
  for (const [source, codes] of polygonCodes(p)) s.polygons.set(source, polygonKey(codes));
}
