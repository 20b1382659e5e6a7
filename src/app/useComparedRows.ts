/**
 * The rows of compare mode: the table, hover and CSV list both sides (the other's links marked by
 * a `b:` id), the map draws each row with its kind standing for its framework, and the table
 * says of each row which kind it is and what the other side has for the same pair.
 */
import { useMemo } from "react";
import type { Link } from "../data/dataset.ts";
import type { I18n } from "../i18n/I18nContext.tsx";
import { COMPARE_ONLY_B } from "../scales/frameworkColors.ts";
import { kindLabel } from "./compareText.ts";
import type { CompareView } from "./useComparison.ts";

export interface RowCompareInfo {
  kind: string;
  also: string | null;
}

export function useComparedRows(shown: Link[], view: CompareView | null, i18n: I18n) {
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
  const info = useMemo(() => {
    if (!view || !comparison) return null;
    const byRow = new Map<Link, RowCompareInfo>();
    comparison.links.forEach(({ link, kind, side }, i) => {
      const row = listed[i];
      if (!row) return;
      const others = kind === "both" ? comparison.others(`${link.member_state}>${link.partner}`, side) : [];
      byRow.set(row, {
        kind: kindLabel(view, kind, i18n),
        also: others.length
          ? i18n.t("compare.also", {
              name: side === "a" ? view.b : view.a,
              list: [...new Set(others.map((o) => o.instrument || o.framework))].join("; "),
            })
          : null,
      });
    });
    return byRow;
  }, [view, comparison, listed, i18n]);
  return { comparison, listed, drawn, info };
}
