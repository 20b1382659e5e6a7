/** The map's sources and layers as typed constants; MapView is the only place that adds them. */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from "maplibre-gl";
import type { FeatureCollection } from "geojson";
import type { WorldLayer } from "../geo/worldLayer.ts";
import { GAP_COLOR, type Palette } from "../scales/colors.ts";

export const SOURCE = {
  countries: "countries",
  selection: "selection",
  gaps: "gaps",
  arcs: "arcs",
} as const;
export const LAYER = {
  background: "background",
  countryFill: "country-fill",
  /** "Did not answer", hatched: src/map/HatchLayer.ts, added by syncMap.ts over the fills. */
  countryHatch: "country-hatch",
  selectedOutline: "selected-outline",
  gapOutline: "gap-outline",
  /** The flows, drawn by src/map/FlowLayer.ts, added by syncMap.ts under the hit layer. */
  flows: "flows",
  arcsHit: "arcs-hit",
  /** The places' dots and names, drawn by src/map/PlaceLayer.ts, added by syncMap.ts on top. */
  places: "places",
} as const;
export const COUNTRY_STATE = { fill: "fill" } as const;

/** A country's fill from its state; `land` only shows before the first sync sets every country. */
export function countryFillColor(land: string): ExpressionSpecification {
  return ["to-color", ["coalesce", ["feature-state", COUNTRY_STATE.fill], land]];
}

export function baseLayers(p: Palette): LayerSpecification[] {
  return [
    { id: LAYER.background, type: "background", paint: { "background-color": p.water } },
    {
      id: LAYER.countryFill,
      type: "fill",
      source: SOURCE.countries,
      // The borders are the fill's own outline pass: a line a pixel wide drawn from the fill's
      // vertices, where a line layer would lay every border out again in the worker and draw it as
      // triangles, the most costly pass of a frame without a GPU.
      paint: { "fill-color": countryFillColor(p.land), "fill-outline-color": p.border },
    },
    // The selected country and the gaps are small sources of their own, copied from the countries
    // when they change: with nothing selected or no gaps asked for they draw nothing (no shader to
    // compile at load, no pass over every border in each frame), and they never re-upload the countries.
    {
      id: LAYER.selectedOutline,
      type: "line",
      source: SOURCE.selection,
      paint: { "line-color": p.outline, "line-width": 2 },
    },
    // "Who has no link on this?": a dashed outline, so the answer's fill and hatching stay readable.
    {
      id: LAYER.gapOutline,
      type: "line",
      source: SOURCE.gaps,
      paint: { "line-color": GAP_COLOR, "line-width": 2.5, "line-dasharray": [2, 1] },
    },
    // Invisible and wide, so a thin arc is easy to hover; an unshown flow has no width to hit.
    {
      id: LAYER.arcsHit,
      type: "line",
      source: SOURCE.arcs,
      // A constant width and no feature state: a filter changes nothing here; the pointer handler
      // skips flows with no shown link.
      paint: { "line-color": "#000000", "line-width": 10, "line-opacity": 0 },
    },
  ];
}

/**
 * Simplification of the hit layer's lines per zoom, in screen pixels (MapLibre's default is 0.375):
 * a pointer within a line's 10 pixels finds it all the same, and at world zoom a quarter fewer
 * vertices at 10,000 links are laid out. Zoomed in, tiles are simplified against their own zoom.
 */
export const ARC_TOLERANCE = 1;

const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };

/** What the data sources start with (syncMap.ts initialData); a source not given starts empty. */
export type InitialData = Partial<Record<Exclude<keyof typeof SOURCE, "countries">, FeatureCollection>>;

/**
 * The whole style: the world layer, the data sources and the layers. Sources given their first
 * data here are laid out once by MapLibre's worker, not once empty and again when filled.
 */
export function atlasStyle(world: WorldLayer, p: Palette, data: InitialData = {}): StyleSpecification {
  return {
    version: 8,
    sources: {
      // Countries are keyed by alpha-3 so that their fill is feature state.
      [SOURCE.countries]: { type: "geojson", data: world.countries, promoteId: "iso3" },
      [SOURCE.selection]: { type: "geojson", data: data.selection ?? EMPTY },
      [SOURCE.gaps]: { type: "geojson", data: data.gaps ?? EMPTY },
      [SOURCE.arcs]: { type: "geojson", data: data.arcs ?? EMPTY, tolerance: ARC_TOLERANCE },
    },
    layers: baseLayers(p),
  };
}
