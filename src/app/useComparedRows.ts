/**
 * The rows of compare mode: the table, hover and CSV list both sides (the other's links marked by
 * a `b:` id), the map draws each row with its kind standing for its framework, and the table
 * says of each row which kind it is and what the other side has for the same pair.
 */
import { useMemo } from "react";
import type { Link } from "../data/dataset.ts";
import type { I18n } from "../i18n/I18nContext.tsx";
import { COMPARE_ONLY_B } from "../scales/frameworkColors.ts";
import type { CompareMode, CompareView } from "./useComparison.ts";

/** `mode` is compare mode's code (compareMode.ts): there whenever `view` is. */
export function useComparedRows(shown: Link[], view: CompareView | null, mode: CompareMode | null, i18n: I18n) {
  const comparison = view?.comparison ?? null;
  const listed = useMemo(
    () =>
      comparison
        ? comparison.links.map(({ link, side }) => (side === "b" ? { ...link, id: `b:${link.id}` } : link))
        : shown,
    [comparison, shown],
  );
  const drawn = useMemo(
    () =>
      comparison
        ? listed.map((l, i) => {
            const kind = comparison.links[i]?.kind ?? "only_a";
            return { ...l, framework: kind, status: kind === "only_b" ? COMPARE_ONLY_B : "compare" };
          })
        : listed,
    [comparison, listed],
  );
  const info = useMemo(
    () => (view && mode ? mode.compareRowInfo(view, listed, i18n) : null),
    [view, mode, listed, i18n],
  );
  return { comparison, listed, drawn, info };
}
