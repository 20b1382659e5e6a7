import type { Source } from "../data/dataset.ts";
import { RESPONSES, TENTATIVE_STATUSES, type Framework, type Status } from "../data/vocabulary.ts";
import { composePng, downloadCanvas, type LegendEntry } from "../export/composePng.ts";
import type { I18n } from "../i18n/I18nContext.tsx";
import type { MapApi } from "../map/MapView.tsx";
import { frameworkColor, type Palette } from "../scales/colors.ts";

const SCALE = 2;

/** "Download PNG": the map at twice the screen's resolution, framed by title, filters, legend and source. */
export async function exportPng(api: MapApi, o: { i18n: I18n; palette: Palette; title: string; filters: string[]; frameworks: Framework[]; statuses: Status[]; source: Source | undefined }) {
  const { t, labels, date } = o.i18n;
  const map = await api.capture(SCALE);
  const styles: LegendEntry[] = [];
  if (o.statuses.some((s) => !TENTATIVE_STATUSES.has(s))) styles.push({ kind: "line", color: "#333333", label: t("legend.firm") });
  if (o.statuses.some((s) => TENTATIVE_STATUSES.has(s))) styles.push({ kind: "dashed", color: "#333333", label: t("legend.tentative") });
  const legend = [
    { heading: t("legend.frameworks"), entries: o.frameworks.map((f): LegendEntry => ({ kind: "line", color: frameworkColor(f), label: labels.frameworks[f] })) },
    { heading: t("legend.status"), entries: styles },
    { heading: t("legend.memberStates"), entries: RESPONSES.map((r): LegendEntry => ({ kind: r === "no_response" ? "hatch" : "fill", color: o.palette.responses[r], label: labels.responses[r] })) },
  ];
  const stamp = o.source ? `${t("stamp.asReported", { month: date(o.source.date.slice(0, 7)) })} ${t("stamp.source")} ${o.source.title}, ${o.source.publisher}, ${t("stamp.compiled", { date: date(o.source.date) })}.` : "";
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
  await downloadCanvas(canvas, "partnership-atlas.png");
}
