/**
 * Country names in the UI languages, from i18n-iso-countries' JSON. The contract writes Kosovo as
 * XKX, the library as XK/XKK, so the alias lives here and nowhere else. The library's code is not
 * imported on the page (alpha3ToAlpha2.ts says why); the import worker uses it (allCountryNames.ts).
 */
import type { LocaleData } from "i18n-iso-countries";
import { alpha3ToAlpha2 } from "./alpha3ToAlpha2.ts";

export const LOCALES = ["en", "fr", "de"] as const;
export type Locale = (typeof LOCALES)[number];

// Names are data, not code of the first load (issue #9): English comes inside the world layer
// (registerEnglishNames), French and German before the atlas shows them, or every language at once
// where all are read (allCountryNames.ts).
const registered: Partial<Record<Locale, LocaleData["countries"]>> = {};

export const areCountryNamesLoaded = (locale: Locale): boolean => registered[locale] !== undefined;

/** Registers a language's names (the library's JSON for it); allCountryNames.ts registers them all. */
export function registerCountryNames(locale: Locale, data: LocaleData): void {
  registered[locale] = data.countries;
}

/**
 * English names by alpha-3, as the world layer carries them (worldNames): the library's short
 * names, worked out when the world layer is built, so countryName gives what it gives from the
 * library's JSON.
 */
export function registerEnglishNames(byAlpha3: Readonly<Record<string, string>>): void {
  const countries: Record<string, string> = {};
  for (const [alpha3, name] of Object.entries(byAlpha3)) {
    const alpha2 = alpha2Of(alpha3);
    if (alpha2) countries[alpha2] = name;
  }
  registered.en = countries;
}

export async function loadCountryNames(locale: Locale): Promise<void> {
  if (areCountryNamesLoaded(locale)) return;
  const data =
    locale === "en"
      ? (await import("i18n-iso-countries/langs/en.json")).default
      : locale === "fr"
        ? (await import("i18n-iso-countries/langs/fr.json")).default
        : (await import("i18n-iso-countries/langs/de.json")).default;
  registerCountryNames(locale, data);
}

const ALIASES: Record<string, string> = { XKX: "XK" };

function alpha2Of(alpha3: string): string | undefined {
  return ALIASES[alpha3] ?? alpha3ToAlpha2(alpha3);
}

export function isKnownCountry(alpha3: string): boolean {
  return /^[A-Z]{3}$/.test(alpha3) && alpha2Of(alpha3) !== undefined;
}

/**
 * Where the library lists a formal name first and the name people use second ("People's Republic
 * of China", "China"), and the formal one would stand on the map and in every table: the second,
 * as the EMN source and the EU's own texts write them. Elsewhere its first name has no comma and is
 * the common one ("Czech Republic", a Member State as the 2010 answers name it) or is kept on
 * purpose ("Republic of the Congo" beside the Democratic Republic: both would be "Congo").
 */
const COMMON_NAME_SECOND: Partial<Record<Locale, ReadonlySet<string>>> = {
  en: new Set(["CHN", "GMB", "IRN", "MKD", "PSE", "RUS", "TZA", "USA"]),
  de: new Set(["RUS", "USA"]),
};

/** Short common name ("Moldova", not "Moldova, Republic of"); undefined for unknown codes. */
export function countryName(alpha3: string, locale: Locale): string | undefined {
  if (!isKnownCountry(alpha3)) return undefined;
  const names = registered[locale]?.[alpha2Of(alpha3) ?? ""];
  if (Array.isArray(names) && COMMON_NAME_SECOND[locale]?.has(alpha3) && names[1]) return names[1];
  // The library's JSON gives a name, or the official name then its aliases.
  const official = Array.isArray(names) ? names[0] : names;
  if (official && !official.includes(",")) return official;
  const alias = Array.isArray(names) ? (names[1] ?? names[0]) : names;
  if (alias && !alias.includes(",")) return alias;
  // "Moldova, Republic of" has no alias: the part before the comma is the common name.
  return official?.split(",")[0];
}
