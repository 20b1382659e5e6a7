import { describe, expect, it } from "vitest";
import type { Map as MapLibreMap } from "maplibre-gl";
import type { FeatureCollection, Point } from "geojson";
import { syncStyle, type MapPicture } from "../../src/map/syncMap.ts";
import { SOURCE } from "../../src/map/layers.ts";
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

/** Records the calls syncStyle makes, as MapLibre would receive them. */
function fakeMap() {
  const uploads: Record<string, FeatureCollection[]> = {};
  const states: { id: string | number; state: Record<string, unknown> }[] = [];
  const map = {
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
  return { map: map as unknown as MapLibreMap, uploads, states };
}

const empty: FeatureCollection<Point, never> = { type: "FeatureCollection", features: [] };
const picture = (fills: [string, string][], hatched: string[], selected: string | null = null): MapPicture => ({
  flows: { lines: { type: "FeatureCollection", features: [] }, linkIds: [], flowOf: new Map() },
  counts: new Uint32Array(0),
  dots: empty,
  labels: empty,
  fills: new Map(fills),
  hatched,
  selected,
  palette: PALETTES.light,
});

describe("syncStyle", () => {
  it("gives the hatch source the polygons of who did not answer, once per list", () => {
    const { map, uploads } = fakeMap();
    syncStyle(map, picture([["FRA", "#123456"]], ["GRC", "IRL"]), world);
    syncStyle(map, picture([["FRA", "#654321"]], ["IRL", "GRC"]), world);
    expect(uploads[SOURCE.hatch]).toHaveLength(1);
    const codes = uploads[SOURCE.hatch]?.[0]?.features.map((f) => String(f.properties?.iso3)).sort();
    expect(codes).toEqual(["GRC", "IRL"]);
    // A new dataset with other non-respondents replaces them.
    syncStyle(map, picture([], ["MAR"]), world);
    expect(uploads[SOURCE.hatch]?.[1]?.features.map((f) => String(f.properties?.iso3))).toEqual(["MAR"]);
  });

  it("never re-uploads the countries: a new fill or selection is feature state of the countries that changed", () => {
    const { map, uploads, states } = fakeMap();
    syncStyle(map, picture([["FRA", "#123456"]], []), world);
    expect(states.map((s) => s.id).sort()).toEqual(["FRA", "GRC", "IRL", "MAR"]);
    states.length = 0;
    syncStyle(map, picture([["FRA", "#654321"]], [], "MAR"), world);
    expect(states).toEqual([
      { id: "FRA", state: { fill: "#654321", selected: false, gap: false } },
      { id: "MAR", state: { fill: PALETTES.light.land, selected: true, gap: false } },
    ]);
    expect(uploads[SOURCE.countries]).toBeUndefined();
  });
});
