import { describe, expect, it } from "vitest";
import { feature } from "topojson-client";
import { topology } from "topojson-server";
import type { FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import type { GeometryCollection } from "topojson-specification";
import { ANCHOR_OVERRIDES, buildWorld, iso3For } from "../../scripts/world/buildWorld.ts";
import { at, lonLat } from "../support/at.ts";

const NUMERIC: Record<string, string> = { "250": "FRA", "643": "RUS", "242": "FJI", "132": "CPV" };
const lookup = (id: string): string | undefined => NUMERIC[id];

describe("iso3For", () => {
  it("draws Somaliland and Northern Cyprus as parts of the states the source names", () => {
    expect(iso3For(undefined, "Somaliland", lookup)).toBe("SOM");
    expect(iso3For(undefined, "N. Cyprus", lookup)).toBe("CYP");
  });
  it("finds Kosovo, which has no numeric id, by its name", () => {
    expect(iso3For(undefined, "Kosovo", lookup)).toBe("XKX");
    expect(iso3For("", "Kosovo", lookup)).toBe("XKX");
  });
  it("turns a numeric id into alpha-3 with the function passed in", () => {
    expect(iso3For("250", "France", lookup)).toBe("FRA");
    expect(iso3For(643, "Russia", lookup)).toBe("RUS");
  });
  it("passes the numeric id on as a string, zero-padded ids untouched", () => {
    const seen: string[] = [];
    iso3For("036", "Australia", (id) => (seen.push(id), "AUS"));
    iso3For(4, "Afghanistan", (id) => (seen.push(id), "AFG"));
    expect(seen).toEqual(["036", "4"]);
  });
  it("prefers the numeric id over the name", () => {
    expect(iso3For("250", "Kosovo", lookup)).toBe("FRA");
  });
  it("returns an empty string for what it does not know", () => {
    expect(iso3For("999", "Atlantis", lookup)).toBe("");
    expect(iso3For(undefined, "Siachen Glacier", lookup)).toBe("");
    expect(iso3For(undefined, "Indian Ocean Ter.", lookup)).toBe("");
  });
});

describe("buildWorld on a tiny topology", () => {
  const square = (id: string, name: string, w: number, s: number, e: number, n: number) => ({
    type: "Feature" as const,
    id,
    properties: { name },
    // Clockwise, as d3-geo and world-atlas wind exterior rings.
    geometry: {
      type: "Polygon" as const,
      coordinates: [
        [
          [w, s],
          [w, n],
          [e, n],
          [e, s],
          [w, s],
        ],
      ],
    },
  });
  // An island straddling the antimeridian, written with longitudes past 180 as source data can be.
  const input: FeatureCollection<Polygon, { name: string }> = {
    type: "FeatureCollection",
    features: [
      square("242", "Fiji", 178, -19, 182, -16),
      square("132", "Cabo Verde", -24, 15, -23, 16),
      square("250", "France", -4, 43, 7, 51),
    ],
  };
  const source = topology({ countries: input });
  const world = buildWorld(source, lookup);
  const countries = feature(
    world,
    world.objects.countries as GeometryCollection<Record<string, unknown>>,
  ) as FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;
  const anchors = feature(
    world,
    world.objects.anchors as GeometryCollection<{ iso3: string; small: boolean }>,
  ) as FeatureCollection<Point, { iso3: string; small: boolean }>;

  it("keys every polygon by alpha-3, and only that: the names shown come from i18n-iso-countries", () => {
    expect(countries.features.map((f) => f.properties)).toEqual([{ iso3: "FJI" }, { iso3: "CPV" }, { iso3: "FRA" }]);
  });
  it("cuts a polygon at the antimeridian into parts on both sides, without long edges", () => {
    const fiji = at(countries.features, 0).geometry;
    const rings = fiji.type === "Polygon" ? [fiji.coordinates] : fiji.coordinates;
    const lons = rings.flat(2).map((p) => lonLat(p)[0]);
    expect(Math.max(...lons)).toBeLessThanOrEqual(180);
    expect(Math.min(...lons)).toBeGreaterThanOrEqual(-180);
    expect(lons.some((l) => l > 170)).toBe(true);
    expect(lons.some((l) => l < -170)).toBe(true);
    for (const ring of rings.flat(1)) {
      for (let i = 1; i < ring.length; i++)
        expect(Math.abs(lonLat(ring[i])[0] - lonLat(ring[i - 1])[0])).toBeLessThanOrEqual(180);
    }
  });
  it("gives each country one anchor inside it and flags small ones", () => {
    const byIso = new Map(anchors.features.map((a) => [a.properties.iso3, a]));
    expect([...byIso.keys()].sort()).toEqual(["CPV", "FJI", "FRA"]);
    const [lon, lat] = byIso.get("FRA")?.geometry.coordinates ?? [];
    expect(lon).toBeGreaterThan(-4);
    expect(lon).toBeLessThan(7);
    expect(lat).toBeGreaterThan(43);
    expect(lat).toBeLessThan(51);
    expect(byIso.get("FRA")?.properties.small).toBe(false);
    expect(byIso.get("FJI")?.properties.small).toBe(false); // 12 square degrees
    expect(byIso.get("CPV")?.properties.small).toBe(true); // 1 square degree
  });
  it("anchors Russia in European Russia", () => {
    expect(ANCHOR_OVERRIDES.RUS?.[0]).toBeLessThan(60);
    expect(ANCHOR_OVERRIDES.RUS?.[1]).toBeGreaterThan(45);
  });
});
