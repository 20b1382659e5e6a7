/**
 * Turns world-atlas's 1:50m countries into the atlas's world layer: polygons keyed by
 * ISO alpha-3, cut at the antimeridian so MapLibre draws them without horizontal bands,
 * and one anchor point per country where arcs start and end and small states can be clicked.
 */
import { geoEquirectangular } from "d3-geo";
import { geoProject } from "d3-geo-projection";
import polylabel from "polylabel";
import { feature, quantize } from "topojson-client";
import { topology } from "topojson-server";
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from "geojson";
import type { Objects, Topology, GeometryCollection } from "topojson-specification";
import { simplifyTopology } from "./simplifyTopology.ts";

/** Only the code: the names the atlas shows come from i18n-iso-countries (englishNames.ts), not the source. */
export interface CountryProps {
  iso3: string;
}
export interface AnchorProps {
  iso3: string;
  /** Largest polygon smaller than this many square degrees: drawn as a dot so it stays visible. */
  small: boolean;
}

/**
 * Shapes Natural Earth gives no ISO code. Kosovo is XKX in the data contract; Somaliland and
 * Northern Cyprus are drawn as parts of Somalia and Cyprus, the states the source names.
 */
const BY_NAME: Record<string, string> = { Kosovo: "XKX", Somaliland: "SOM", "N. Cyprus": "CYP" };

/**
 * Anchors chosen by hand where the visual centre of the largest polygon would mislead:
 * Russia's lies deep in Siberia, but every link in the source concerns European Russia.
 */
export const ANCHOR_OVERRIDES: Record<string, Position> = { RUS: [38.5, 55.5] };

const SMALL_AREA_SQ_DEG = 2;

/**
 * How far the layer is thinned. The map opens on the world or on Europe and Africa (zoom 1–5),
 * where a pixel is 0.02–0.35° wide; at zoom 8 (the limit) coasts read a little angular.
 */
export interface Detail {
  /** Islands smaller than this (square degrees) are dropped, except a country's largest polygon. */
  speckArea: number;
  /** Visvalingam threshold in square Mercator degrees: about one pixel's area at zoom 4. */
  minArea: number;
  /** Grid of the output's integer coordinates, per axis: 2e4 is 0.018° of longitude, under a pixel at zoom 5. */
  quantization: number;
}
export const DEFAULT_DETAIL: Detail = { speckArea: 0.004, minArea: 0.002, quantization: 2e4 };

/** Equirectangular with scale 180/π maps lon/lat onto itself, but d3 clips at ±180° on the way. */
const antimeridianCut = geoEquirectangular()
  .scale(180 / Math.PI)
  .translate([0, 0])
  .reflectY(true)
  .precision(0);

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xj = 0, yj = 0] = ring[j] ?? [];
    const [xi = 0, yi = 0] = ring[i] ?? [];
    sum += (xj - xi) * (yj + yi);
  }
  return Math.abs(sum) / 2;
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

function largestPolygon(features: Feature<Polygon | MultiPolygon>[]): { rings: Position[][]; area: number } {
  let best: { rings: Position[][]; area: number } = { rings: [], area: -1 };
  for (const f of features) {
    for (const rings of polygonsOf(f.geometry)) {
      const area = ringArea(rings[0] ?? []) - rings.slice(1).reduce((a, r) => a + ringArea(r), 0);
      if (area > best.area) best = { rings, area };
    }
  }
  return best;
}

export function iso3For(
  numericId: string | number | undefined,
  name: string,
  numericToAlpha3: (id: string) => string | undefined,
): string {
  if (numericId !== undefined && numericId !== "") return numericToAlpha3(String(numericId)) ?? "";
  return BY_NAME[name] ?? "";
}

export function buildWorld(
  source: Topology,
  numericToAlpha3: (id: string) => string | undefined,
  detail: Detail = DEFAULT_DETAIL,
): Topology {
  const raw = feature(source, source.objects.countries as GeometryCollection<{ name: string }>) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const countries: Feature<Polygon | MultiPolygon, CountryProps>[] = raw.features.map((f) => {
    const cut = geoProject(f, antimeridianCut) as Feature<Polygon | MultiPolygon, { name: string }>;
    return {
      type: "Feature",
      properties: { iso3: iso3For(f.id, f.properties.name, numericToAlpha3) },
      geometry: cut.geometry,
    };
  });

  const byIso = new Map<string, Feature<Polygon | MultiPolygon, CountryProps>[]>();
  for (const f of countries) {
    if (!f.properties.iso3) continue;
    byIso.set(f.properties.iso3, [...(byIso.get(f.properties.iso3) ?? []), f]);
  }
  const anchors: Feature<Point, AnchorProps>[] = [...byIso].map(([iso3, fs]) => {
    const { rings, area } = largestPolygon(fs);
    const [lon = 0, lat = 0] = ANCHOR_OVERRIDES[iso3] ?? [...polylabel(rings, 0.05)];
    return {
      type: "Feature",
      properties: { iso3, small: area < SMALL_AREA_SQ_DEG },
      geometry: { type: "Point", coordinates: [round(lon), round(lat)] },
    };
  });

  // Anchors and the small flag above come from the full detail; only the drawing is thinned.
  const countryCollection: FeatureCollection = {
    type: "FeatureCollection",
    features: countries.map((f) => withoutSpecks(f, detail.speckArea)),
  };
  const anchorCollection: FeatureCollection = { type: "FeatureCollection", features: anchors };
  // topojson-server types properties as possibly null, topojson-client's quantize as objects: ours are objects.
  const full = topology({ countries: countryCollection, anchors: anchorCollection }) as Topology<Objects>;
  return quantize(simplifyTopology(full, detail.minArea), detail.quantization);
}

/** The feature without islets nobody can see at the map's zooms; its largest polygon always stays. */
function withoutSpecks<P>(
  f: Feature<Polygon | MultiPolygon, P>,
  speckArea: number,
): Feature<Polygon | MultiPolygon, P> {
  if (f.geometry.type === "Polygon") return f;
  const areas = f.geometry.coordinates.map((rings) => ringArea(rings[0] ?? []));
  const largest = Math.max(...areas);
  const coordinates = f.geometry.coordinates.filter((_, i) => (areas[i] ?? 0) >= speckArea || areas[i] === largest);
  return { ...f, geometry: { type: "MultiPolygon", coordinates } };
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
