import { describe, expect, it } from "vitest";
import { countryName, isKnownCountry } from "../../src/i18n/countryNames.ts";

describe("countryName", () => {
  it("names countries in the three UI languages", () => {
    expect(countryName("GEO", "fr")).toBe("Géorgie");
    expect(countryName("CPV", "fr")).toBe("Cap-Vert");
    expect(countryName("GEO", "de")).toBe("Georgien");
    expect(countryName("CPV", "de")).toBe("Kap Verde");
  });
  it("prefers the common name over the official one with a comma", () => {
    expect(countryName("MDA", "en")).toBe("Moldova");
  });
  it("knows Kosovo under the contract's code XKX", () => {
    expect(isKnownCountry("XKX")).toBe(true);
    expect(countryName("XKX", "de")).toBe("Kosovo");
  });
  it("rejects unknown and malformed codes", () => {
    expect(isKnownCountry("XXX")).toBe(false);
    expect(isKnownCountry("geo")).toBe(false);
    expect(countryName("ZZZ", "en")).toBeUndefined();
  });
});
