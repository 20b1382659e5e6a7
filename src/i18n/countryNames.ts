/**
 * Country names in the UI languages, from i18n-iso-countries. The contract writes Kosovo as
 * XKX, the library as XK/XKK, so the alias lives here and nowhere else.
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

export const LOCALES = ["en", "fr", "de"] as const;
export type Locale = (typeof LOCALES)[number];

// In the browser the library knows no locale until it is registered. English comes with the
// page; French and German are chunks loaded before the atlas shows them (issue #9), or all at
// once where every language is read (allCountryNames.ts, for imports).
countries.registerLocale(en);
const registered = new Set<Locale>(["en"]);

export const areCountryNamesLoaded = (locale: Locale): boolean => registered.has(locale);

/** Registers a language's names (the library's JSON for it); allCountryNames.ts registers them all. */
export function registerCountryNames(locale: Locale, data: Parameters<typeof countries.registerLocale>[0]): void {
  countries.registerLocale(data);
  registered.add(locale);
}

export async function loadCountryNames(locale: Locale): Promise<void> {
  if (registered.has(locale)) return;
  const data =
    locale === "fr"
      ? (await import("i18n-iso-countries/langs/fr.json")).default
      : (await import("i18n-iso-countries/langs/de.json")).default;
  registerCountryNames(locale, data);
}

const ALIASES: Record<string, string> = { XKX: "XK" };

function libraryCode(alpha3: string): string {
  return ALIASES[alpha3] ?? alpha3;
}

export function isKnownCountry(alpha3: string): boolean {
  if (!/^[A-Z]{3}$/.test(alpha3)) return false;
  return alpha3 in ALIASES || countries.isValid(alpha3);
}

/** Short common name ("Moldova", not "Moldova, Republic of"); undefined for unknown codes. */
export function countryName(alpha3: string, locale: Locale): string | undefined {
  if (!isKnownCountry(alpha3)) return undefined;
  const code = libraryCode(alpha3);
  const official = countries.getName(code, locale, { select: "official" });
  if (official && !official.includes(",")) return official;
  const alias = countries.getName(code, locale, { select: "alias" });
  if (alias && !alias.includes(",")) return alias;
  // "Moldova, Republic of" has no alias: the part before the comma is the common name.
  return official?.split(",")[0];
}
