/**
 * The benchmark's baseline: MapLibre alone drawing what the atlas draws, the world layer and the
 * flows, made by the app's own pure modules (parseWorld, buildFlows, filterLinks) from the same
 * links: the flows of all links, those with a shown link uploaded with their shown count. No React, no validation, no labels or dots: what is left is the floor MapLibre sets.
 * It marks "bare:idle" when the first drawing is done and offers window.__bare.filter(theme).
 */
import { Map as MapLibreMap, setWorkerUrl, type ExpressionSpecification, type GeoJSONSource } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import { filterLinks } from "../../../src/data/filterLinks.ts";
import { EMPTY_FILTERS } from "../../../src/data/filters.ts";
import { buildFlows, shownPerFlow, visibleFlows } from "../../../src/geo/flows.ts";
import { parseWorld } from "../../../src/geo/worldLayer.ts";
import { WIDTH_STOPS } from "../../../src/map/flowStyle.ts";
import { datasetStyle } from "../../../src/scales/frameworkColors.ts";
import type { BareData } from "../benchSite.ts";

setWorkerUrl(workerUrl);

/** A flow's width factor from its shown count, as flowWidthFactor works it out on the atlas. */
const FACTOR: ExpressionSpecification = ["min", 4, ["sqrt", ["max", 0, ["get", "count"]]]];

declare global {
  interface Window {
    __bare?: { filter(theme: string): Promise<number> };
  }
}

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

async function start(): Promise<void> {
  const linksUrl = new URLSearchParams(location.search).get("links");
  if (!linksUrl) throw new Error("No ?links= to draw");
  const [worldJson, dataJson] = await Promise.all([fetchJson("../geo/world.topo.json"), fetchJson(linksUrl)]);
  const world = parseWorld(worldJson);
  const data = dataJson as BareData;
  const style = datasetStyle(data.vocabulary);
  const anchorOf = (id: string) => world.anchors.get(id);
  // The atlas's lines: one geometry per flow of the whole dataset; a filter shows some of them.
  const flows = buildFlows(data.links, anchorOf, style);
  const arcsOf = (links: BareData["links"]) => visibleFlows(flows, shownPerFlow(flows, links));
  const map = new MapLibreMap({
    container: "map",
    bounds: [-25, -5, 60, 62],
    attributionControl: false,
    renderWorldCopies: false,
    maxZoom: 8,
    style: {
      version: 8,
      sources: {
        countries: { type: "geojson", data: world.countries },
        arcs: { type: "geojson", data: arcsOf(data.links) },
      },
      layers: [
        { id: "background", type: "background", paint: { "background-color": "#dde5ee" } },
        { id: "country-fill", type: "fill", source: "countries", paint: { "fill-color": "#f2f0eb" } },
        {
          id: "country-border",
          type: "line",
          source: "countries",
          paint: { "line-color": "#9aa3ad", "line-width": 0.6 },
        },
        {
          id: "arcs",
          type: "line",
          source: "arcs",
          layout: { "line-cap": "round" },
          paint: {
            "line-color": ["get", "color"],
            // The atlas's plain width by zoom, times the flow's width factor (flowWidthFactor).
            "line-width": [
              "interpolate",
              ["linear"],
              ["zoom"],
              ...WIDTH_STOPS.flatMap(([zoom, plain]) => [zoom, ["*", plain, FACTOR]]),
            ] as ExpressionSpecification,
            "line-opacity": 0.9,
          },
        },
      ],
    },
  });
  const idle = (name: string) =>
    new Promise<PerformanceMark>((resolve) => {
      const check = () => {
        if (!map.loaded()) return void map.once("idle", check);
        resolve(performance.mark(name));
      };
      map.once("idle", check);
    });
  await idle("bare:idle");
  window.__bare = {
    async filter(theme: string): Promise<number> {
      // The filtered arcs are made before the clock starts: this times MapLibre's setData alone.
      const arcs = arcsOf(filterLinks(data.links, { ...EMPTY_FILTERS, themes: [theme] }));
      const t0 = performance.now();
      void (map.getSource("arcs") as GeoJSONSource).setData(arcs);
      const mark = await idle("bare:filtered");
      return mark.startTime - t0;
    },
  };
}

start().catch((e: unknown) => {
  console.error(e);
  document.title = `failed: ${String(e)}`;
});
