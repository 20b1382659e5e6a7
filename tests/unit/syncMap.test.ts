import { describe, expect, it } from "vitest";
import type { Map as MapLibreMap } from "maplibre-gl";
import type { FeatureCollection, Point } from "geojson";
import {
  initialData,
  loadPlaceLayer,
  placesPending,
  syncFlows,
  syncStyle,
  syncedFromStyle,
  type MapPicture,
} from "../../src/map/syncMap.ts";
import { LAYER, SOURCE } from "../../src/map/layers.ts";
import { flowLine, flowsOf } from "../support/flowFixtures.ts";
import type { WorldLayer } from "../../src/geo/worldLayer.ts";
import { PALETTES } from "../../src/scales/colors.ts";

const square = (iso3: string, x: number) => ({
  type: "Feature" as const,
  properties: { iso3, name: iso3 },
  geometry: {
    type: "Polygon" as const,
    coordinates: [
      [
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 0],
      ],
    ],
  },
});

const world: WorldLayer = {
  countries: {
    type: "FeatureCollection",
    features: [square("IRL", 0), square("GRC", 2), square("FRA", 4), square("MAR", 6)],
  },
  anchors: new Map(),
  small: new Set(),
};

/** Records the calls syncFlows and syncStyle make, as MapLibre would receive them. */
function fakeMap() {
  const uploads: Record<string, FeatureCollection[]> = {};
  const states: { id: string | number; state: Record<string, unknown> }[] = [];
  const layers: { layer: unknown; before?: string }[] = [];
  const map = {
    style: { _loaded: true },
    triggerRepaint: () => undefined,
    addLayer: (layer: unknown, before?: string) => layers.push({ layer, before }),
    setPaintProperty: () => undefined,
    setLayoutProperty: () => undefined,
    hasImage: () => false,
    updateImage: () => undefined,
    getSource: (id: string) => ({
      setData: (data: FeatureCollection) => {
        (uploads[id] ??= []).push(data);
        return Promise.resolve();
      },
    }),
    setFeatureState: (target: { id: string | number }, state: Record<string, unknown>) =>
      states.push({ id: target.id, state }),
  };
  return { map: map as unknown as MapLibreMap, uploads, states, layers };
}

const empty: FeatureCollection<Point, never> = { type: "FeatureCollection", features: [] };
const picture = (fills: [string, string][], hatched: string[], selected: string | null = null): MapPicture => ({
  flows: flowsOf(),
  counts: new Uint32Array(0),
  dots: empty,
  labels: empty,
  fills: new Map(fills),
  hatched,
  selected,
  palette: PALETTES.light,
});

describe("syncStyle", () => {
  it("gives the hatch layer, over the fills, the polygons of who did not answer, once per list", async () => {
    const { map, uploads, layers } = fakeMap();
    syncStyle(map, picture([["FRA", "#123456"]], ["GRC", "IRL"]), world);
    // The layer comes with the place layer's chunk.
    await loadPlaceLayer();
    await Promise.resolve();
    const added = layers.filter((l) => (l.layer as { id: string }).id === LAYER.countryHatch);
    expect(added).toHaveLength(1);
    expect(added[0]?.before).toBe(LAYER.selectedOutline);
    const hatch = added[0]?.layer as { triangles: Float32Array };
    const first = hatch.triangles;
    // Two squares of four points each (closed rings): two triangles each, six numbers a triangle.
    expect(first).toHaveLength(2 * 2 * 6);
    syncStyle(map, picture([["FRA", "#654321"]], ["IRL", "GRC"]), world);
    expect(hatch.triangles).toBe(first);
    // A new dataset with other non-respondents replaces them; no MapLibre source is involved.
    syncStyle(map, picture([], ["MAR"]), world);
    expect(hatch.triangles).toHaveLength(2 * 6);
    expect(layers.filter((l) => (l.layer as { id: string }).id === LAYER.countryHatch)).toHaveLength(1);
    expect(Object.keys(uploads).sort()).toEqual([SOURCE.gaps, SOURCE.selection].sort());
  });

  it("never re-uploads the countries: a new fill is feature state of the countries that changed", () => {
    const { map, uploads, states } = fakeMap();
    syncStyle(map, picture([["FRA", "#123456"]], []), world);
    expect(states.map((s) => s.id).sort()).toEqual(["FRA", "GRC", "IRL", "MAR"]);
    states.length = 0;
    syncStyle(map, picture([["FRA", "#654321"]], [], "MAR"), world);
    expect(states).toEqual([{ id: "FRA", state: { fill: "#654321" } }]);
    expect(uploads[SOURCE.countries]).toBeUndefined();
  });

  it("outlines the selected country and the gaps from sources of their own, sent only when they change", () => {
    const { map, uploads } = fakeMap();
    const codes = (source: string, i: number) =>
      uploads[source]?.[i]?.features.map((f) => String(f.properties?.iso3)).sort();
    syncStyle(map, { ...picture([], [], "MAR"), gaps: ["GRC", "IRL"] }, world);
    expect(codes(SOURCE.selection, 0)).toEqual(["MAR"]);
    expect(codes(SOURCE.gaps, 0)).toEqual(["GRC", "IRL"]);
    syncStyle(map, { ...picture([["FRA", "#123456"]], [], "MAR"), gaps: ["IRL", "GRC"] }, world);
    expect(uploads[SOURCE.selection]).toHaveLength(1);
    expect(uploads[SOURCE.gaps]).toHaveLength(1);
    // A place that is not a country (a regional process) has no polygon to outline.
    syncStyle(map, { ...picture([], [], "BMP"), gaps: [] }, world);
    expect(codes(SOURCE.selection, 1)).toEqual([]);
    expect(codes(SOURCE.gaps, 1)).toEqual([]);
  });
});

const flows = flowsOf(flowLine("FRA", "MAR"), flowLine("ITA", "MAR"), flowLine("FRA", "SEN"));

/** Once the place layer's chunk is in, and the promise callbacks after it have run. */
const placeLayerIn = async () => {
  await loadPlaceLayer();
  await Promise.resolve();
};

describe("syncStyle's places", () => {
  it("go to a place layer on top, added once its code is in, with no source uploaded for their dots or labels", async () => {
    const { map, uploads, layers } = fakeMap();
    const label = (id: string, at: [number, number]) => ({
      type: "Feature" as const,
      properties: { id, name: id, selected: false, rank: 0 },
      geometry: { type: "Point" as const, coordinates: at },
    });
    const labels = (...f: ReturnType<typeof label>[]) => ({ type: "FeatureCollection" as const, features: f });
    syncStyle(map, { ...picture([], []), labels: labels(label("MAR", [-7, 32])) }, world);
    // Until the layer is in, the map is not drawn with its places: idle waits (MapView.tsx).
    expect(placesPending(map)).toBe(true);
    syncStyle(map, { ...picture([], []), labels: labels(label("SEN", [-14, 14])) }, world);
    await placeLayerIn();
    expect(placesPending(map)).toBe(false);
    const places = layers.filter((l) => (l.layer as { id: string }).id === LAYER.places);
    expect(places).toHaveLength(1);
    expect(places[0]?.before).toBeUndefined();
    const layer = places[0]?.layer as { id: string; labels: { features: { properties: { id: string } }[] } };
    // The layer starts with the latest picture's labels, not the first one's.
    expect(layer.labels.features.map((f) => f.properties.id)).toEqual(["SEN"]);
    // The polygon sources are sent (empty) on the first sync; nothing else is.
    expect(Object.keys(uploads).sort()).toEqual([SOURCE.gaps, SOURCE.selection].sort());
  });
});

describe("syncFlows", () => {
  it("uploads the flows once, under the hit layer, then only their state: shown links and emphasis", () => {
    const { map, uploads, states, layers } = fakeMap();
    const at = (counts: number[], selected: string | null = null): MapPicture => ({
      ...picture([], []),
      flows,
      counts: Uint32Array.from(counts),
      selected,
    });
    syncFlows(map, at([0, 1, 16]));
    expect(uploads[SOURCE.arcs]).toHaveLength(1);
    expect(layers).toHaveLength(1);
    expect(layers[0]?.before).toBe(LAYER.arcsHit);
    const layer = layers[0]?.layer as { shownCount(i: number): number };
    expect([0, 1, 2].map((i) => layer.shownCount(i))).toEqual([0, 1, 16]);
    // A filter that changes one flow's count; then a selection of Senegal, which fades the other two.
    syncFlows(map, at([0, 4, 16]));
    expect(layer.shownCount(1)).toBe(4);
    syncFlows(map, at([0, 4, 16], "SEN"));
    expect(uploads[SOURCE.arcs]).toHaveLength(1);
    expect(layers).toHaveLength(1);
    // No flow is feature state: nothing in MapLibre re-uploads a line's paint values.
    expect(states).toEqual([]);
  });
});

describe("a map whose style starts with the picture's data", () => {
  const iso3 = (f: { properties: unknown }) => String((f.properties as { iso3?: string }).iso3);
  const first: MapPicture = {
    ...picture([["FRA", "#123456"]], ["GRC"], "MAR"),
    flows,
    counts: Uint32Array.from([1, 2, 3]),
    gaps: ["IRL"],
  };

  it("has every data source's first data in the style", () => {
    const data = initialData(first, world);
    expect(data.arcs).toBe(flows.lines);
    // Dots and labels are the place layer's, not a source's: nothing for MapLibre's worker.
    expect(Object.keys(data).sort()).toEqual(["arcs", "gaps", "selection"]);
    expect(data.selection?.features.map(iso3)).toEqual(["MAR"]);
    expect(data.gaps?.features.map(iso3)).toEqual(["IRL"]);
  });

  it("is sent none of it again by its first sync, and then only what changes", async () => {
    const { map, uploads, layers } = fakeMap();
    syncedFromStyle(map, first);
    syncFlows(map, first);
    syncStyle(map, first, world);
    await placeLayerIn();
    expect(uploads).toEqual({});
    // A style cannot carry the flow, hatch and place layers: the first sync adds them, with their state.
    expect(layers).toHaveLength(3);
    const layer = layers[0]?.layer as { shownCount(i: number): number };
    expect([0, 1, 2].map((i) => layer.shownCount(i))).toEqual([1, 2, 3]);
    syncStyle(map, { ...first, selected: "FRA" }, world);
    expect(Object.keys(uploads)).toEqual([SOURCE.selection]);
    expect(uploads[SOURCE.selection]?.[0]?.features.map(iso3)).toEqual(["FRA"]);
  });
});
