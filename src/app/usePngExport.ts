/**
 * "Download PNG": the map (or, in the matrix view, the matrix drawn at the export's resolution)
 * with its title, filters, legend, source line and the written summary; a failure says so.
 */
import { useCallback, useState, type RefObject } from "react";
import type { CrossTab } from "../data/crossTab.ts";
import type { I18n } from "../i18n/I18nContext.tsx";
import type { LegendSection } from "../legend/legendModel.ts";
import type { MapApi } from "../map/MapView.tsx";
import type { Palette } from "../scales/colors.ts";
import type { DatasetStyle } from "../scales/frameworkColors.ts";
import type { View } from "../state/urlState.ts";

export interface PngInput {
  mapApi: RefObject<MapApi | null>;
  view: View;
  /** The cross-table, in the matrix view only. */
  matrix: CrossTab | null;
  nameOf(id: string): string;
  style: DatasetStyle;
  palette: Palette;
  i18n: I18n;
  title: string;
  filters: string[];
  legend: LegendSection[];
  stamp: string;
  summary: string;
}

export function usePngExport(input: PngInput) {
  const [failed, setFailed] = useState(false);
  const { mapApi, view, matrix, nameOf, style, palette, i18n, title, filters, legend, stamp, summary } = input;
  const run = useCallback(async () => {
    const api = mapApi.current;
    // The PNG composition is a chunk of its own, loaded at the first download (or the idle prefetch).
    const [{ drawMatrix }, { exportPng }] = await Promise.all([
      import("../export/drawMatrix.ts"),
      import("./exportPng.ts"),
    ]);
    const dark = palette.dark;
    const capture =
      view === "matrix" && matrix
        ? (scale: number) =>
            drawMatrix(matrix, {
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
        : api
          ? (scale: number) => api.capture(scale)
          : null;
    if (!capture) return setFailed(true);
    setFailed(false);
    // Of the legend only the framework colours apply to the matrix: it has no fills, and its marks say tentative.
    await exportPng(capture, {
      palette,
      title,
      filters,
      legend: view === "matrix" ? legend.filter((s) => s.id === "frameworks") : legend,
      stamp,
      description: summary,
    });
  }, [mapApi, view, matrix, nameOf, style, palette, i18n, title, filters, legend, stamp, summary]);
  // A chunk that does not load (offline before the prefetch) fails like the export itself.
  const download = useCallback(() => void run().catch(() => setFailed(true)), [run]);
  return { download, failed, dismiss: useCallback(() => setFailed(false), []) };
}
