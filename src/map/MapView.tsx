/**
 * The one owner of the MapLibre map. It declares the layers once and turns props into map calls
 * (src/map/syncMap.ts: geometry once per set of flows, then a few bytes per flow); the rest of the app
 * never touches the map.
 */
import { useEffect, useLayoutEffect, useRef } from "react";
import type { Map as MapLibreMap, MapMouseEvent } from "maplibre-gl";
import type { WorldLayer } from "../geo/worldLayer.ts";
import type { Camera } from "../state/urlState.ts";
import { createMap } from "./createMap.ts";
import { placeAt, shownFlowAt } from "./pointerTargets.ts";
import {
  forgetSync,
  isStyleReady,
  placesPending,
  onFlowsFailed,
  syncFlows,
  syncStyle,
  initialData,
  syncedFromStyle,
  type MapPicture,
} from "./syncMap.ts";

export interface HoverTarget {
  kind: "arc" | "place";
  /** A place's id; for an arc, the flow's first link. */
  id: string;
  /** For an arc: how many shown links it stands for. */
  count?: number;
  /** For an arc: the ids of all links of its flow, shown or not (the hover names the shown ones). */
  links?: readonly string[];
  x: number;
  y: number;
}

/** What the rest of the app may ask of the map, without holding the map itself. */
export interface MapApi {
  /** A copy of the map drawn at `pixelRatio` times the screen's CSS size. */
  capture(pixelRatio: number): Promise<HTMLCanvasElement>;
}

export interface MapViewProps extends MapPicture {
  world: WorldLayer;
  camera: Camera | null;
  /** When set and the camera is not, the view eases to these bounds: [west, south, east, north]. */
  fitBounds?: [number, number, number, number] | null;
  /** Where the camera opens when the URL has none: [west, south, east, north]. */
  homeBounds: [number, number, number, number];
  /** Pixels kept free around the home view, e.g. for the legend. */
  homePadding: { top: number; right: number; bottom: number; left: number };
  ariaLabel: string;
  onSelect(id: string | null): void;
  onHover(target: HoverTarget | null): void;
  onCameraChange(camera: Camera): void;
  /** The map's API once it has loaded; null when it is gone (e.g. switching to the table). */
  onReady?(api: MapApi | null): void;
  /** This browser cannot draw the flows (their shaders would not compile): the map shows countries only. */
  onFlowsFailed?(): void;
  /** New filters are on their way (a deferred render): the region says it is busy until they are drawn. */
  busy?: boolean;
}

export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const latest = useRef(props);
  latest.current = props;
  // Set when the map is handed new data or filters; the next idle marks them drawn. It lives in the
  // DOM (data-drawing), so a browser test reads the map once it shows what the page says.
  const drawing = (on: boolean) => container.current?.toggleAttribute("data-drawing", on);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const { world, camera, homeBounds, homePadding, palette } = latest.current;
    // The style starts with this picture's data: the first sync sends only what changed since.
    let first: MapPicture | null = latest.current;
    const map = createMap(el, { world, palette, data: initialData(first, world), camera, homeBounds, homePadding });
    map.on("click", (e: MapMouseEvent) => latest.current.onSelect(placeAt(map, e.point)));
    map.on("mousemove", (e: MapMouseEvent) => {
      const { counts, flows } = latest.current;
      const arc = shownFlowAt(map, e.point, flows, counts);
      const links = arc !== undefined ? flows.linkIds[arc] : undefined;
      const place = arc !== undefined ? null : placeAt(map, e.point);
      map.getCanvas().style.cursor = place ? "pointer" : "";
      if (arc !== undefined && links?.[0])
        latest.current.onHover({
          kind: "arc",
          id: links[0],
          count: counts[arc] ?? 0,
          links,
          x: e.point.x,
          y: e.point.y,
        });
      else if (place) latest.current.onHover({ kind: "place", id: place, x: e.point.x, y: e.point.y });
      else latest.current.onHover(null);
    });
    map.on("mouseout", () => latest.current.onHover(null));
    onFlowsFailed(map, () => latest.current.onFlowsFailed?.());
    map.on("moveend", (e: { originalEvent?: Event }) => {
      // Only moves the user made become URL state; programmatic ones come from the URL already.
      if (!e.originalEvent) return;
      const c = map.getCenter();
      latest.current.onCameraChange({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    });
    map.on("idle", () => {
      // A mark per drawing of new data or filters ("atlas:idle"), which `npm run bench:browser`
      // times; idle also follows every pan and hover, so those are skipped with one flag check.
      if (!el.hasAttribute("data-drawing") || !map.loaded() || placesPending(map)) return;
      drawing(false);
      performance.mark("atlas:idle");
    });
    // The first sync as soon as the style is in, not after the countries' first drawing: the fills
    // and the flow layer are then in the first frames that have tiles. After a lost WebGL context (or
    // restarted workers) MapLibre rebuilds the style without the flow layer or any feature state:
    // everything is sent again.
    map.on("style.load", () => {
      // Workers restarted while a style loads swap in another style, whose own "style.load" follows.
      if (!isStyleReady(map)) return;
      forgetSync(map);
      const firstStyle = first !== null;
      if (first) syncedFromStyle(map, first);
      // The first picture (a large dataset's flows and points) is not kept beyond this.
      first = null;
      mapRef.current = map;
      drawing(true);
      syncFlows(map, latest.current);
      syncStyle(map, latest.current, latest.current.world);
      // A slide's framing (a link into meeting mode) before the tiles are laid out for the home view.
      const { fitBounds: fit, camera: cam, homePadding: pad } = latest.current;
      if (firstStyle && fit && !cam) map.fitBounds(fit, { padding: pad, duration: 0, maxZoom: 5 });
    });
    map.on("load", () => {
      el.dataset.mapReady = "true";
      window.__atlasMap = map;
      // The capture code is in the downloads' chunks (lazyParts.tsx prefetches it): only exports use it.
      latest.current.onReady?.({
        capture: async (ratio) => (await import("./captureMap.ts")).captureMap(map, ratio),
      });
    });
    return () => {
      latest.current.onReady?.(null);
      mapRef.current = null;
      if (window.__atlasMap === map) window.__atlasMap = undefined;
      map.remove();
    };
  }, []);

  // Each sync sends only what changed. A filter or selection changes the flow layer's state, the
  // countries' feature state and the place layer's lists: nothing goes to MapLibre's worker, and the
  // next frame draws it all.
  const { flows, counts, dots, labels, fills, hatched, selected, palette, gaps } = props;
  // In the commit that brings the new props, so the region never reads neither busy nor drawing.
  useLayoutEffect(() => {
    const map = mapRef.current;
    // While MapLibre rebuilds its style, nothing can be sent; "style.load" sends the latest picture.
    if (!map || !isStyleReady(map)) return;
    drawing(true);
    // Feature state that did not change requests no frame: one is asked for, so idle marks the sync.
    map.triggerRepaint();
    syncFlows(map, latest.current);
    syncStyle(map, latest.current, latest.current.world);
  }, [flows, counts, dots, labels, fills, hatched, selected, palette, gaps]);

  const fitKey = props.fitBounds?.join(",") ?? "";
  useEffect(() => {
    const map = mapRef.current;
    const fit = latest.current.fitBounds;
    if (!map || latest.current.camera || !fit) return;
    map.fitBounds(fit, { padding: latest.current.homePadding, duration: 800, maxZoom: 5 });
  }, [fitKey]);

  // Back to a view without a camera (or out of a slide) returns to the home view.
  const hadCamera = useRef(props.camera !== null);
  useEffect(() => {
    const map = mapRef.current;
    const cam = props.camera;
    const had = hadCamera.current;
    hadCamera.current = cam !== null;
    if (map && !cam && had && !latest.current.fitBounds) {
      map.fitBounds(latest.current.homeBounds, { padding: latest.current.homePadding, duration: 600 });
      return;
    }
    if (!map || !cam) return;
    const c = map.getCenter();
    if (
      Math.abs(c.lng - cam.lon) < 1e-3 &&
      Math.abs(c.lat - cam.lat) < 1e-3 &&
      Math.abs(map.getZoom() - cam.zoom) < 1e-2
    )
      return;
    map.easeTo({ center: [cam.lon, cam.lat], zoom: cam.zoom, duration: 600 });
  }, [props.camera]);

  return (
    <div
      ref={container}
      className="map"
      role="region"
      aria-label={props.ariaLabel}
      aria-busy={props.busy || undefined}
      data-testid="map"
    />
  );
}
