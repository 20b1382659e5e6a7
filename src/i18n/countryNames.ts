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
 * English names by alpha-3, as the world layer carries them (worldNames): the name shown, or the
 * names with the one shown first (the others are for the place search), worked out when the world
 * layer is built, so countryName and namesOf give what they give from the library's JSON.
 */
export function registerEnglishNames(byAlpha3: Readonly<Record<string, string | string[]>>): void {
  const countries: Record<string, string | string[]> = {};
  for (const [alpha3, name] of Object.entries(byAlpha3)) {
    const alpha2 = alpha2Of(alpha3);
    if (alpha2) countries[alpha2] = name;
  }
  registered.en = countries;
}

export async function loadCountryNames(locale: Locale): Promise<void> {
  if (areCountryNamesLoaded(locale)) return;
  const [data, { withCommonNames }] = await Promise.all([
    locale === "en"
      ? import("i18n-iso-countries/langs/en.json")
      : locale === "fr"
        ? import("i18n-iso-countries/langs/fr.json")
        : import("i18n-iso-countries/langs/de.json"),
    import("./commonNames.ts"),
  ]);
  registerCountryNames(locale, withCommonNames(locale, data.default));
}

const ALIASES: Record<string, string> = { XKX: "XK" };

function alpha2Of(alpha3: string): string | undefined {
  return ALIASES[alpha3] ?? alpha3ToAlpha2(alpha3);
}

export function isKnownCountry(alpha3: string): boolean {
  return /^[A-Z]{3}$/.test(alpha3) && alpha2Of(alpha3) !== undefined;
}

/** Every name a country has in `locale`, as registered (the one shown first for the common names). */
export function namesOf(alpha3: string, locale: Locale): string[] {
  const names = registered[locale]?.[alpha2Of(alpha3) ?? ""] ?? [];
  return Array.isArray(names) ? names : [names];
}

/** Short common name ("Moldova", not "Moldova, Republic of"); undefined for unknown codes. */
export function countryName(alpha3: string, locale: Locale): string | undefined {
  if (!isKnownCountry(alpha3)) return undefined;
  const names = registered[locale]?.[alpha2Of(alpha3) ?? ""];
  // The library's JSON gives a name, or the official name then its aliases.
  const official = Array.isArray(names) ? names[0] : names;
  if (official && !official.includes(",")) return official;
  const alias = Array.isArray(names) ? (names[1] ?? names[0]) : names;
  if (alias && !alias.includes(",")) return alias;
  // "Moldova, Republic of" has no alias: the part before the comma is the common name.
  return official?.split(",")[0];
}
