/** Words for compare mode: the status line, the legend's three kinds, each link's kind, the CSV column. */
import type { CompareKind } from "../data/compare.ts";
import type { Link } from "../data/dataset.ts";
import type { I18n } from "../i18n/I18nContext.tsx";
import { COMPARE_COLORS } from "../scales/frameworkColors.ts";
import type { CompareView } from "./useComparison.ts";

export interface RowCompareInfo {
  kind: string;
  also: string | null;
}

/**
 * For the table: each listed row's kind in words, and what the other side has for the same pair.
 * `listed` are the comparison's links in its order, the other side's with their `b:` ids.
 */
export function compareRowInfo(view: CompareView, listed: readonly Link[], i18n: I18n): Map<Link, RowCompareInfo> {
  const { comparison } = view;
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
}

export function kindLabel(view: CompareView, kind: CompareKind, { t }: Pick<I18n, "t">): string {
  if (view.mode === "since")
    return kind === "both"
      ? t("compare.bothDates")
      : kind === "only_a"
        ? t("compare.newSince", { date: view.b })
        : t("compare.endedSince", { date: view.b });
  return kind === "both" ? t("compare.both") : t("compare.onlyIn", { name: kind === "only_a" ? view.a : view.b });
}

export function compareStatus(view: CompareView, { t }: Pick<I18n, "t">): string {
  const n = (k: CompareKind) => view.comparison.pairs[k].length;
  return t(view.mode === "since" ? "compare.sinceStatus" : "compare.status", {
    both: n("both"),
    onlyA: n("only_a"),
    onlyB: n("only_b"),
    a: view.a,
    b: view.b,
  });
}

export function compareLegend(
  view: CompareView,
  i18n: Pick<I18n, "t">,
): { label: string; color: string; dashed: boolean; count: number }[] {
  return (["both", "only_a", "only_b"] as const).map((kind) => ({
    label: kindLabel(view, kind, i18n),
    color: COMPARE_COLORS[kind],
    dashed: kind === "only_b",
    count: view.comparison.pairs[kind].length,
  }));
}

/** The CSV's `compare` column: machine-readable, naming the dataset (or date) each side is. */
export function compareCode(kind: CompareKind | undefined, a: string | null, b: string): string {
  // Two dates of one dataset (a is null): what is new since the earlier date, and what has ended.
  if (a === null)
    return kind === "both"
      ? "both"
      : kind === "only_a"
        ? `new_since_${b}`
        : kind === "only_b"
          ? `ended_since_${b}`
          : "";
  return kind === "both" ? "both" : kind === "only_a" ? `only_${a}` : kind === "only_b" ? `only_${b}` : "";
}
