/** The map's sources and layers as typed constants; MapView is the only place that adds them. */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from "maplibre-gl";
import type { FeatureCollection } from "geojson";
import type { WorldLayer } from "../geo/worldLayer.ts";
import { GAP_COLOR, type Palette } from "../scales/colors.ts";

export const SOURCE = { countries: "countries", arcs: "arcs", dots: "dots", labels: "labels" } as const;
export const LAYER = {
  background: "background",
  countryFill: "country-fill",
  countryHatch: "country-hatch",
  countryBorder: "country-border",
  selectedOutline: "selected-outline",
  gapOutline: "gap-outline",
  arcsSolid: "arcs-solid",
  arcsDashed: "arcs-dashed",
  arcsDotted: "arcs-dotted",
  arcsHit: "arcs-hit",
  dots: "dots",
  labels: "labels",
} as const;
export const HATCH_IMAGE = "hatch";
export const FONT = ["Noto Sans", "DejaVu Sans", "Helvetica Neue", "Arial", "sans-serif"];

/** A `match` on a feature property; falls back to a constant when there is nothing to match. */
export function matchProperty(
  property: string,
  pairs: [string, string][],
  fallback: string,
): ExpressionSpecification | string {
  const [first, ...rest] = pairs;
  if (!first) return fallback;
  return ["match", ["get", property], first[0], first[1], ...rest.flat(), fallback];
}

const frameworkColorExpr: ExpressionSpecification = ["get", "color"];

/** Arc opacity: all arcs when nothing is selected; the selection's arcs in full and the rest faded. */
export function arcOpacity(selected: string | null): ExpressionSpecification | number {
  if (!selected) return 0.9;
  return ["case", ["any", ["==", ["get", "ms"], selected], ["==", ["get", "partner"], selected]], 1, 0.12];
}

/** A grouped arc (see buildGroupedArcs) widens with the log of its links: 1 link ×1, 10 ×1.8, 1,000 ×3. */
const countFactor: ExpressionSpecification = [
  "min",
  3,
  ["+", 1, ["*", 0.35, ["ln", ["max", 1, ["coalesce", ["get", "count"], 1]]]]],
];

export function arcWidth(selected: string | null, scale = 1): ExpressionSpecification {
  const w = (n: number): ExpressionSpecification => ["*", n * scale, countFactor];
  if (!selected) return ["interpolate", ["linear"], ["zoom"], 1, w(1.6), 4, w(2.6), 6, w(3.4)];
  const isSelected: ExpressionSpecification = [
    "any",
    ["==", ["get", "ms"], selected],
    ["==", ["get", "partner"], selected],
  ];
  return [
    "interpolate",
    ["linear"],
    ["zoom"],
    1,
    ["case", isSelected, w(2.4), w(1.2)],
    6,
    ["case", isSelected, w(4.5), w(2)],
  ];
}

export function countryFillColor(fills: Map<string, string>, land: string): ExpressionSpecification | string {
  return matchProperty("iso3", [...fills], land);
}

export function baseLayers(p: Palette): LayerSpecification[] {
  return [
    { id: LAYER.background, type: "background", paint: { "background-color": p.water } },
    { id: LAYER.countryFill, type: "fill", source: SOURCE.countries, paint: { "fill-color": p.land } },
    {
      id: LAYER.countryHatch,
      type: "fill",
      source: SOURCE.countries,
      filter: ["in", ["get", "iso3"], ["literal", []]],
      paint: { "fill-pattern": HATCH_IMAGE, "fill-opacity": 0.55 },
    },
    {
      id: LAYER.countryBorder,
      type: "line",
      source: SOURCE.countries,
      paint: { "line-color": p.border, "line-width": ["interpolate", ["linear"], ["zoom"], 1, 0.4, 5, 1.2] },
    },
    {
      id: LAYER.selectedOutline,
      type: "line",
      source: SOURCE.countries,
      filter: ["==", ["get", "iso3"], ""],
      paint: { "line-color": p.outline, "line-width": 2 },
    },
    // "Who has no link on this?": a dashed outline, so the answer's fill and hatching stay readable.
    {
      id: LAYER.gapOutline,
      type: "line",
      source: SOURCE.countries,
      filter: ["in", ["get", "iso3"], ["literal", []]],
      paint: { "line-color": GAP_COLOR, "line-width": 2.5, "line-dasharray": [2, 1] },
    },
    {
      id: LAYER.arcsSolid,
      type: "line",
      source: SOURCE.arcs,
      filter: ["all", ["!", ["get", "tentative"]], ["!", ["coalesce", ["get", "participation"], false]]],
      layout: { "line-cap": "round", "line-join": "round" },
      paint: {
        "line-color": frameworkColorExpr,
        "line-width": arcWidth(null, p.arcWidth),
        "line-opacity": arcOpacity(null),
      },
    },
    {
      id: LAYER.arcsDashed,
      type: "line",
      source: SOURCE.arcs,
      filter: ["all", ["get", "tentative"], ["!", ["coalesce", ["get", "participation"], false]]],
      layout: { "line-join": "round" },
      paint: {
        "line-color": frameworkColorExpr,
        "line-width": arcWidth(null, p.arcWidth),
        "line-opacity": arcOpacity(null),
        "line-dasharray": [2, 1.5],
      },
    },
    // Taking part without signing: a dotted line, so signature and participation never look alike.
    {
      id: LAYER.arcsDotted,
      type: "line",
      source: SOURCE.arcs,
      filter: ["coalesce", ["get", "participation"], false],
      layout: { "line-cap": "round", "line-join": "round" },
      paint: {
        "line-color": frameworkColorExpr,
        "line-width": arcWidth(null, p.arcWidth),
        "line-opacity": arcOpacity(null),
        "line-dasharray": [0.1, 2],
      },
    },
    // Invisible and wide, so a thin arc is easy to hover.
    {
      id: LAYER.arcsHit,
      type: "line",
      source: SOURCE.arcs,
      paint: { "line-color": "#000000", "line-width": 10, "line-opacity": 0 },
    },
    {
      id: LAYER.dots,
      type: "circle",
      source: SOURCE.dots,
      paint: {
        "circle-radius": ["case", ["==", ["get", "kind"], "region"], 7, 4.5],
        "circle-color": ["get", "fill"],
        "circle-stroke-color": ["case", ["get", "selected"], p.outline, p.labelText],
        "circle-stroke-width": ["case", ["get", "selected"], 2.5, 1.2],
      },
    },
    {
      id: LAYER.labels,
      type: "symbol",
      source: SOURCE.labels,
      layout: {
        "text-field": ["get", "name"],
        "text-font": FONT,
        "text-size": ["case", ["get", "selected"], p.labelSize + 3, p.labelSize],
        "text-max-width": 8,
        "text-variable-anchor": ["top", "bottom", "left", "right"],
        "text-radial-offset": 0.6,
        "symbol-sort-key": ["case", ["get", "selected"], -1e6, ["get", "rank"]],
        "text-padding": 2,
      },
      paint: { "text-color": p.labelText, "text-halo-color": p.labelHalo, "text-halo-width": 1.8 },
    },
  ];
}

const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };

/** The whole style: the world layer, empty data sources (filled by syncData) and the layers. */
export function atlasStyle(world: WorldLayer, p: Palette): StyleSpecification {
  return {
    version: 8,
    sources: {
      [SOURCE.countries]: { type: "geojson", data: world.countries },
      [SOURCE.arcs]: { type: "geojson", data: EMPTY },
      [SOURCE.dots]: { type: "geojson", data: EMPTY },
      [SOURCE.labels]: { type: "geojson", data: EMPTY },
    },
    layers: baseLayers(p),
  };
}
