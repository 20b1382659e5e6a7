/**
 * The English names the world layer carries (`names`, alpha-3 → name): the short names the atlas
 * shows (countryName), for every country code the atlas knows, worked out once at build time so
 * that the page needs neither the library's JSON nor its aliases on the first screen.
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { withCommonNames } from "../../src/i18n/commonNames.ts";
import { countryName, isKnownCountry, registerCountryNames } from "../../src/i18n/countryNames.ts";

/** The library's Kosovo (XKK) is XKX in the data contract. */
const CONTRACT: Record<string, string> = { XKK: "XKX" };

export function englishNames(): Record<string, string> {
  registerCountryNames("en", withCommonNames("en", en));
  const names: Record<string, string> = {};
  const codes = Object.keys(countries.getAlpha3Codes()).map((c) => CONTRACT[c] ?? c);
  for (const code of codes.sort()) {
    const name = isKnownCountry(code) ? countryName(code, "en") : undefined;
    if (name) names[code] = name;
  }
  return names;
}
