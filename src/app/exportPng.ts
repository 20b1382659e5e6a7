import { RESPONSES } from "../data/vocabulary.ts";
import { composePng, downloadCanvas, type LegendEntry } from "../export/composePng.ts";
import type { I18n } from "../i18n/I18nContext.tsx";
import type { Palette } from "../scales/colors.ts";
import type { DatasetStyle } from "../scales/frameworkColors.ts";

const SCALE = 2;

/** "Download PNG": the map at twice the screen's resolution, framed by title, filters, legend and source. */
/** `capture` draws the picture at a scale: the map's canvas, or the matrix drawn for export. */
export async function exportPng(capture: (scale: number) => Promise<HTMLCanvasElement> | HTMLCanvasElement, o: { i18n: I18n; palette: Palette; style: DatasetStyle; title: string; filters: string[]; frameworks: string[]; statuses: string[]; stamp: string; hasResponses: boolean; description: string }) {
  const { t, vocab } = o.i18n;
  const map = await capture(SCALE);
  const styles: LegendEntry[] = [];
  if (o.statuses.some((s) => !o.style.isTentative(s))) styles.push({ kind: "line", color: "#333333", label: t("legend.firm") });
  const participation = (s: string) => o.style.isParticipation?.(s) ?? false;
  if (o.statuses.some((s) => o.style.isTentative(s) && !participation(s))) styles.push({ kind: "dashed", color: "#333333", label: t("legend.tentative") });
  if (o.statuses.some(participation)) styles.push({ kind: "dashed", color: "#777777", label: t("legend.participation") });
  const legend = [
    { heading: t("legend.frameworks"), entries: o.frameworks.map((f): LegendEntry => ({ kind: "line", color: o.style.colorOf(f), label: vocab("frameworks", f) })) },
    { heading: t("legend.status"), entries: styles },
    o.hasResponses ? { heading: t("legend.memberStates"), entries: RESPONSES.map((r): LegendEntry => ({ kind: r === "no_response" ? "hatch" : "fill", color: o.palette.responses[r], label: vocab("responses", r) })) }
      : { heading: t("filters.memberStates"), entries: [{ kind: "fill" as const, color: o.palette.origin, label: t("legend.withLinks") }] },
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
