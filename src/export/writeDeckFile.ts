/**
 * A deck as a file: each slide's map rendered off screen, then the slides written as PowerPoint or
 * PDF. A chunk of its own with the renderer and the writers, loaded at the first deck download
 * (useDeckExport.ts) or by the idle prefetch.
 */
import type { WorldLayer } from "../geo/worldLayer.ts";
import { renderMapImages } from "../map/renderMapImages.ts";
import type { DeckContent } from "../present/deckContent.ts";
import { writePdf, writePptx } from "./deckFiles.ts";
import { downloadBlob } from "./downloadBlob.ts";
import type { I18n } from "../i18n/I18nContext.tsx";
import type { DeckExportState } from "../app/useDeckExport.ts";

/** 16:9 at a projector's resolution: labels keep their size relative to the slide. */
const SIZE = { width: 1280, height: 720 };
const HOME: [number, number, number, number] = [-27, -30, 62, 64];

/** The file, or null when `signal` stopped it; `onProgress` counts the slides drawn, `onWriting` says the drawing is done. */
export async function writeDeckFile(
  kind: "pptx" | "pdf",
  content: DeckContent,
  world: WorldLayer,
  o: {
    labels: { legend: string; slideOf(n: number, total: number): string };
    signal: AbortSignal;
    onProgress(done: number): void;
    onWriting(): void;
  },
): Promise<Blob | null> {
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
    signal: o.signal,
    onProgress: o.onProgress,
  });
  if (o.signal.aborted) return null;
  o.onWriting();
  return kind === "pptx" ? writePptx(content, images, o.labels) : writePdf(content, images, o.labels);
}

/**
 * "Download PowerPoint" / "Download PDF" from start to end: the file written, then downloaded as
 * `fileName`, with each step told to `onState` (useDeckExport.ts shows them). Resolves when done,
 * stopped by `signal` or failed; never rejects.
 */
export async function downloadDeckFile(
  kind: "pptx" | "pdf",
  content: DeckContent,
  world: WorldLayer,
  fileName: string,
  o: { i18n: I18n; signal: AbortSignal; onState(state: DeckExportState): void },
): Promise<void> {
  const { i18n, signal, onState } = o;
  try {
    const blob = await writeDeckFile(kind, content, world, {
      labels: {
        legend: i18n.t("legend.title"),
        slideOf: (n: number, total: number) => i18n.t("present.counter", { n, total }),
      },
      signal,
      onProgress: (done) => onState({ phase: "rendering", done, total: content.slides.length }),
      onWriting: () => onState({ phase: "writing" }),
    });
    if (!blob || signal.aborted) return;
    downloadBlob(blob, `${fileName}.${kind}`);
    onState({ phase: "idle" });
  } catch (e) {
    if (signal.aborted || (e instanceof DOMException && e.name === "AbortError")) return onState({ phase: "idle" });
    onState({ phase: "failed", message: e instanceof Error ? e.message : String(e) });
  }
}
