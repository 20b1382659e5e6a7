/**
 * "Download PowerPoint" and "Download PDF": the deck's slides rendered one after another off
 * screen, then written to a file, with progress and a way to cancel. The map on screen stays put.
 */
import { useCallback, useRef, useState } from "react";
import type { DeckContent } from "../present/deckContent.ts";
import type { WorldLayer } from "../geo/worldLayer.ts";
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
      // The work is in the deck files' chunk; only its loading can fail here.
      await import("../export/writeDeckFile.ts").then(
        (m) =>
          m.downloadDeckFile(kind, content, world, fileName, { i18n, signal: controller.signal, onState: setState }),
        (e: unknown) => setState({ phase: "failed", message: e instanceof Error ? e.message : String(e) }),
      );
      if (abort.current === controller) abort.current = null;
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
