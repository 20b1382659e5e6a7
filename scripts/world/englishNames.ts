/**
 * The English names the world layer carries (`names`, alpha-3 → name, or names with the one shown
 * first): the short names the atlas shows (countryName), then the library's other names for the
 * place search ("United States", then "United States of America", "USA"…), for every country code
 * the atlas knows, worked out once at build time so that the page needs neither the library's JSON
 * nor its code on the first screen.
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { withCommonNames } from "../../src/i18n/commonNames.ts";
import { countryName, isKnownCountry, namesOf, registerCountryNames } from "../../src/i18n/countryNames.ts";

/** The library's Kosovo (XKK) is XKX in the data contract. */
const CONTRACT: Record<string, string> = { XKK: "XKX" };

export function englishNames(): Record<string, string | string[]> {
  registerCountryNames("en", withCommonNames("en", en));
  const names: Record<string, string | string[]> = {};
  const codes = Object.keys(countries.getAlpha3Codes()).map((c) => CONTRACT[c] ?? c);
  for (const code of codes.sort()) {
    const name = isKnownCountry(code) ? countryName(code, "en") : undefined;
    if (!name) continue;
    const others = namesOf(code, "en").filter((n) => n !== name);
    names[code] = others.length > 0 ? [name, ...others] : name;
  }
  return names;
}
