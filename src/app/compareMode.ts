/**
 * Compare mode's code: matching two lists of links pair by pair, and its words. A chunk of its
 * own (lazyParts.tsx), loaded when a comparison is asked for (useComparison.ts), not with the page.
 */
export { compareLinks } from "../data/compare.ts";
export { compareCode, compareLegend, compareRowInfo, compareStatus } from "./compareText.ts";
