import type { Locale } from "./countryNames.ts";
import { de, deLabels } from "./messages/de.ts";
import { en, enLabels, type Messages, type VocabularyLabels } from "./messages/en.ts";
import { fr, frLabels } from "./messages/fr.ts";

export const CATALOGUES: Record<Locale, { messages: Messages; labels: VocabularyLabels; name: string }> = {
  en: { messages: en, labels: enLabels, name: "English" },
  fr: { messages: fr, labels: frLabels, name: "Français" },
  de: { messages: de, labels: deLabels, name: "Deutsch" },
};
