import { describe, expect, it } from "vitest";
import { legendModel, legendText, type LegendView, type LegendWords } from "../../src/legend/legendModel.ts";
import { GAP_COLOR, PALETTES } from "../../src/scales/colors.ts";
import { datasetStyle } from "../../src/scales/frameworkColors.ts";

// Fixture words: keys and ids come back as they are, so the tests say which text goes where.
const words: LegendWords = { t: (key) => `[${key}]`, vocab: (kind, id) => `${kind}:${id}` };
const style = datasetStyle({
  frameworks: ["treaty", "project"],
  tentative: ["planned"],
  participation: ["joins"],
  colors: { treaty: "#112233" },
});
const base: LegendView = {
  frameworks: ["treaty", "project"],
  statuses: ["signed"],
  style,
  palette: PALETTES.light,
  hasResponses: true,
  compare: null,
  gaps: false,
  wideFlows: false,
};
const ids = (v: LegendView) => legendModel(v, words).map((s) => s.id);
const section = (v: LegendView, id: string) => legendModel(v, words).find((s) => s.id === id);

describe("legendModel", () => {
  it("lists frameworks, status, Member State answers and partner shading, in that order", () => {
    expect(ids(base)).toEqual(["frameworks", "status", "memberStates", "partners"]);
    expect(section(base, "frameworks")?.entries).toEqual([
      { label: "frameworks:treaty", swatch: { kind: "line", color: "#112233", dash: "solid" } },
      { label: "frameworks:project", swatch: { kind: "line", color: style.colorOf("project"), dash: "solid" } },
    ]);
  });

  it("has the partner key: one fill per step of the scale, in the palette's colours", () => {
    const partners = section({ ...base, palette: PALETTES.dark }, "partners");
    expect(partners?.title).toBe("[legend.partners]");
    expect(partners?.entries.map((e) => e.label)).toEqual(["1", "2–3", "4–5", "6+"]);
    expect(partners?.entries.map((e) => e.swatch)).toEqual(
      PALETTES.dark.partnerSteps.map((color) => ({ kind: "fill", color, hatched: false })),
    );
  });

  it("says only the line styles the shown links use", () => {
    const labels = (statuses: string[]) =>
      section({ ...base, statuses }, "status")?.entries.map((e) => [
        e.label,
        e.swatch.kind === "line" ? e.swatch.dash : "",
      ]);
    expect(labels(["signed"])).toEqual([["[legend.firm]", "solid"]]);
    expect(labels(["planned", "joins"])).toEqual([
      ["[legend.tentative]", "dashed"],
      ["[legend.participation]", "dotted"],
    ]);
    expect(ids({ ...base, statuses: [] })).not.toContain("status");
  });

  it("hatches only 'did not answer' among the answers, and falls back to one fill without answers", () => {
    const answers = section(base, "memberStates")?.entries ?? [];
    expect(answers).toHaveLength(5);
    expect(answers.filter((e) => e.swatch.kind === "fill" && e.swatch.hatched).map((e) => e.label)).toEqual([
      "responses:no_response",
    ]);
    expect(section({ ...base, hasResponses: false }, "memberStates")).toMatchObject({
      title: "[filters.memberStates]",
      entries: [{ label: "[legend.withLinks]", swatch: { kind: "fill", color: PALETTES.light.origin } }],
    });
  });

  it("replaces frameworks and status by the kinds of pair in compare mode", () => {
    const v = {
      ...base,
      compare: [
        { label: "in both", color: "#7B3294", dashed: false, count: 3 },
        { label: "only in B", color: "#D55E00", dashed: true, count: 1 },
      ],
    };
    expect(ids(v)).toEqual(["compare", "memberStates", "partners"]);
    expect(section(v, "compare")?.entries).toEqual([
      { label: "in both (3)", swatch: { kind: "line", color: "#7B3294", dash: "solid" } },
      { label: "only in B (1)", swatch: { kind: "line", color: "#D55E00", dash: "dashed" } },
    ]);
  });

  it("adds the gaps outline only when gaps are drawn", () => {
    expect(ids({ ...base, gaps: true }).at(-1)).toBe("gaps");
    expect(section({ ...base, gaps: true }, "gaps")?.entries).toEqual([
      { label: "[legend.gaps]", swatch: { kind: "outline", color: GAP_COLOR } },
    ]);
  });

  it("explains line widths, after the status, only when a drawn line stands for more than one link", () => {
    expect(ids(base)).not.toContain("widths");
    expect(ids({ ...base, wideFlows: true })).toEqual(["frameworks", "status", "widths", "memberStates", "partners"]);
    const widths = section({ ...base, wideFlows: true }, "widths");
    expect(widths?.title).toBe("[legend.widths]");
    expect(widths?.entries.map((e) => e.label)).toEqual(["1", "4", "16+"]);
    // Wider for more links, in the label ink as the status lines.
    const w = widths?.entries.map((e) => (e.swatch.kind === "line" ? e.swatch.width : undefined)) ?? [];
    expect(w).toEqual([...w].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(new Set(w).size).toBe(3);
    expect(widths?.entries.every((e) => e.swatch.color === PALETTES.light.labelText)).toBe(true);
  });
  it("says 'no links shown' rather than an empty framework list", () => {
    expect(section({ ...base, frameworks: [] }, "frameworks")).toMatchObject({
      entries: [],
      empty: "[legend.noLinks]",
    });
  });

  it("draws status lines in the palette's label ink, so they show on a dark map", () => {
    const firm = section({ ...base, palette: PALETTES.dark }, "status")?.entries[0]?.swatch;
    expect(firm).toEqual({ kind: "line", color: PALETTES.dark.labelText, dash: "solid" });
  });

  it("reads as words, a paragraph a section, for the PNG's text", () => {
    const text = legendText(legendModel({ ...base, frameworks: [] }, words)).split("\n\n");
    expect(text[0]).toBe("[legend.frameworks]\n[legend.noLinks]");
    expect(text.at(-1)).toBe("[legend.partners]\n1; 2–3; 4–5; 6+");
  });
});
