/**
 * What the analysis views add to a URL state: gaps, the written summary. Memoised; pure modules do
 * the work. The gaps' (data/gaps.ts) is a chunk loaded when they are asked for: none until it is in.
 */
import { useMemo } from "react";
import type { Dataset, Link } from "../data/dataset.ts";
import type { Gap } from "../data/gaps.ts";
import type { I18n } from "../i18n/I18nContext.tsx";
import type { DatasetStyle } from "../scales/frameworkColors.ts";
import type { UrlState } from "../state/urlState.ts";
import { summaryText, viewFacts } from "../summary/viewSummary.ts";
import { gapsCode } from "./lazyParts.tsx";
import { useOnDemand } from "./useOnDemand.ts";

export function useAnalysis(args: {
  dataset: Dataset;
  shown: Link[];
  inTime: Link[];
  state: UrlState;
  i18n: I18n;
  style: DatasetStyle;
  nameOf(id: string): string;
  filterLines: string[];
}) {
  const { dataset, shown, inTime, state, i18n, style, nameOf, filterLines } = args;
  const gapsOn = state.gaps && state.filters.themes.length > 0;
  const code = useOnDemand(gapsCode, gapsOn);
  // `inTime`: with a date, only the links in place then count, so the gaps agree with the map and the matrix.
  const gaps = useMemo(
    (): Gap[] | null => (gapsOn && code ? code.memberStateGaps(dataset, state.filters, inTime) : null),
    [gapsOn, code, dataset, state.filters, inTime],
  );
  // The map's copy: a new array on every render would make the map sync again after every pan.
  const gapIds = useMemo(() => gaps?.map((g) => g.id), [gaps]);
  // For a selected partner: who works with it, but not on the chosen focus areas.
  const selectedPartner =
    state.select && !dataset.origins.includes(state.select) && !dataset.memberStates.has(state.select)
      ? state.select
      : null;
  const forPartner = useMemo(
    () =>
      gapsOn && code && selectedPartner
        ? { partner: selectedPartner, memberStates: code.partnerGaps(dataset, state.filters, selectedPartner, inTime) }
        : null,
    [gapsOn, code, selectedPartner, dataset, state.filters, inTime],
  );
  const summary = useMemo(() => {
    const facts = viewFacts(shown, {
      isRegion: (id) => dataset.regions.has(id),
      isTentative: style.isTentative,
      isParticipation: style.isParticipation,
      frameworkOrder: dataset.vocabulary.frameworks,
      selected: state.select,
    });
    return summaryText(facts, hasFilterLines(filterLines, i18n) ? filterLines : [], i18n, nameOf);
  }, [shown, dataset, style, state.select, filterLines, i18n, nameOf]);
  return { gaps, gapIds, partnerGaps: forPartner, summary };
}

/** describeFilters says "no filters" in words; the summary says it its own way. */
function hasFilterLines(lines: string[], i18n: I18n): boolean {
  return !(lines.length === 1 && lines[0] === i18n.t("export.noFilters"));
}
