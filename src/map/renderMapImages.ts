/**
 * Map pictures for a deck file, drawn one after another on a map of their own, off screen, so the
 * map the user sees does not move. Each picture waits for the map to be idle, then is copied as PNG.
 */
import { Map as MapLibreMap } from "maplibre-gl";
import type { WorldLayer } from "../geo/worldLayer.ts";
import type { Camera } from "../state/urlState.ts";
import { atlasStyle } from "./layers.ts";
import { loadPlaceLayer, placesPending, syncFlows, syncStyle, type MapPicture } from "./syncMap.ts";

export interface MapShot extends MapPicture {
  camera: Camera | null;
  bounds: [number, number, number, number] | null;
}

export async function renderMapImages(
  world: WorldLayer,
  shots: MapShot[],
  o: {
    width: number;
    height: number;
    home: [number, number, number, number];
    onProgress?(done: number): void;
    signal?: AbortSignal;
  },
): Promise<string[]> {
  const first = shots[0];
  if (!first) return [];
  const host = document.createElement("div");
  // Off screen but laid out at its full size: a map in a hidden element would draw nothing.
  Object.assign(host.style, {
    position: "fixed",
    left: "-20000px",
    top: "0",
    width: `${o.width}px`,
    height: `${o.height}px`,
  });
  host.setAttribute("aria-hidden", "true");
  document.body.append(host);
  const map = new MapLibreMap({
    container: host,
    style: atlasStyle(world, first.palette),
    bounds: o.home,
    interactive: false,
    attributionControl: false,
    renderWorldCopies: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  // Idle with the dots and labels drawn: the first picture may come before the place layer is added.
  const idle = async () => {
    do
      await new Promise<void>((resolve) => {
        map.once("idle", () => resolve());
        map.triggerRepaint();
      });
    while (placesPending(map));
  };
  try {
    await Promise.all([new Promise<void>((resolve) => map.once("load", () => resolve())), loadPlaceLayer()]);
    const images: string[] = [];
    for (const [i, shot] of shots.entries()) {
      if (o.signal?.aborted) throw new DOMException("Cancelled", "AbortError");
      syncFlows(map, shot);
      syncStyle(map, shot, world);
      if (shot.camera) map.jumpTo({ center: [shot.camera.lon, shot.camera.lat], zoom: shot.camera.zoom });
      else map.fitBounds(shot.bounds ?? o.home, { padding: 40, maxZoom: 5, duration: 0 });
      await idle();
      images.push(map.getCanvas().toDataURL("image/png"));
      o.onProgress?.(i + 1);
    }
    return images;
  } finally {
    map.remove();
    host.remove();
  }
}
