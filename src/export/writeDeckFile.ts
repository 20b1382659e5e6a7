/**
 * A deck as a file: each slide's map rendered off screen, then the slides written as PowerPoint or
 * PDF. A chunk of its own with the renderer and the writers, loaded at the first deck download
 * (useDeckExport.ts) or by the idle prefetch.
 */
import type { WorldLayer } from "../geo/worldLayer.ts";
import { renderMapImages } from "../map/renderMapImages.ts";
import type { DeckContent } from "../present/deckContent.ts";
import { writePdf, writePptx } from "./deckFiles.ts";

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
