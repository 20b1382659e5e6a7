import { RESPONSES } from "../data/vocabulary.ts";
import { composePng, downloadCanvas, type LegendEntry } from "../export/composePng.ts";
import type { I18n } from "../i18n/I18nContext.tsx";
import type { Palette } from "../scales/colors.ts";
import type { DatasetStyle } from "../scales/frameworkColors.ts";

const SCALE = 2;

/** "Download PNG": the map at twice the screen's resolution, framed by title, filters, legend and source. */
/** `capture` draws the picture at a scale: the map's canvas, or the matrix drawn for export. */
export async function exportPng(capture: (scale: number) => Promise<HTMLCanvasElement> | HTMLCanvasElement, o: { i18n: I18n; palette: Palette; style: DatasetStyle; title: string; filters: string[]; frameworks: string[]; statuses: string[]; stamp: string; hasResponses: boolean; description: string; compare?: { label: string; color: string; dashed: boolean; count: number }[] | null }) {
  const { t, vocab } = o.i18n;
  const map = await capture(SCALE);
  const styles: LegendEntry[] = [];
  const participation = (s: string) => o.style.isParticipation?.(s) ?? false;
  if (o.statuses.some((s) => !o.style.isTentative(s) && !participation(s))) styles.push({ kind: "line", color: "#333333", label: t("legend.firm") });
  if (o.statuses.some((s) => o.style.isTentative(s) && !participation(s))) styles.push({ kind: "dashed", color: "#333333", label: t("legend.tentative") });
  if (o.statuses.some(participation)) styles.push({ kind: "dotted", color: "#333333", label: t("legend.participation") });
  function memberStatesEntry(): { heading: string; entries: LegendEntry[] } {
    return o.hasResponses ? { heading: t("legend.memberStates"), entries: RESPONSES.map((r): LegendEntry => ({ kind: r === "no_response" ? "hatch" : "fill", color: o.palette.responses[r], label: vocab("responses", r) })) }
      : { heading: t("filters.memberStates"), entries: [{ kind: "fill" as const, color: o.palette.origin, label: t("legend.withLinks") }] };
  }
  // In compare mode the lines say the kind of each pair, as on the map.
  const compared = o.compare ? [{ heading: t("compare.legend"), entries: o.compare.map((c): LegendEntry => ({ kind: c.dashed ? "dashed" : "line", color: c.color, label: `${c.label} (${c.count})` })) }] : null;
  const legend = compared ? [...compared, memberStatesEntry()] : [
    { heading: t("legend.frameworks"), entries: o.frameworks.map((f): LegendEntry => ({ kind: "line", color: o.style.colorOf(f), label: vocab("frameworks", f) })) },
    { heading: t("legend.status"), entries: styles },
    memberStatesEntry(),
  ];
  const stamp = o.stamp;
  const dark = o.palette.dark;
  const canvas = composePng(map, window.innerWidth, window.innerHeight, SCALE, {
    title: o.title,
    filters: o.filters,
    legend,
    stamp,
    paper: dark ? "#14202b" : "#ffffff",
    ink: dark ? "#f2f2f2" : "#1c1c1c",
    font: getComputedStyle(document.body).fontFamily || "sans-serif",
  });
  await downloadCanvas(canvas, "partnership-atlas.png", o.description);
}
