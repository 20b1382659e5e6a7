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
        const { writeDeckFile } = await import("../export/writeDeckFile.ts");
        const blob = await writeDeckFile(kind, content, world, {
          labels: {
            legend: i18n.t("legend.title"),
            slideOf: (n: number, total: number) => i18n.t("present.counter", { n, total }),
          },
          signal: controller.signal,
          onProgress: (done) => setState({ phase: "rendering", done, total: content.slides.length }),
          onWriting: () => setState({ phase: "writing" }),
        });
        if (!blob || controller.signal.aborted) return;
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
