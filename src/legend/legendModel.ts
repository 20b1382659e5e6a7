/**
 * What the legend says about the current view, as data: sections of entries, each a translated
 * label and a swatch description. The screen legend draws it as DOM, the PNG and the deck files
 * draw it on canvas or slides, so no picture of the map can leave with a key the screen lacks.
 * Pure: no React, no map library.
 */
import { RESPONSES } from "../data/vocabulary.ts";
import type { Translate } from "../i18n/translate.ts";
import { GAP_COLOR, PARTNER_STEPS, partnerScale, type Palette } from "../scales/colors.ts";
import type { DatasetStyle } from "../scales/frameworkColors.ts";

export type LineDash = "solid" | "dashed" | "dotted";

export type Swatch =
  /** `width`: the stroke in pixels where it says something (the flow widths); else the drawer's default. */
  | { kind: "line"; color: string; dash: LineDash; width?: number }
  | { kind: "fill"; color: string; hatched: boolean }
  /** A country outline, as the gaps layer draws it (dashed). */
  | { kind: "outline"; color: string };

export interface LegendEntry {
  label: string;
  swatch: Swatch;
}

export type LegendSectionId = "compare" | "frameworks" | "status" | "widths" | "memberStates" | "partners" | "gaps";

export interface LegendSection {
  id: LegendSectionId;
  title: string;
  entries: LegendEntry[];
  /** Said instead of entries when there are none (no links shown). */
  empty?: string;
  /** Short entries that read best side by side (the partner steps 1, 2–3, 4–5, 6+). */
  inline?: boolean;
}

/** One line of the compare key: the kind of pair, its colour, and how many pairs are of it. */
export interface CompareKey {
  label: string;
  color: string;
  dashed: boolean;
  count: number;
}

export interface LegendView {
  /** Frameworks and statuses of the links shown, in the dataset's order. */
  frameworks: readonly string[];
  statuses: readonly string[];
  style: DatasetStyle;
  palette: Palette;
  /** The dataset has each Member State's answer to a query (drawn as fills). */
  hasResponses: boolean;
  /** Compare mode: the lines say the kind of each pair instead of the framework. */
  compare: readonly CompareKey[] | null;
  /** "Who has no link on this?" outlines Member States on the map. */
  gaps: boolean;
  /** Some line drawn stands for more than one link (src/geo/flows.ts): the key says what width means. */
  wideFlows: boolean;
}

/** Links per line and their swatch widths, as the map's square-root scale draws them (1 ×1, 4 ×2, 16+ ×4). */
const WIDTH_STEPS: readonly [string, number][] = [
  ["1", 1.5],
  ["4", 3],
  ["16+", 6],
];

export interface LegendWords {
  t: Translate;
  vocab(kind: "frameworks" | "responses", id: string): string;
}

/** Partner steps as readable ranges: 1, 2–3, 4–5, 6+. */
export function partnerStepLabels(): string[] {
  return PARTNER_STEPS.map((from, i) => {
    const next = PARTNER_STEPS[i + 1];
    return next === undefined ? `${from}+` : next - 1 === from ? `${from}` : `${from}–${next - 1}`;
  });
}

export function legendModel(v: LegendView, { t, vocab }: LegendWords): LegendSection[] {
  const sections: LegendSection[] = [];
  // Status lines are drawn in the map's label ink, so they stay visible on a dark map too.
  const ink = v.palette.labelText;
  if (v.compare) {
    sections.push({
      id: "compare",
      title: t("compare.legend"),
      entries: v.compare.map((c) => ({
        label: `${c.label} (${c.count})`,
        swatch: { kind: "line", color: c.color, dash: c.dashed ? "dashed" : "solid" },
      })),
    });
  } else {
    sections.push({
      id: "frameworks",
      title: t("legend.frameworks"),
      entries: v.frameworks.map((f) => ({
        label: vocab("frameworks", f),
        swatch: { kind: "line", color: v.style.colorOf(f), dash: "solid" },
      })),
      empty: t("legend.noLinks"),
    });
    const isParticipation = (s: string) => v.style.isParticipation?.(s) ?? false;
    const status: LegendEntry[] = [];
    if (v.statuses.some((s) => !v.style.isTentative(s) && !isParticipation(s)))
      status.push({ label: t("legend.firm"), swatch: { kind: "line", color: ink, dash: "solid" } });
    if (v.statuses.some((s) => v.style.isTentative(s) && !isParticipation(s)))
      status.push({ label: t("legend.tentative"), swatch: { kind: "line", color: ink, dash: "dashed" } });
    if (v.statuses.some(isParticipation))
      status.push({ label: t("legend.participation"), swatch: { kind: "line", color: ink, dash: "dotted" } });
    if (status.length) sections.push({ id: "status", title: t("legend.status"), entries: status });
  }
  if (v.wideFlows)
    sections.push({
      id: "widths",
      title: t("legend.widths"),
      inline: true,
      entries: WIDTH_STEPS.map(([label, width]) => ({
        label,
        swatch: { kind: "line", color: ink, dash: "solid", width },
      })),
    });
  sections.push(
    v.hasResponses
      ? {
          id: "memberStates",
          title: t("legend.memberStates"),
          // "Did not answer" is hatched, so it never reads as the colour of an answer.
          entries: RESPONSES.map((r) => ({
            label: vocab("responses", r),
            swatch: { kind: "fill", color: v.palette.responses[r], hatched: r === "no_response" },
          })),
        }
      : {
          id: "memberStates",
          title: t("filters.memberStates"),
          entries: [
            { label: t("legend.withLinks"), swatch: { kind: "fill", color: v.palette.origin, hatched: false } },
          ],
        },
  );
  const partnerColor = partnerScale(v.palette);
  const labels = partnerStepLabels();
  sections.push({
    id: "partners",
    title: t("legend.partners"),
    inline: true,
    entries: PARTNER_STEPS.map((from, i) => ({
      label: labels[i] ?? String(from),
      swatch: { kind: "fill", color: partnerColor(from), hatched: false },
    })),
  });
  if (v.gaps)
    sections.push({
      id: "gaps",
      title: t("gaps.switch"),
      entries: [{ label: t("legend.gaps"), swatch: { kind: "outline", color: GAP_COLOR } }],
    });
  return sections;
}

/**
 * The legend in words, carried inside an exported PNG: one paragraph per section, its title on
 * the first line and its entries on the second (titles may hold a colon, so no "Title: …" lines).
 */
export function legendText(sections: readonly LegendSection[]): string {
  return sections
    .map((s) => `${s.title}\n${s.entries.length ? s.entries.map((e) => e.label).join("; ") : (s.empty ?? "")}`)
    .join("\n\n");
}
