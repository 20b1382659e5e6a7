import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { datasetQuery, ownDatasetListQuery, type DatasetSource } from "../data/datasets/datasetQueries.ts";
import { isOwnDatasetId } from "../data/datasets/ownDatasetId.ts";
import { DEFAULT_DATASET_ID } from "../data/dataset.ts";
import { datasetIndexQuery, worldQuery } from "../data/queries.ts";
import { LOCALES, type Locale } from "../i18n/countryNames.ts";
import { I18nProvider, useI18n } from "../i18n/I18nContext.tsx";
import { browserLocale } from "../i18n/translate.ts";
import { isOneOf } from "../data/vocabulary.ts";
import { LoadError } from "../components/LoadError.tsx";
import { useMeetingEngine } from "../present/useMeetingEngine.ts";
import { Atlas } from "./Atlas.tsx";
import { useFirstScreenDone } from "./firstScreen.ts";
import { useDocumentLanguage } from "./useDocumentLanguage.ts";
import { useDatasetParam } from "./useUrlState.ts";

/** The language before the data (and so the URL state) has loaded: for the loading and error screens. */
export function startLocale(): Locale {
  const lang = new URLSearchParams(window.location.search).get("lang") ?? "";
  return isOneOf(LOCALES, lang) ? lang : browserLocale(navigator.languages, LOCALES);
}

/** A link into meeting mode (`?present=1`, with or without a deck): its deck needs meeting mode's chunk. */
const startsPresenting = (): boolean =>
  new URLSearchParams(window.location.search).getAll("present").some((v) => v.trim() === "1");

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
  const param = useDatasetParam();
  const world = useQuery(worldQuery());
  const index = useQuery(datasetIndexQuery());
  // A link into meeting mode opens on its slide: the engine that reads the deck comes first, behind
  // the loading screen. Should it not load, the atlas opens anyway (its bar then says it is loading).
  const [presenting] = useState(startsPresenting);
  const meeting = useMeetingEngine(presenting);
  const meetingReady = !presenting || meeting.engine !== null || meeting.failed;
  useDocumentLanguage(i18n);

  // Which dataset to show: the link's, if this browser has it (and it opens); else the default, with a notice.
  const wanted = param ?? DEFAULT_DATASET_ID;
  // Only a link that names a dataset of one's own, to show or to compare with, waits for this
  // browser's list (IndexedDB): the atlas would otherwise read that name as unknown and drop it.
  const [comparesOwn] = useState(() =>
    isOwnDatasetId(new URLSearchParams(window.location.search).get("compare") ?? ""),
  );
  const ownNeeded = isOwnDatasetId(wanted) || comparesOwn;
  // Else the list (for the dataset menu) is read once the first screen is done: opening IndexedDB
  // and its chunk cost the first drawing time on a busy machine, for a menu nobody has opened yet.
  const firstScreenDone = useFirstScreenDone();
  const own = useQuery({ ...ownDatasetListQuery(), enabled: ownNeeded || firstScreenDone });
  const bundled = index.data?.datasets ?? [];
  const ownList = own.data ?? [];
  const [failed, setFailed] = useState<Record<string, string>>({});
  const ownHit = ownList.some((d) => d.id === wanted) && !(wanted in failed);
  const known = bundled.some((d) => d.id === wanted) || ownHit;
  const settled = index.isSuccess && (own.isSuccess || !ownNeeded);
  // The atlas keeps the unknown id in the address (see isDataset there), so this holds until the user moves on.
  const missing = settled && !known ? wanted : null;
  const entry =
    bundled.find((d) => d.id === (missing ? DEFAULT_DATASET_ID : wanted)) ??
    bundled.find((d) => d.id === DEFAULT_DATASET_ID) ??
    bundled[0];
  // One object per choice, so the effect below runs when the choice changes, not on every render.
  const source = useMemo((): DatasetSource | null => {
    if (!settled) return null;
    if (ownHit) return { kind: "own", id: wanted };
    return entry ? { kind: "bundled", entry } : null;
  }, [settled, ownHit, wanted, entry]);
  const dataset = useQuery({
    ...datasetQuery(source ?? { kind: "own", id: "" }),
    enabled: source !== null,
    // While another dataset loads, the one on screen stays: the map is not torn down.
    placeholderData: keepPreviousData,
  });
  // A kept dataset that no longer opens (removed in another tab, a worker crash) must not lock the
  // user out behind an error page: the default is shown, with the reason and a way to remove it.
  const ownFailed = source?.kind === "own" && dataset.isError;
  useEffect(() => {
    if (ownFailed && source?.kind === "own") setFailed((f) => ({ ...f, [source.id]: dataset.error?.message ?? "" }));
  }, [ownFailed, source, dataset.error]);

  const error = ownFailed ? null : (dataset.error ?? world.error ?? index.error);
  if (error && !dataset.data) {
    return (
      <LoadError
        error={error}
        onRetry={() => {
          void dataset.refetch();
          void world.refetch();
          void index.refetch();
        }}
      />
    );
  }
  if (!world.data || !dataset.data || !meetingReady) {
    return (
      <div className="loading" role="status" aria-live="polite">
        <div className="spinner" aria-hidden="true" />
        <p>{t("app.loading")}</p>
      </div>
    );
  }
  return (
    <Atlas
      dataset={dataset.data}
      world={world.data}
      bundled={bundled}
      own={ownList}
      missingDataset={missing}
      failedReason={missing ? (failed[missing] ?? null) : null}
      loading={dataset.isPlaceholderData || ownFailed}
    />
  );
}
