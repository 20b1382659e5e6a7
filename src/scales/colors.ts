/** Colour scales shared by the map and its legend, so the legend always matches what is drawn. */
import { scaleThreshold } from "d3-scale";
import type { Response } from "../data/vocabulary.ts";

export { frameworkColor, frameworkColors } from "./frameworkColors.ts";

export type Appearance = "light" | "dark" | "projector";

export interface Palette {
  /** Dark surfaces: exports draw their frame in dark too. */
  dark: boolean;
  water: string;
  land: string;
  border: string;
  hatch: string;
  labelText: string;
  labelHalo: string;
  outline: string;
  /** Member State fills: "did not answer" is neutral and hatched, never the colour of "no partnership". */
  responses: Record<Response, string>;
  /** Member States with links, in a dataset without answers to a query (no response layer). */
  origin: string;
  /** Partner fills for 1, 2–3, 4–5 and 6+ Member States linked. */
  partnerSteps: readonly [string, string, string, string];
  /** Arc width multiplier: thicker lines survive a projector. */
  arcWidth: number;
  /** Map label size in px (16 is the floor for a projector at 1280×720). */
  labelSize: number;
}

export const PALETTES: Record<Appearance, Palette> = {
  light: {
    dark: false,
    water: "#dde6ee",
    land: "#f4f2ee",
    border: "#ffffff",
    hatch: "#9a9a9a",
    labelText: "#262626",
    labelHalo: "rgba(255,255,255,0.95)",
    outline: "#1a1a1a",
    origin: "#7d97c2",
    responses: {
      has_partnership: "#3b5b92",
      eu_framework_only: "#8da9d4",
      no_partnership: "#d9cbb0",
      not_disseminated: "#b7b7b7",
      no_response: "#ececec",
    },
    partnerSteps: ["#d6ecdf", "#a8d5ba", "#6fb98f", "#3d8f62"],
    arcWidth: 1,
    labelSize: 16,
  },
  dark: {
    dark: true,
    water: "#14202b",
    land: "#2a2f35",
    border: "#14202b",
    hatch: "#8c8c8c",
    labelText: "#f2f2f2",
    labelHalo: "rgba(20,32,43,0.95)",
    outline: "#ffffff",
    origin: "#5877ab",
    responses: {
      has_partnership: "#6f93d6",
      eu_framework_only: "#3f5a86",
      no_partnership: "#8a7a5c",
      not_disseminated: "#5c5c5c",
      no_response: "#3a3d42",
    },
    partnerSteps: ["#2d4a3a", "#3c6b50", "#4f9069", "#6fbf8c"],
    arcWidth: 1.1,
    labelSize: 16,
  },
  // A washed-out projector loses pale tints and thin lines: stronger fills, dark borders, wide arcs.
  projector: {
    // Water is tinted so that the white of "did not answer" never reads as sea.
    dark: false,
    water: "#cfe0ee",
    land: "#e8e8e8",
    border: "#5a5a5a",
    hatch: "#3c3c3c",
    labelText: "#000000",
    labelHalo: "rgba(255,255,255,1)",
    outline: "#000000",
    origin: "#3d64a8",
    responses: {
      has_partnership: "#1f3f7a",
      eu_framework_only: "#5b82c4",
      no_partnership: "#c2a56b",
      not_disseminated: "#8c8c8c",
      no_response: "#ffffff",
    },
    partnerSteps: ["#b5dec5", "#7cc39a", "#3f9e68", "#1d6b41"],
    arcWidth: 1.7,
    labelSize: 20,
  },
};

/** Outline of Member States with no link on the chosen focus areas. Vermilion from the Okabe–Ito set: visible on every response fill, in every palette. */
export const GAP_COLOR = "#D55E00";

export const PARTNER_STEPS = [1, 2, 4, 6] as const;

export function partnerScale(p: Palette) {
  return scaleThreshold<number, string>()
    .domain([...PARTNER_STEPS])
    .range([p.land, ...p.partnerSteps]);
}
