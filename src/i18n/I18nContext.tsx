import { createContext, useContext, useMemo, type ReactNode } from "react";
import { catalogue as catalogueOf } from "./catalogues.ts";
import type { Locale } from "./countryNames.ts";
import type { VocabularyLabels } from "./messages/en.ts";
import {
  CONTRACT_VOCABULARY,
  type DatasetVocabulary,
  type VocabularyKind,
} from "../data/datasets/datasetVocabulary.ts";
import { localize } from "../data/datasets/manifest.ts";
import { createTranslator, formatIsoDate, formatList, type Translate } from "./translate.ts";

export interface I18n {
  locale: Locale;
  t: Translate;
  labels: VocabularyLabels;
  date(iso: string): string;
  list(items: string[]): string;
  /** "Label: value", with the locale's spacing before the colon (French puts a no-break space). */
  labelled(label: string, value: string): string;
  /** Label of a framework, status, theme or response of the loaded dataset, in the UI language. */
  vocab(kind: VocabularyKind | "responses", id: string): string;
}

export function makeI18n(locale: Locale, vocabulary: DatasetVocabulary = CONTRACT_VOCABULARY): I18n {
  const c = catalogueOf(locale);
  const colon = locale === "fr" ? "\u00a0: " : ": ";
  const t = createTranslator(locale, c.messages);
  const catalogue = c.labels as unknown as Record<VocabularyKind | "responses", Record<string, string | undefined>>;
  return {
    locale,
    t,
    vocab: (kind, id) => {
      if (id === "") return t(kind === "statuses" ? "vocab.noStatus" : "vocab.noFramework");
      const own = kind === "responses" ? undefined : vocabulary.extraLabels[kind][id];
      return catalogue[kind][id] ?? (own ? localize(own, locale) : id);
    },
    labels: c.labels,
    date: (iso) => formatIsoDate(iso, locale),
    list: (items) => formatList(items, locale),
    labelled: (label, value) => `${label}${colon}${value}`,
  };
}

const I18nContext = createContext<I18n>(makeI18n("en"));

export function I18nProvider({
  locale,
  vocabulary,
  children,
}: {
  locale: Locale;
  vocabulary?: DatasetVocabulary;
  children: ReactNode;
}) {
  const value = useMemo(() => makeI18n(locale, vocabulary), [locale, vocabulary]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
