/**
 * Compare mode: another dataset (`compare=`) or another date of this one (`at` with `since`),
 * matched pair by pair with what is shown. Loads the other dataset through React Query like the
 * first; the pure work is in data/compare.ts and compareText.ts, a chunk loaded with the first
 * comparison (compareMode.ts): until it is in, nothing is compared, and a dataset to compare with
 * is said to be loading.
 */
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { BundledEntry } from "../data/datasets/bundledDatasets.ts";
import { datasetQuery } from "../data/datasets/datasetQueries.ts";
import { localize } from "../data/datasets/manifest.ts";
import type { OwnDatasetSummary } from "../data/datasets/ownDatasetStore.ts";
import type { Comparison } from "../data/compare.ts";
import type { Dataset, Link } from "../data/dataset.ts";
import { filterLinks } from "../data/filterLinks.ts";
import { endOfPeriod, linksAt } from "../data/time.ts";
import type { I18n } from "../i18n/I18nContext.tsx";
import type { UrlState } from "../state/urlState.ts";
import type { CompareKey } from "../legend/legendModel.ts";
import { compareModeCode } from "./lazyParts.tsx";
import { useOnDemand } from "./useOnDemand.ts";

export type CompareMode = typeof import("./compareMode.ts");

export interface CompareView {
  comparison: Comparison;
  /** Short names of the two sides, for the status line, legend, table and exports. */
  a: string;
  b: string;
  /** "since": two dates of one dataset; "dataset": two datasets. */
  mode: "since" | "dataset";
}

const NONE: Link[] = [];

export const shortTitle = (d: Dataset, locale: string) => localize(d.manifest.short_title ?? d.manifest.title, locale);

export function useComparison(args: {
  dataset: Dataset;
  shown: Link[];
  state: UrlState;
  bundled: BundledEntry[];
  own: OwnDatasetSummary[];
  i18n: I18n;
}): {
  view: CompareView | null;
  /** Compare mode's code, there whenever `view` is. */
  mode: CompareMode | null;
  /** The status line's and the legend's words for `view`. */
  status: string | null;
  legend: CompareKey[] | null;
  loading: boolean;
  error: Error | null;
  undatedOther: Link[];
} {
  const { dataset, shown, state, bundled, own, i18n } = args;
  const otherId = state.compare && state.compare !== dataset.manifest.id ? state.compare : null;
  const mode = useOnDemand(compareModeCode, Boolean(otherId || (state.at && state.since)));
  const entry = bundled.find((d) => d.id === otherId);
  const isOwn = own.some((d) => d.id === otherId);
  const other = useQuery({
    ...datasetQuery(entry ? { kind: "bundled", entry } : { kind: "own", id: otherId ?? "" }),
    enabled: Boolean(entry || isOwn),
  });

  // With a date, the other dataset's undated links cannot be placed either: listed apart, never dropped silently.
  const undatedOther = useMemo(() => {
    if (!state.at || !other.data || (state.at && state.since)) return NONE;
    return linksAt(
      filterLinks(other.data.links, { ...state.filters, frameworks: [], statuses: [] }),
      state.at,
    ).undated.map((l) => ({ ...l, id: `b:${l.id}` }));
  }, [state.at, state.since, state.filters, other.data]);

  const view = useMemo((): CompareView | null => {
    if (!mode) return null;
    const { compareLinks } = mode;
    if (state.at && state.since) {
      // The same filters at the earlier date: what is new since then, and what has ended.
      const before = linksAt(filterLinks(dataset.links, state.filters), state.since).inPlace;
      const when = (iso: string) => i18n.date(endOfPeriod(iso));
      return { comparison: compareLinks(shown, before), a: when(state.at), b: when(state.since), mode: "since" };
    }
    if (!other.data) return null;
    // The other dataset names its frameworks and statuses its own way: only places and focus areas apply to it.
    const f = { ...state.filters, frameworks: [], statuses: [] };
    let theirs = filterLinks(other.data.links, f);
    if (state.at) theirs = linksAt(theirs, state.at).inPlace;
    return {
      comparison: compareLinks(shown, theirs),
      a: shortTitle(dataset, i18n.locale),
      b: shortTitle(other.data, i18n.locale),
      mode: "dataset",
    };
  }, [mode, state.at, state.since, state.filters, dataset, shown, other.data, i18n]);
  const words = useMemo(
    () => (view && mode ? { status: mode.compareStatus(view, i18n), legend: mode.compareLegend(view, i18n) } : null),
    [view, mode, i18n],
  );

  return {
    view,
    mode,
    status: words?.status ?? null,
    legend: words?.legend ?? null,
    loading: Boolean(otherId) && (other.isLoading || !mode),
    error: other.error,
    undatedOther,
  };
}
