/** Flows for unit tests of the map layer: one bilateral, solid, black line per Member State–partner pair. */
import type { Feature, LineString, Position } from "geojson";
import type { FlowProps, Flows } from "../../src/geo/flows.ts";

export const flowLine = (
  ms: string,
  partner: string,
  coordinates: Position[] = [
    [0, 0],
    [1, 1],
  ],
): Feature<LineString, FlowProps> => ({
  type: "Feature",
  properties: {
    ms,
    partner,
    framework: "bilateral",
    color: "#000000",
    tentative: false,
    participation: false,
    count: 1,
  },
  geometry: { type: "LineString", coordinates },
});

export const flowsOf = (...features: Feature<LineString, FlowProps>[]): Flows => ({
  lines: { type: "FeatureCollection", features },
  linkIds: features.map((_, i) => [`link-${i}`]),
  flowOf: new Map(),
});
