/**
 * The written summary of the current view: facts counted from the shown links (the same count as
 * the status line), sentences from the UI catalogues, lists and plurals through Intl. Pure.
 */
import type { Link } from "../data/dataset.ts";
import { countBy } from "../data/countBy.ts";
import { summarize, type LinkSummary } from "../data/filterLinks.ts";
import type { I18n } from "../i18n/I18nContext.tsx";

export interface ViewFacts {
  summary: LinkSummary;
  busiestMemberStates: [string, number][];
  busiestPartners: [string, number][];
  frameworks: [string, number][];
  firm: number;
  tentative: number;
  /** Member States taking part without signing: neither in place as signatories nor planned. */
  participating: number;
  selection: { id: string; links: number } | null;
}

const TOP = 3;

const busiest = countBy;

export function viewFacts(
  shown: readonly Link[],
  o: {
    isRegion(id: string): boolean;
    isTentative(status: string): boolean;
    isParticipation?(status: string): boolean;
    frameworkOrder: readonly string[];
    selected: string | null;
  },
): ViewFacts {
  const frameworks = busiest(
    shown,
    (l) => l.framework,
    () => true,
  ).sort((a, b) => b[1] - a[1] || o.frameworkOrder.indexOf(a[0]) - o.frameworkOrder.indexOf(b[0]));
  const participation = (s: string) => o.isParticipation?.(s) ?? false;
  const participating = shown.filter((l) => participation(l.status)).length;
  const tentative = shown.filter((l) => o.isTentative(l.status) && !participation(l.status)).length;
  const selected = o.selected;
  return {
    summary: summarize(shown, o.isRegion),
    busiestMemberStates: busiest(
      shown,
      (l) => l.member_state,
      (id) => !o.isRegion(id),
    ).slice(0, TOP),
    busiestPartners: busiest(
      shown,
      (l) => l.partner,
      () => true,
    ).slice(0, TOP),
    frameworks,
    firm: shown.length - tentative - participating,
    tentative,
    participating,
    selection: selected
      ? { id: selected, links: shown.filter((l) => l.member_state === selected || l.partner === selected).length }
      : null,
  };
}

/** One paragraph in the UI language, for the minutes or a colleague who cannot see the map. */
export function summaryText(
  f: ViewFacts,
  filters: string[],
  i18n: Pick<I18n, "t" | "list" | "vocab">,
  nameOf: (id: string) => string,
): string {
  const { t, list, vocab } = i18n;
  const named = (pairs: [string, number][]) => list(pairs.map(([id, n]) => `${nameOf(id)} (${n})`));
  const filterText = filters.length ? t("summary.filters", { list: filters.join("; ") }) : t("summary.noFilter");
  const shows = t("summary.shows", {
    links: t("status.links", { count: f.summary.links }),
    ms: t("status.memberStates", { count: f.summary.memberStates }),
    partners: t("status.partners", { count: f.summary.partners }),
  });
  if (f.summary.links === 0) return `${shows} ${t("summary.empty")} ${filterText}`;
  const sentences = [shows, filterText];
  if (f.busiestMemberStates.length) sentences.push(t("summary.busiestMs", { list: named(f.busiestMemberStates) }));
  if (f.busiestPartners.length) sentences.push(t("summary.busiestPartners", { list: named(f.busiestPartners) }));
  sentences.push(
    t("summary.frameworks", { list: list(f.frameworks.map(([id, n]) => `${vocab("frameworks", id)} (${n})`)) }),
  );
  sentences.push(t("summary.statuses", { firm: f.firm, tentative: f.tentative }));
  if (f.participating > 0) sentences.push(t("summary.participating", { count: f.participating }));
  if (f.selection) sentences.push(t("summary.selection", { name: nameOf(f.selection.id), count: f.selection.links }));
  return sentences.join(" ");
}
