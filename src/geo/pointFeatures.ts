/** Point features the map draws besides polygons and arcs: dots for small places and labels. */
import type { Feature, FeatureCollection, Point, Position } from "geojson";

export interface DotProps {
  id: string;
  kind: "small" | "region";
  fill: string;
  selected: boolean;
}

export interface LabelProps {
  id: string;
  name: string;
  selected: boolean;
  /** Lower draws first when labels collide: places with more links win. */
  rank: number;
}

export function pointCollection<P>(items: { at: Position; props: P }[]): FeatureCollection<Point, P> {
  return {
    type: "FeatureCollection",
    features: items.map(({ at, props }): Feature<Point, P> => ({
      type: "Feature",
      properties: props,
      geometry: { type: "Point", coordinates: at },
    })),
  };
}
