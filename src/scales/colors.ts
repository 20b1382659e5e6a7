/** Colour scales shared by the map and its legend, so the legend always matches what is drawn. */
import { scaleOrdinal, scaleThreshold } from "d3-scale";
import { FRAMEWORKS, RESPONSES, type Framework, type Response } from "../data/vocabulary.ts";

/**
 * Okabe–Ito: distinguishable with deuteranopia and protanopia. Blue and orange carry the two
 * most common frameworks; the yellow of the original set is left out as it vanishes on a projector.
 */
const OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9"] as const;

export const frameworkColor = scaleOrdinal<Framework, string>().domain(FRAMEWORKS).range(OKABE_ITO);

/** Member State fills: "did not answer" is a neutral hatch, never the colour of "no partnership". */
const RESPONSE_COLORS: Record<Response, string> = {
  has_partnership: "#3b5b92",
  eu_framework_only: "#8da9d4",
  no_partnership: "#d9cbb0",
  not_disseminated: "#b7b7b7",
  no_response: "#ececec",
};
export const responseColor = (r: Response): string => RESPONSE_COLORS[r];
export const RESPONSE_ORDER = RESPONSES;

/** Partner fills by how many Member States link to them: light to darker green-teal steps. */
export const PARTNER_STEPS = [1, 2, 4, 6] as const;
const PARTNER_COLORS = ["#f0f0f0", "#d6ecdf", "#a8d5ba", "#6fb98f", "#3d8f62"] as const;
export const partnerColor = scaleThreshold<number, string>().domain([...PARTNER_STEPS]).range([...PARTNER_COLORS]);

export const LAND = "#f4f2ee";
export const WATER = "#dde6ee";
export const BORDER = "#ffffff";
export const HATCH = "#9a9a9a";
