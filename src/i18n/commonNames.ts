/**
 * Where i18n-iso-countries lists a formal name first and the name people use second ("People's
 * Republic of China", "China"), the formal one would stand on the map and in every table: the
 * atlas shows the second, as the EMN source and the EU's own texts write them. Elsewhere the
 * library's first name has no comma and is the common one ("Czech Republic", a Member State as the
 * 2010 answers name it) or is kept on purpose ("Republic of the Congo" beside the Democratic
 * Republic: both would be "Congo"). The formal name stays, second, for the place search. Applied
 * to the names the atlas shows, never to those the import reads (a file may well say "Russian
 * Federation"). Not part of the first load: English names come inside the world layer, made with
 * it (scripts/world/englishNames.ts).
 */
import type { LocaleData } from "i18n-iso-countries";
import type { Locale } from "./countryNames.ts";

/** By alpha-2, as the library keys its names. */
const COMMON_NAME_SECOND: Record<Locale, readonly string[]> = {
  en: ["CN", "GM", "IR", "MK", "PS", "RU", "TZ", "US"],
  fr: [],
  de: ["RU", "US"],
};

export function withCommonNames(locale: Locale, data: LocaleData): LocaleData {
  const countries = { ...data.countries };
  for (const alpha2 of COMMON_NAME_SECOND[locale]) {
    const names = countries[alpha2];
    if (Array.isArray(names) && names[0] && names[1]) countries[alpha2] = [names[1], names[0], ...names.slice(2)];
  }
  return { ...data, countries };
}
