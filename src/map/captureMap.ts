import type { Map as MapLibreMap } from "maplibre-gl";

/** A copy of the map drawn at `ratio` times the screen's CSS size, the screen left as it was. */
export async function captureMap(map: MapLibreMap, ratio: number): Promise<HTMLCanvasElement> {
  const previous = map.getPixelRatio();
  try {
    map.setPixelRatio(ratio);
    await new Promise<void>((resolve) => {
      map.once("idle", () => resolve());
      map.triggerRepaint();
    });
    const source = map.getCanvas();
    const copy = document.createElement("canvas");
    copy.width = source.width;
    copy.height = source.height;
    copy.getContext("2d")?.drawImage(source, 0, 0);
    return copy;
  } finally {
    map.setPixelRatio(previous);
  }
}
