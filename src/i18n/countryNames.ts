/**
 * Country names in the UI languages, from i18n-iso-countries' JSON. The contract writes Kosovo as
 * XKX, the library as XK/XKK, so the alias lives here and nowhere else. The library's code is not
 * imported on the page (alpha3ToAlpha2.ts says why); the import worker uses it (allCountryNames.ts).
 */
import type { LocaleData } from "i18n-iso-countries";
import { alpha3ToAlpha2 } from "./alpha3ToAlpha2.ts";

export const LOCALES = ["en", "fr", "de"] as const;
export type Locale = (typeof LOCALES)[number];

// Every language's names are data loaded beside the world layer, not code of the first load (issue
// #9): English before the atlas first shows (App.tsx waits for it, as for the world layer), French
// and German before it shows them, or all at once where every language is read (allCountryNames.ts).
const registered: Partial<Record<Locale, LocaleData["countries"]>> = {};

export const areCountryNamesLoaded = (locale: Locale): boolean => registered[locale] !== undefined;

/** Registers a language's names (the library's JSON for it); allCountryNames.ts registers them all. */
export function registerCountryNames(locale: Locale, data: LocaleData): void {
  registered[locale] = data.countries;
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
