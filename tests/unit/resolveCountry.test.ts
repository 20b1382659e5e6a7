import { describe, expect, it } from "vitest";
import { closestNames, nameKey, resolveCountry } from "../../src/data/import/resolveCountry.ts";

const code = (v: string) => {
  const r = resolveCountry(v);
  return "code" in r ? r.code : undefined;
};

describe("resolveCountry", () => {
  it("reads alpha-3 codes in any case", () => {
    expect(code("MAR")).toBe("MAR");
    expect(code("mar")).toBe("MAR");
    expect(code(" Geo ")).toBe("GEO");
  });
  it("reads alpha-2 codes, and the EU's own UK and EL", () => {
    expect(code("MA")).toBe("MAR");
    expect(code("DE")).toBe("DEU");
    // Lowercase two-letter words are words, not codes.
    expect(code("no")).toBeUndefined();
    expect(code("in")).toBeUndefined();
    expect(code("UK")).toBe("GBR");
    expect(code("EL")).toBe("GRC");
  });
  it("writes Kosovo as the contract's XKX, whichever way it was given", () => {
    for (const v of ["XKX", "XK", "Kosovo"]) expect(code(v), v).toBe("XKX");
  });
  it.each([
    ["Morocco", "MAR"],
    ["Maroc", "MAR"],
    ["Marokko", "MAR"],
    ["Georgia", "GEO"],
    ["Géorgie", "GEO"],
    ["Georgien", "GEO"],
    ["Cape Verde", "CPV"],
    ["Cap-Vert", "CPV"],
    ["Kap Verde", "CPV"],
    ["Cabo Verde", "CPV"],
    ["Germany", "DEU"],
    ["Allemagne", "DEU"],
    ["Deutschland", "DEU"],
    ["Sénégal", "SEN"],
    ["Senegal", "SEN"],
    ["Côte d'Ivoire", "CIV"],
    ["Côte d’Ivoire", "CIV"],
    ["République démocratique du Congo", "COD"],
    ["Moldavie", "MDA"],
    ["Republik Moldau", "MDA"],
    ["Royaume-Uni", "GBR"],
    ["Vereinigtes Königreich", "GBR"],
    ["The Netherlands", "NLD"],
    ["Pays-Bas", "NLD"],
    ["Tchéquie", "CZE"],
    ["Fédération de Russie", "RUS"],
    ["Moldova", "MDA"],
    ["Iran", "IRN"],
  ])("reads the name %s as %s", (name, expected) => {
    expect(code(name)).toBe(expected);
  });
  it("ignores case, accents and punctuation in names", () => {
    expect(code("GEORGIE")).toBe("GEO");
    expect(code("cote d ivoire")).toBe("CIV");
    expect(nameKey("Côte d’Ivoire")).toBe(nameKey("cote d'ivoire"));
  });
  it("does not guess: an unknown name gives the closest known names instead of a code", () => {
    expect(resolveCountry("Moroco")).toEqual({ suggestions: expect.arrayContaining(["Morocco (MAR)"]) });
    expect(resolveCountry("Frnce")).toEqual({ suggestions: expect.arrayContaining(["France (FRA)"]) });
    expect(resolveCountry("Royaume du Maroc")).toEqual({ suggestions: ["Morocco (MAR)"] });
    expect(resolveCountry("XXX")).toEqual({ suggestions: expect.any(Array) });
    expect(resolveCountry("Atlantis")).toEqual({ suggestions: [] });
  });
  it("keeps suggestions short", () => {
    expect(closestNames(nameKey("Guinea")).length).toBeLessThanOrEqual(3);
    expect(closestNames("")).toEqual([]);
  });
});
