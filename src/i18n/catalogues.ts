/**
 * The UI catalogues. English is in the first load (it is the fallback and the most used); French
 * and German are chunks of their own, loaded before the atlas speaks them (loadLocale.ts): a page
 * in one language does not download the other two (issue #9).
 */
import type { Locale } from "./countryNames.ts";
import { en, enLabels, type Messages, type VocabularyLabels } from "./messages/en.ts";

export interface Catalogue {
  messages: Messages;
  labels: VocabularyLabels;
}

/** Each language's name in itself, for the language menu: known before its catalogue loads. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français", de: "Deutsch" };

const loaded: Partial<Record<Locale, Catalogue>> = { en: { messages: en, labels: enLabels } };

const loaders: Record<Exclude<Locale, "en">, () => Promise<Catalogue>> = {
  fr: () => import("./messages/fr.ts").then((m) => ({ messages: m.fr, labels: m.frLabels })),
  de: () => import("./messages/de.ts").then((m) => ({ messages: m.de, labels: m.deLabels })),
};

export const isCatalogueLoaded = (locale: Locale): boolean => loaded[locale] !== undefined;

/** The locale's catalogue; English until it has loaded (loadLocale.ts sees that nothing shows then). */
export function catalogue(locale: Locale): Catalogue {
  return loaded[locale] ?? { messages: en, labels: enLabels };
}

export async function loadCatalogue(locale: Locale): Promise<void> {
  if (locale === "en" || loaded[locale]) return;
  loaded[locale] = await loaders[locale]();
}
