/**
 * "Download PNG": the map (or, in the matrix view, the matrix drawn at the export's resolution)
 * with its title, filters, legend, source line and the written summary; a failure says so.
 */
import { useCallback, useState, type RefObject } from "react";
import type { MatrixInput } from "../data/crossTab.ts";
import type { I18n } from "../i18n/I18nContext.tsx";
import type { LegendSection } from "../legend/legendModel.ts";
import type { MapApi } from "../map/MapView.tsx";
import type { Palette } from "../scales/colors.ts";
import type { DatasetStyle } from "../scales/frameworkColors.ts";
import type { View } from "../state/urlState.ts";

export interface PngInput {
  mapApi: RefObject<MapApi | null>;
  view: View;
  /** The matrix's links and options, in the matrix view only. */
  matrix: MatrixInput | null;
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
    // The PNG composition is a chunk of its own, loaded at the first download (or the idle prefetch).
    const { exportViewPng } = await import("./exportPng.ts");
    const drawn = await exportViewPng({
      map: mapApi.current,
      view,
      matrix,
      nameOf,
      style,
      palette,
      i18n,
      title,
      filters,
      legend,
      stamp,
      summary,
      onStart: () => setFailed(false),
    });
    if (!drawn) setFailed(true);
  }, [mapApi, view, matrix, nameOf, style, palette, i18n, title, filters, legend, stamp, summary]);
  // A chunk that does not load (offline before the prefetch) fails like the export itself.
  const download = useCallback(() => void run().catch(() => setFailed(true)), [run]);
  return { download, failed, dismiss: useCallback(() => setFailed(false), []) };
}
