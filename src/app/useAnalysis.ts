/** What the analysis views add to a URL state: gaps, the written summary. Memoised; pure modules do the work. */
import { useMemo } from "react";
import type { Dataset, Link } from "../data/dataset.ts";
import { memberStateGaps, partnerGaps, type Gap } from "../data/gaps.ts";
import type { I18n } from "../i18n/I18nContext.tsx";
import type { DatasetStyle } from "../scales/frameworkColors.ts";
import type { UrlState } from "../state/urlState.ts";
import { summaryText, viewFacts } from "../summary/viewSummary.ts";

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
  // `inTime`: with a date, only the links in place then count, so the gaps agree with the map and the matrix.
  const gaps = useMemo(
    (): Gap[] | null => (gapsOn ? memberStateGaps(dataset, state.filters, inTime) : null),
    [gapsOn, dataset, state.filters, inTime],
  );
  // For a selected partner: who works with it, but not on the chosen focus areas.
  const selectedPartner =
    state.select && !dataset.origins.includes(state.select) && !dataset.memberStates.has(state.select)
      ? state.select
      : null;
  const forPartner = useMemo(
    () =>
      gapsOn && selectedPartner
        ? { partner: selectedPartner, memberStates: partnerGaps(dataset, state.filters, selectedPartner, inTime) }
        : null,
    [gapsOn, selectedPartner, dataset, state.filters, inTime],
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
  return { gaps, partnerGaps: forPartner, summary };
}

/** describeFilters says "no filters" in words; the summary says it its own way. */
function hasFilterLines(lines: string[], i18n: I18n): boolean {
  return !(lines.length === 1 && lines[0] === i18n.t("export.noFilters"));
}
