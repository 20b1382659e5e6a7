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
  it("names the countries the library lists under a formal name first by the name people use", () => {
    expect(countryName("CHN", "en")).toBe("China");
    expect(countryName("GMB", "en")).toBe("The Gambia");
    expect(countryName("IRN", "en")).toBe("Iran");
    expect(countryName("MKD", "en")).toBe("North Macedonia");
    expect(countryName("RUS", "en")).toBe("Russia");
    expect(countryName("TZA", "en")).toBe("Tanzania");
    expect(countryName("USA", "en")).toBe("United States");
    expect(countryName("RUS", "de")).toBe("Russland");
    expect(countryName("USA", "de")).toBe("Vereinigte Staaten");
    // Both would be "Congo": the formal names keep them apart.
    expect(countryName("COG", "en")).toBe("Republic of the Congo");
    expect(countryName("COD", "en")).toBe("Democratic Republic of the Congo");
    // A Member State as the 2010 answers name it.
    expect(countryName("CZE", "en")).toBe("Czech Republic");
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
