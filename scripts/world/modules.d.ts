// Minimal typings for build-time packages that ship none.
declare module "d3-geo-projection" {
  import type { GeoProjection } from "d3-geo";
  export function geoProject<T extends GeoJSON.GeoJsonObject>(object: T, projection: GeoProjection): T;
}
declare module "polylabel" {
  export default function polylabel(polygon: number[][][], precision?: number): [number, number] & { distance: number };
}
