import { composePng, downloadCanvas } from "../export/composePng.ts";
import { legendText, type LegendSection } from "../legend/legendModel.ts";
import type { Palette } from "../scales/colors.ts";

const SCALE = 2;

/**
 * "Download PNG": the map at twice the screen's resolution, framed by title, filters, legend and
 * source. `capture` draws the picture at a scale: the map's canvas, or the matrix drawn for export.
 * The file carries the summary as its description and the legend in words, for whoever cannot see it.
 */
export async function exportPng(
  capture: (scale: number) => Promise<HTMLCanvasElement> | HTMLCanvasElement,
  o: {
    palette: Palette;
    title: string;
    filters: string[];
    legend: readonly LegendSection[];
    stamp: string;
    description: string;
  },
) {
  const map = await capture(SCALE);
  const dark = o.palette.dark;
  const canvas = composePng(map, window.innerWidth, window.innerHeight, SCALE, {
    title: o.title,
    filters: o.filters,
    legend: o.legend,
    stamp: o.stamp,
    paper: dark ? "#14202b" : "#ffffff",
    ink: dark ? "#f2f2f2" : "#1c1c1c",
    font: getComputedStyle(document.body).fontFamily || "sans-serif",
  });
  await downloadCanvas(canvas, "partnership-atlas.png", { Description: o.description, Legend: legendText(o.legend) });
}
