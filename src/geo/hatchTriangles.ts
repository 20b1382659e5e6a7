/**
 * The hatched countries' polygons as triangles for the map's hatch layer (src/map/HatchLayer.ts):
 * each ring, holes included, as a fan from its first point, in Mercator (MapLibre's 0…1 world).
 * The fans overlap outside a concave ring and inside a hole; the layer counts each pixel's cover
 * (even: outside) in the stencil buffer, so no triangulation is needed. Pure: no map library.
 */
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { mercator } from "./flowMesh.ts";

type Area = Feature<Polygon | MultiPolygon | null>;

const ringsOf = (f: Area): Position[][] =>
  f.geometry?.type === "Polygon"
    ? f.geometry.coordinates
    : f.geometry?.type === "MultiPolygon"
      ? f.geometry.coordinates.flat()
      : [];

/** x, y of each triangle's three corners, in order. */
export function hatchTriangles(features: readonly Area[]): Float32Array {
  const rings = features.flatMap(ringsOf).filter((r) => r.length >= 3);
  const out = new Float32Array(rings.reduce((n, r) => n + (r.length - 2) * 6, 0));
  let at = 0;
  for (const ring of rings) {
    const points = ring.map(([lon = 0, lat = 0]) => mercator(lon, lat));
    const [x0, y0] = points[0] ?? [0, 0];
    for (let i = 1; i + 1 < points.length; i++) {
      const [x1, y1] = points[i] ?? [0, 0];
      const [x2, y2] = points[i + 1] ?? [0, 0];
      out.set([x0, y0, x1, y1, x2, y2], at);
      at += 6;
    }
  }
  return out;
}
