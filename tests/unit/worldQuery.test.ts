import { beforeEach, describe, expect, it, vi } from "vitest";
import { topology } from "topojson-server";
import type { FeatureCollection } from "geojson";

// The world layer's text, as the test gives it; and which way the English names were registered.
const served = vi.hoisted(() => ({ text: "" }));
vi.mock("../../src/data/source/dataText.ts", () => ({ dataText: () => Promise.resolve(served.text) }));
vi.mock("../../src/i18n/countryNames.ts", async (original) => ({
  ...(await original<typeof import("../../src/i18n/countryNames.ts")>()),
  registerEnglishNames: vi.fn(),
  loadCountryNames: vi.fn(() => Promise.resolve()),
}));

const { worldQuery } = await import("../../src/data/queries.ts");
const { loadCountryNames, registerEnglishNames } = await import("../../src/i18n/countryNames.ts");

const square = (iso3: string) => ({
  type: "Feature" as const,
  properties: { iso3 },
  geometry: {
    type: "Polygon" as const,
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
  },
});
const point = (iso3: string) => ({
  type: "Feature" as const,
  properties: { iso3, small: false },
  geometry: { type: "Point" as const, coordinates: [0.5, 0.5] },
});
const countries: FeatureCollection = { type: "FeatureCollection", features: [square("FRA")] };
const anchors: FeatureCollection = { type: "FeatureCollection", features: [point("FRA")] };
const world = topology({ countries, anchors });

async function loadWorld() {
  const { queryFn } = worldQuery();
  if (!queryFn || typeof queryFn !== "function") throw new Error("worldQuery has no queryFn");
  return queryFn({} as never);
}

describe("worldQuery", () => {
  beforeEach(() => vi.clearAllMocks());

  it("registers the English names the world layer carries, and loads none of its own", async () => {
    served.text = JSON.stringify({ ...world, names: { FRA: "France" } });
    const layer = await loadWorld();
    expect(layer.anchors.has("FRA")).toBe(true);
    expect(registerEnglishNames).toHaveBeenCalledWith({ FRA: "France" });
    expect(loadCountryNames).not.toHaveBeenCalled();
  });

  it("loads the English names on their own for a world layer without them (one cached from before)", async () => {
    served.text = JSON.stringify(world);
    await loadWorld();
    expect(registerEnglishNames).not.toHaveBeenCalled();
    expect(loadCountryNames).toHaveBeenCalledWith("en");
  });
});
