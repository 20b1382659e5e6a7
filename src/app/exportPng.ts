import { composePng, downloadCanvas } from "../export/composePng.ts";
import { crossTab } from "../data/crossTab.ts";
import { drawMatrix } from "../export/drawMatrix.ts";
import { legendText, type LegendSection } from "../legend/legendModel.ts";
import type { MapApi } from "../map/MapView.tsx";
import type { Palette } from "../scales/colors.ts";
import type { PngInput } from "./usePngExport.ts";
import { loadEnglishParts } from "../i18n/catalogues.ts";

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

/**
 * "Download PNG" of the view: in the matrix view the matrix drawn at the export's resolution, else
 * the map's picture. False when there is nothing to draw (no map); `onStart` once there is.
 */
export async function exportViewPng(
  o: Omit<PngInput, "mapApi"> & { map: MapApi | null; onStart(): void },
): Promise<boolean> {
  const { map, view, matrix, nameOf, style, palette, i18n, legend } = o;
  // The matrix's "more partners" line is among the parts' English messages: a download before the
  // idle prefetch has them too.
  await loadEnglishParts();
  const dark = palette.dark;
  // The matrix is tabulated here, in the download's chunk, as the matrix view does for the screen.
  const tab = view === "matrix" && matrix ? crossTab(matrix.links, matrix.options) : null;
  const capture = tab
    ? (scale: number) =>
        drawMatrix(tab, {
          width: window.innerWidth,
          height: window.innerHeight,
          scale,
          nameOf,
          colorOf: style.colorOf,
          isTentative: style.isTentative,
          ink: dark ? "#f2f2f2" : "#1c1c1c",
          paper: dark ? "#14202b" : "#ffffff",
          line: dark ? "#4a5560" : "#d4d4d4",
          font: getComputedStyle(document.body).fontFamily || "sans-serif",
          moreColumns: (n) => i18n.t("matrix.moreColumns", { count: n }),
        })
    : map
      ? (scale: number) => map.capture(scale)
      : null;
  if (!capture) return false;
  o.onStart();
  // Of the legend only the framework colours apply to the matrix: it has no fills, and its marks say tentative.
  await exportPng(capture, {
    palette,
    title: o.title,
    filters: o.filters,
    legend: view === "matrix" ? legend.filter((s) => s.id === "frameworks") : legend,
    stamp: o.stamp,
    description: o.summary,
  });
  return true;
}
