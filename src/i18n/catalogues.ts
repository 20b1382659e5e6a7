/**
 * The UI catalogues. English is the fallback and the most used: its first screen's messages are
 * in the first load, and those of the parts loaded on demand (table, details, decks…) come with
 * those parts. French and German are chunks of their own, loaded before the atlas speaks them
 * (loadLocale.ts): a page in one language does not download the other two (issue #9).
 */
import type { Locale } from "./countryNames.ts";
import type { Messages, VocabularyLabels } from "./messages/en.ts";
import { enFirstLoad } from "./messages/enFirstLoad.ts";
import { enLabels } from "./messages/enLabels.ts";

export interface Catalogue {
  /** Every message, but for English's parts until loadEnglishParts has run. */
  messages: Partial<Messages>;
  labels: VocabularyLabels;
}

/** Each language's name in itself, for the language menu: known before its catalogue loads. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français", de: "Deutsch" };

// One object that the parts' messages are added to: translators made before they loaded see them too.
const english: Partial<Messages> = { ...enFirstLoad };
const loaded: Partial<Record<Locale, Catalogue>> = { en: { messages: english, labels: enLabels } };

const loaders: Record<Exclude<Locale, "en">, () => Promise<Catalogue>> = {
  fr: () => import("./messages/fr.ts").then((m) => ({ messages: m.fr, labels: m.frLabels })),
  de: () => import("./messages/de.ts").then((m) => ({ messages: m.de, labels: m.deLabels })),
};

/** English is loaded from the start: the first screen's messages are all the first screen shows. */
export const isCatalogueLoaded = (locale: Locale): boolean => loaded[locale] !== undefined;

/** The locale's catalogue; English until it has loaded (loadLocale.ts sees that nothing shows then). */
export function catalogue(locale: Locale): Catalogue {
  return loaded[locale] ?? { messages: english, labels: enLabels };
}

let englishParts: Promise<void> | null = null;

/**
 * The English messages of the parts loaded on demand. Every such part waits for them before it
 * shows (lazyParts.tsx, useMeetingEngine.ts), whatever the language, since the user may switch to
 * English at any time. Once; a failure (the network lost) is retried by the next call.
 */
export function loadEnglishParts(): Promise<void> {
  englishParts ??= import("./messages/enParts.ts").then(
    (m) => void Object.assign(english, m.enParts),
    (e: unknown) => {
      englishParts = null;
      throw e;
    },
  );
  return englishParts;
}

/** A whole catalogue: for English, the parts' messages too. */
export async function loadCatalogue(locale: Locale): Promise<void> {
  if (locale === "en") return loadEnglishParts();
  if (loaded[locale]) return;
  loaded[locale] = await loaders[locale]();
}
