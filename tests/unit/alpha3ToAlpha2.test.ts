import countries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import { alpha3ToAlpha2 } from "../../src/i18n/alpha3ToAlpha2.ts";

describe("alpha3ToAlpha2", () => {
  // The page's table is a copy of the library's (to keep the library off the page): it must not drift.
  it("agrees with i18n-iso-countries on every code", () => {
    const codes = Object.keys(countries.getAlpha3Codes());
    expect(codes.length).toBeGreaterThan(240);
    for (const alpha3 of codes) expect(alpha3ToAlpha2(alpha3), alpha3).toBe(countries.alpha3ToAlpha2(alpha3));
  });
  it("knows no code the library does not", () => {
    expect(alpha3ToAlpha2("XXX")).toBeUndefined();
    expect(alpha3ToAlpha2("XKX")).toBeUndefined();
  });
});
