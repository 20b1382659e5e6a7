/** What the pointer is over on the map, for MapView's click and hover. */
import type { Map as MapLibreMap, PointLike } from "maplibre-gl";
import type { Flows } from "../geo/flows.ts";
import { LAYER } from "./layers.ts";
import { dotAt } from "./syncMap.ts";

/** The place at `point`: a dot's place, else the country's alpha-3; null over the sea. */
export function placeAt(map: MapLibreMap, point: PointLike): string | null {
  const dot = dotAt(map, point);
  if (dot) return dot;
  const country = map.queryRenderedFeatures(point, { layers: [LAYER.countryFill] })[0];
  const iso3 = country ? String(country.properties.iso3 ?? "") : "";
  return iso3 || null;
}

/**
 * The index of the drawn flow at `point`: the hit layer has every flow, and the first under the
 * pointer with a shown link (`counts`) is the one drawn.
 */
export function shownFlowAt(map: MapLibreMap, point: PointLike, flows: Flows, counts: Uint32Array): number | undefined {
  // Just after new flows the hit source may still hold the old lines: only a line that is the
  // same flow (ends, framework, line style) counts.
  const id = map
    .queryRenderedFeatures(point, { layers: [LAYER.arcsHit] })
    .filter((f) => {
      const p = typeof f.id === "number" ? flows.lines.features[f.id]?.properties : undefined;
      const q = f.properties;
      return (
        p !== undefined &&
        p.ms === q.ms &&
        p.partner === q.partner &&
        p.framework === q.framework &&
        p.tentative === q.tentative &&
        p.participation === q.participation
      );
    })
    .map((f) => f.id)
    .find((i) => typeof i === "number" && (counts[i] ?? 0) > 0);
  return typeof id === "number" ? id : undefined;
}
