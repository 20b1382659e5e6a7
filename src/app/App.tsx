import { useQuery } from "@tanstack/react-query";
import { datasetQuery, worldQuery } from "../data/queries.ts";
import { LOCALES, type Locale } from "../i18n/countryNames.ts";
import { I18nProvider, useI18n } from "../i18n/I18nContext.tsx";
import { browserLocale } from "../i18n/translate.ts";
import { isOneOf } from "../data/vocabulary.ts";
import { LoadError } from "../components/LoadError.tsx";
import { Atlas } from "./Atlas.tsx";
import { useDocumentLanguage } from "./useDocumentLanguage.ts";

/** The language before the data (and so the URL state) has loaded: for the loading and error screens. */
function startLocale(): Locale {
  const lang = new URLSearchParams(window.location.search).get("lang") ?? "";
  return isOneOf(LOCALES, lang) ? lang : browserLocale(navigator.languages, LOCALES);
}

/** Loading and error states around the atlas; nothing renders half-loaded. */
export function App() {
  return (
    <I18nProvider locale={startLocale()}>
      <Loader />
    </I18nProvider>
  );
}

function Loader() {
  const i18n = useI18n();
  const { t } = i18n;
  const world = useQuery(worldQuery());
  const dataset = useQuery(datasetQuery());
  useDocumentLanguage(i18n);
  const error = dataset.error ?? world.error;
  if (error) {
    return <LoadError error={error} onRetry={() => { void dataset.refetch(); void world.refetch(); }} />;
  }
  if (!world.data || !dataset.data) {
    return (
      <div className="loading" role="status" aria-live="polite">
        <div className="spinner" aria-hidden="true" />
        <p>{t("app.loading")}</p>
      </div>
    );
  }
  return <Atlas dataset={dataset.data} world={world.data} />;
}
