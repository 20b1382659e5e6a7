/** Names and kinds of every place a link can touch: countries from the name library, regions from the data. */
import { countryName, isKnownCountry, type Locale } from "../i18n/countryNames.ts";
import type { Dataset } from "./dataset.ts";

export function placeName(id: string, dataset: Dataset, locale: Locale): string {
  return dataset.regions.get(id)?.name ?? countryName(id, locale) ?? id;
}

export function isKnownPlace(id: string, dataset: Dataset): boolean {
  return dataset.regions.has(id) || isKnownCountry(id);
}
