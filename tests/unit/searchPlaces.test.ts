import { describe, expect, it } from "vitest";
import { countryName, type Locale } from "../../src/i18n/countryNames.ts";
import { matchPlaces, searchKey, type PlaceOption } from "../../src/data/searchPlaces.ts";

/** Options as useAtlasView builds them: the name in the UI language, the English name as an alias. */
function optionsIn(locale: Locale, codes: string[]): PlaceOption[] {
  return codes
    .map((id) => {
      const name = countryName(id, locale) ?? id;
      const english = countryName(id, "en");
      return { id, name, aliases: english && english !== name ? [english] : [], hint: "" };
    })
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

const CODES = [
  "ARM",
  "CPV",
  "DEU",
  "EGY",
  "GEO",
  "GHA",
  "GIN",
  "GNB",
  "GNQ",
  "MAR",
  "MDA",
  "NER",
  "NGA",
  "PNG",
  "STP",
  "TUN",
  "UKR",
];
const fr = optionsIn("fr", CODES);
const en = optionsIn("en", CODES);
const ids = (ps: PlaceOption[]) => ps.map((p) => p.id);
const names = (ps: PlaceOption[]) => ps.map((p) => p.name);

describe("searchKey", () => {
  it("drops accents and case", () => {
    expect(searchKey("São Tomé-et-Principe")).toBe("sao tome-et-principe");
    expect(searchKey("GÉORGIE")).toBe("georgie");
    expect(searchKey("Ägypten")).toBe("agypten");
    expect(searchKey("Côte d’Ivoire")).toBe("cote d’ivoire");
  });
});

describe("matchPlaces", () => {
  it("finds names regardless of accents and case", () => {
    expect(names(matchPlaces(fr, "geo"))).toEqual(["Géorgie"]);
    expect(names(matchPlaces(fr, "GÉO"))).toEqual(["Géorgie"]);
    expect(names(matchPlaces(fr, "sao"))).toEqual(["São Tomé-et-Principe"]);
    expect(names(matchPlaces(fr, "sao tome"))).toEqual(["São Tomé-et-Principe"]);
    expect(names(matchPlaces(fr, "égypte"))).toEqual(["Égypte"]);
    expect(names(matchPlaces(fr, "egypte"))).toEqual(["Égypte"]);
  });

  it("finds a place by its English alias under another language", () => {
    expect(names(matchPlaces(fr, "germ"))).toEqual(["Allemagne"]);
    expect(names(matchPlaces(fr, "cape"))).toEqual(["Cap-Vert"]);
    expect(names(matchPlaces(fr, "georgia"))).toEqual(["Géorgie"]);
    expect(ids(matchPlaces(fr, "morocco"))).toEqual(["MAR"]);
  });

  it("ranks names that start with the query before names that contain it", () => {
    // Guinée, Guinée équatoriale, Guinée-Bissau start with "guin"; Papouasie-Nouvelle-Guinée only contains it.
    const hits = matchPlaces(fr, "guin");
    expect(ids(hits)).toEqual(["GIN", "GNQ", "GNB", "PNG"]);
    expect(hits.at(-1)?.name).toBe("Papouasie-Nouvelle-Guinée");
  });

  it("counts an alias that starts with the query as a prefix match", () => {
    // "ni": Niger and Nigeria start with it; Armenia and Tunisia only contain it, so they come after.
    expect(ids(matchPlaces(en, "ni"))).toEqual(["NER", "NGA", "ARM", "TUN"]);
    // Under French, Allemagne's alias Germany starts with "ger", Niger only contains it.
    expect(ids(matchPlaces(fr, "ger"))).toEqual(["DEU", "NER", "NGA"]);
  });

  it("keeps the given order within each group", () => {
    const reversed = [...fr].reverse();
    expect(ids(matchPlaces(reversed, "guin"))).toEqual(["GNB", "GNQ", "GIN", "PNG"]);
  });

  it("returns each place once, even when name and alias both match", () => {
    expect(ids(matchPlaces(en, "arm"))).toEqual(["ARM"]);
    expect(ids(matchPlaces(fr, "tun"))).toEqual(["TUN"]); // Tunisie and Tunisia
  });

  it("stops at the limit, 8 by default, prefix matches first", () => {
    expect(matchPlaces(fr, "e")).toHaveLength(8);
    expect(matchPlaces(fr, "e", 3)).toHaveLength(3);
    expect(ids(matchPlaces(fr, "guin", 2))).toEqual(["GIN", "GNQ"]);
    expect(matchPlaces(fr, "e", 100).length).toBeGreaterThan(8);
  });

  it("trims the query and returns nothing for an empty one or a miss", () => {
    expect(names(matchPlaces(fr, "  geo  "))).toEqual(["Géorgie"]);
    expect(matchPlaces(fr, "")).toEqual([]);
    expect(matchPlaces(fr, "   ")).toEqual([]);
    expect(matchPlaces(fr, "atlantis")).toEqual([]);
  });
});
