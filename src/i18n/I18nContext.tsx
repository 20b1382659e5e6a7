import { createContext, useContext, useMemo, type ReactNode } from "react";
import { CATALOGUES } from "./catalogues.ts";
import type { Locale } from "./countryNames.ts";
import type { VocabularyLabels } from "./messages/en.ts";
import { createTranslator, formatIsoDate, formatList, type Translate } from "./translate.ts";

export interface I18n {
  locale: Locale;
  t: Translate;
  labels: VocabularyLabels;
  date(iso: string): string;
  list(items: string[]): string;
  /** "Label: value", with the locale's spacing before the colon (French puts a no-break space). */
  labelled(label: string, value: string): string;
}

export function makeI18n(locale: Locale): I18n {
  const c = CATALOGUES[locale];
  const colon = locale === "fr" ? "\u00a0: " : ": ";
  return {
    locale,
    t: createTranslator(locale, c.messages),
    labels: c.labels,
    date: (iso) => formatIsoDate(iso, locale),
    list: (items) => formatList(items, locale),
    labelled: (label, value) => `${label}${colon}${value}`,
  };
}

const I18nContext = createContext<I18n>(makeI18n("en"));

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => makeI18n(locale), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
