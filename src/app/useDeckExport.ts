/**
 * "Download PowerPoint" and "Download PDF": the deck's slides rendered one after another off
 * screen, then written to a file, with progress and a way to cancel. The map on screen stays put.
 */
import { useCallback, useRef, useState } from "react";
import type { DeckContent } from "../present/deckContent.ts";
import type { WorldLayer } from "../geo/worldLayer.ts";
import { downloadBlob } from "../export/downloadBlob.ts";
import type { I18n } from "../i18n/I18nContext.tsx";

export type DeckExportState =
  | { phase: "idle" }
  | { phase: "rendering"; done: number; total: number }
  | { phase: "writing" }
  | { phase: "failed"; message: string };

/** 16:9 at a projector's resolution: labels keep their size relative to the slide. */
const SIZE = { width: 1280, height: 720 };
const HOME: [number, number, number, number] = [-27, -30, 62, 64];

export function useDeckExport(world: WorldLayer, i18n: I18n) {
  const [state, setState] = useState<DeckExportState>({ phase: "idle" });
  const abort = useRef<AbortController | null>(null);

  const run = useCallback(
    async (kind: "pptx" | "pdf", content: DeckContent, fileName: string) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      setState({ phase: "rendering", done: 0, total: content.slides.length });
      try {
        const [{ renderMapImages }, files] = await Promise.all([
          import("../map/renderMapImages.ts"),
          import("../export/deckFiles.ts"),
        ]);
        const shots = content.slides.map((s) => ({
          ...s.model,
          selected: s.selected,
          palette: content.palette,
          camera: s.camera,
          bounds: s.bounds,
        }));
        const images = await renderMapImages(world, shots, {
          ...SIZE,
          home: HOME,
          signal: controller.signal,
          onProgress: (done) => setState({ phase: "rendering", done, total: content.slides.length }),
        });
        if (controller.signal.aborted) return;
        setState({ phase: "writing" });
        const labels = {
          legend: i18n.t("legend.title"),
          slideOf: (n: number, total: number) => i18n.t("present.counter", { n, total }),
        };
        const blob =
          kind === "pptx"
            ? await files.writePptx(content, images, labels)
            : await files.writePdf(content, images, labels);
        if (controller.signal.aborted) return;
        downloadBlob(blob, `${fileName}.${kind}`);
        setState({ phase: "idle" });
      } catch (e) {
        if (controller.signal.aborted || (e instanceof DOMException && e.name === "AbortError"))
          return setState({ phase: "idle" });
        setState({ phase: "failed", message: e instanceof Error ? e.message : String(e) });
      } finally {
        if (abort.current === controller) abort.current = null;
      }
    },
    [world, i18n],
  );

  const cancel = useCallback(() => {
    abort.current?.abort();
    abort.current = null;
    setState({ phase: "idle" });
  }, []);

  return { state, run, cancel, dismiss: () => setState({ phase: "idle" }) };
}
