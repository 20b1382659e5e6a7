/** Fills catalogue templates: placeholders, plural forms and locale-formatted numbers. Pure. */
import type { Locale } from "./countryNames.ts";
import type { MessageKey, Messages } from "./messages/en.ts";

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function createTranslator(locale: Locale, messages: Partial<Messages>): Translate {
  const plural = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  return (key, params = {}) => {
    const template = messages[key];
    // Only English's on-demand messages can be missing, and every part waits for them
    // (catalogues.ts): a key on screen is a bug to see, where a throw would blank the atlas.
    if (template === undefined) return key;
    const text =
      typeof template === "string"
        ? template
        : template[plural.select(Number(params.count ?? 0)) === "one" ? "one" : "other"];
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === "number" ? number.format(value) : value;
    });
  };
}

/** ISO date or partial date in the locale's words: "2010" · "October 2010" · "8 October 2010". */
export function formatIsoDate(iso: string, locale: Locale): string {
  const parts = iso.split("-");
  const d = new Date(Date.UTC(Number(parts[0]), parts[1] ? Number(parts[1]) - 1 : 0, parts[2] ? Number(parts[2]) : 1));
  if (Number.isNaN(d.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions =
    parts.length === 1
      ? { year: "numeric" }
      : parts.length === 2
        ? { year: "numeric", month: "long" }
        : { year: "numeric", month: "long", day: "numeric" };
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { ...options, timeZone: "UTC" }).format(d);
}

/** The list formatting of the locale: "A, B and C" · "A, B et C" · "A, B und C". */
export function formatList(items: string[], locale: Locale): string {
  return new Intl.ListFormat(locale === "en" ? "en-GB" : locale, { type: "conjunction" }).format(items);
}

/** The first of the browser's languages that the atlas speaks, else English. */
export function browserLocale(languages: readonly string[], supported: readonly Locale[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split("-")[0];
    const hit = supported.find((l) => l === base);
    if (hit) return hit;
  }
  return "en";
}
