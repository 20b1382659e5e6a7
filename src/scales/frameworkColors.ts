/** Framework colours for any dataset: the contract's six keep their Okabe–Ito colours everywhere. */
import { scaleOrdinal } from "d3-scale";
import { FRAMEWORKS } from "../data/vocabulary.ts";

/**
 * Okabe–Ito: distinguishable with deuteranopia and protanopia. The set's yellow is left out as it
 * vanishes on a light map and on a washed-out projector.
 */
export const OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9"] as const;
/** d3's Dark2 without its yellow: colours for frameworks a manifest adds. */
const DARK2 = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#a6761d", "#666666"] as const;
/** A link whose file gives no framework: neutral grey, never mistaken for a category. */
export const NO_FRAMEWORK_COLOR = "#8a8a8a";

/** Colour of each framework of a dataset's vocabulary; a manifest's own frameworks continue in Dark2. */
export function frameworkColors(
  frameworks: readonly string[],
  own: Readonly<Record<string, string>> = {},
): (framework: string) => string {
  const extra = frameworks.filter((f) => !(FRAMEWORKS as readonly string[]).includes(f) && !own[f]);
  const scale = scaleOrdinal<string, string>()
    .domain([...FRAMEWORKS, ...extra])
    .range([...OKABE_ITO, ...DARK2]);
  return (f) => (f === "" ? NO_FRAMEWORK_COLOR : (own[f] ?? scale(f)));
}

export const frameworkColor = frameworkColors(FRAMEWORKS);

/** How a dataset's vocabulary is drawn: colour by framework, dashes by status. */
export interface DatasetStyle {
  colorOf(framework: string): string;
  isTentative(status: string): boolean;
  /** A Member State taking part without signing: drawn dotted. */
  isParticipation?(status: string): boolean;
}

export function datasetStyle(vocabulary: {
  frameworks: readonly string[];
  tentative: readonly string[];
  participation?: readonly string[];
  colors?: Readonly<Record<string, string>>;
}): DatasetStyle {
  const tentative = new Set(vocabulary.tentative);
  const participation = new Set(vocabulary.participation ?? []);
  return {
    colorOf: frameworkColors(vocabulary.frameworks, vocabulary.colors),
    isTentative: (s) => tentative.has(s),
    isParticipation: (s) => participation.has(s),
  };
}

/**
 * Compare mode draws the kind of each pair instead of the framework: colour, line style and the
 * legend all say it, so it never rests on colour alone (only in the other list is dashed).
 */
export const COMPARE_COLORS = { both: "#7B3294", only_a: "#0072B2", only_b: "#D55E00" } as const;
export const COMPARE_ONLY_B = "compare_only_b";
export const COMPARE_STYLE: DatasetStyle = {
  colorOf: (kind) => (COMPARE_COLORS as Record<string, string>)[kind] ?? NO_FRAMEWORK_COLOR,
  isTentative: (status) => status === COMPARE_ONLY_B,
};
