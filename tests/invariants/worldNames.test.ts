import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseWorld, worldNames } from "../../src/geo/worldLayer.ts";
import { countryName, registerEnglishNames } from "../../src/i18n/countryNames.ts";
import countries from "i18n-iso-countries";

/** Every alpha-3 code of the library, Kosovo as the data contract writes it. */
const ALPHA3_CODES = Object.keys(countries.getAlpha3Codes()).map((c) => (c === "XKK" ? "XKX" : c));
const WORLD = fileURLToPath(new URL("../../public/geo/world.topo.json", import.meta.url));

function worldJson(): unknown {
  if (!existsSync(WORLD)) throw new Error(`${WORLD} is missing: run \`npm run world\` to generate the world layer.`);
  return JSON.parse(readFileSync(WORLD, "utf8"));
}

// The page shows the English names the world layer carries (registerEnglishNames); these tests
// hold them to the library's, which tests/setupLocales.ts registers.
describe("the English names in the world layer", () => {
  const json = worldJson();
  const names = worldNames(json) ?? {};

  it("name every country drawn as countryName names it from the library", () => {
    expect(worldNames(json)).not.toBeNull();
    const codes = [...parseWorld(json).anchors.keys()];
    expect(codes.length).toBeGreaterThan(200);
    // A name, or names with the one shown first (the others are for the place search).
    const shown = (c: string) => [names[c] ?? []].flat()[0];
    expect(codes.filter((c) => shown(c) !== countryName(c, "en"))).toEqual([]);
    expect(names.USA).toEqual(expect.arrayContaining(["United States", "United States of America"]));
  });

  it("give every code the atlas knows the library's name, once registered", () => {
    const fromLibrary = ALPHA3_CODES.map((c) => [c, countryName(c, "en")]);
    registerEnglishNames(names);
    expect(ALPHA3_CODES.map((c) => [c, countryName(c, "en")])).toEqual(fromLibrary);
    expect(countryName("XKX", "en")).toBe("Kosovo");
  });

  it("are absent, not made up, from a world layer without them", () => {
    expect(worldNames({ type: "Topology", objects: {}, arcs: [] })).toBeNull();
    expect(
      worldNames({ names: { FRA: "France", BAD: 3, USA: ["United States", "USA"], NIL: [], MIX: ["X", 1] } }),
    ).toEqual({
      FRA: "France",
      USA: ["United States", "USA"],
    });
  });
});
