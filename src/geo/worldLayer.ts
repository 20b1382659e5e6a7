/**
 * The world layer as the app uses it: country polygons keyed by alpha-3 and an anchor point per
 * country, read from the TopoJSON that scripts/build-world.ts generates.
 */
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";

export interface CountryFeatureProps {
  iso3: string;
}
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryFeatureProps>;

export interface WorldLayer {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryFeatureProps>;
  /** Where arcs start and end, and where small states get a clickable dot. */
  anchors: Map<string, Position>;
  /** Countries too small to see or click at world zoom. */
  small: Set<string>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isCollection = (v: unknown) => isRecord(v) && v.type === "GeometryCollection";

/** The shape the code below relies on; written out, as zod would weigh more than the check (issue #9). */
function isWorldTopology(json: unknown): boolean {
  if (!isRecord(json) || json.type !== "Topology" || !Array.isArray(json.arcs) || !isRecord(json.objects)) return false;
  return isCollection(json.objects.countries) && isCollection(json.objects.anchors);
}

export function parseWorld(json: unknown): WorldLayer {
  if (!isWorldTopology(json)) throw new Error("The world layer is not a TopoJSON topology with countries and anchors.");
  const topo = json as Topology;
  const countries = feature(
    topo,
    topo.objects.countries as GeometryCollection<CountryFeatureProps>,
  ) as FeatureCollection<Polygon | MultiPolygon, CountryFeatureProps>;
  const anchorFc = feature(
    topo,
    topo.objects.anchors as GeometryCollection<{ iso3: string; small: boolean }>,
  ) as FeatureCollection<Point, { iso3: string; small: boolean }>;
  const anchors = new Map<string, Position>();
  const small = new Set<string>();
  for (const a of anchorFc.features) {
    anchors.set(a.properties.iso3, a.geometry.coordinates);
    if (a.properties.small) small.add(a.properties.iso3);
  }
  return { countries, anchors, small };
}

/**
 * The English country names the world layer carries beside its objects (`names`, alpha-3 → name,
 * or names with the one shown first; written by scripts/build-world.ts), so that the first screen
 * loads no names of its own; null for a world layer without them (one cached from before).
 */
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

export function worldNames(json: unknown): Record<string, string | string[]> | null {
  const names = isRecord(json) ? json.names : undefined;
  if (!isRecord(names)) return null;
  const out: Record<string, string | string[]> = {};
  for (const [code, name] of Object.entries(names))
    if (typeof name === "string" || (isStrings(name) && name.length > 0)) out[code] = name;
  return out;
}
