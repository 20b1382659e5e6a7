/**
 * A UI language is ready when its catalogue and its country names have loaded (French and German
 * are chunks of their own). The atlas keeps showing the language it shows until the one asked
 * for is ready, so no text flashes in the wrong language.
 */
import { useEffect, useReducer, useRef } from "react";
import { isCatalogueLoaded, loadCatalogue } from "./catalogues.ts";
import { areCountryNamesLoaded, loadCountryNames, type Locale } from "./countryNames.ts";

export const isLocaleLoaded = (locale: Locale): boolean => isCatalogueLoaded(locale) && areCountryNamesLoaded(locale);

export async function loadLocale(locale: Locale): Promise<void> {
  await Promise.all([loadCatalogue(locale), loadCountryNames(locale)]);
}

/** `wanted` once it has loaded; until then the language shown before (English at worst). */
export function useLoadedLocale(wanted: Locale): Locale {
  const [, loadedOne] = useReducer((n: number) => n + 1, 0);
  const shown = useRef<Locale>("en");
  if (isLocaleLoaded(wanted)) shown.current = wanted;
  useEffect(() => {
    let live = true;
    if (!isLocaleLoaded(wanted))
      loadLocale(wanted).then(
        () => live && loadedOne(),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [wanted]);
  return shown.current;
}
