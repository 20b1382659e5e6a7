/** The atlas once its data has loaded: URL state in; map, table, panels and meeting mode out. */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { BundledEntry } from "../data/datasets/bundledDatasets.ts";
import { localize } from "../data/datasets/manifest.ts";
import type { OwnDatasetSummary } from "../data/datasets/ownDatasetStore.ts";
import type { Dataset } from "../data/dataset.ts";
import { linksOf } from "../data/filterLinks.ts";
import { EMPTY_FILTERS, hasActiveFilters, type Filters } from "../data/filters.ts";
import { isKnownPlace } from "../data/places.ts";
import type { WorldLayer } from "../geo/worldLayer.ts";
import { LOCALES } from "../i18n/countryNames.ts";
import { I18nProvider, makeI18n } from "../i18n/I18nContext.tsx";
import { browserLocale } from "../i18n/translate.ts";
import { MapView, type HoverTarget, type MapApi } from "../map/MapView.tsx";
import { decodeDeck, encodeDeck, stripDeckParams } from "../present/deck.ts";
import { DeckPanel } from "../present/DeckPanel.tsx";
import { storyDeck } from "../present/storyDeck.ts";
import { PresentBar } from "../present/PresentBar.tsx";
import { useMyDeck } from "../present/useMyDeck.ts";
import { usePresenterKeys, type PresenterAction } from "../present/usePresenterKeys.ts";
import { PALETTES } from "../scales/colors.ts";
import { datasetStyle } from "../scales/frameworkColors.ts";
import { DatasetPanel } from "../components/DatasetPanel.tsx";
import { DataNotices } from "../components/DataNotices.tsx";
import { FileOpener } from "../components/FileOpener.tsx";
import { ImportStatus } from "../components/ImportStatus.tsx";
import { DatasetStyleContext } from "./DatasetStyleContext.tsx";
import { useDataImport } from "./useDataImport.ts";
import { prewarmImportWorker } from "../data/import/runImport.ts";
import { useDatasetActions } from "./useDatasetActions.ts";
import { useFileDrop } from "./useFileDrop.ts";
import { useUrlState } from "./useUrlState.ts";
import { DEFAULT_STATE, parseUrlState, serializeUrlState, type Camera, type UrlState } from "../state/urlState.ts";
import { DetailsPanel } from "../components/DetailsPanel.tsx";
import { DownloadCsvButton } from "../components/DownloadCsvButton.tsx";
import { FilterPanel } from "../components/FilterPanel.tsx";
import { LEGEND_WIDTH, Legend } from "../components/Legend.tsx";
import { Notice } from "../components/Notice.tsx";
import { PlaceSearch } from "../components/PlaceSearch.tsx";
import { SourceStamp } from "../components/SourceStamp.tsx";
import { StatusLine, statusText } from "../components/StatusLine.tsx";
import { TableView } from "../components/TableView.tsx";
import { Tooltip } from "../components/Tooltip.tsx";
import { describeFilters } from "./describeFilters.ts";
import { exportPng } from "./exportPng.ts";
import { stampText } from "./stampText.ts";
import { hoverText } from "./hoverText.ts";
import { PaletteContext } from "./PaletteContext.tsx";
import { PrintSheet } from "./PrintSheet.tsx";
import { TopBar } from "./TopBar.tsx";
import { useAppearance } from "./useAppearance.ts";
import { useEscape } from "./useGlobalKeys.ts";
import { useAtlasView } from "./useAtlasView.ts";
import { useDocumentLanguage } from "./useDocumentLanguage.ts";

/** Europe, Africa and the Caucasus, where almost every link of the 2010 query lies. */
const HOME_BOUNDS: [number, number, number, number] = [-27, -30, 62, 64];

export function Atlas({ dataset, world, bundled, own, missingDataset, loadError, loading }: {
  dataset: Dataset;
  world: WorldLayer;
  bundled: BundledEntry[];
  own: OwnDatasetSummary[];
  /** A dataset the link names that this browser does not have; the default is shown instead. */
  missingDataset: string | null;
  loadError: Error | null;
  loading: boolean;
}) {
  const ctx = useMemo(() => {
    const ids = new Set([...bundled.map((d) => d.id), ...own.map((d) => d.id)]);
    return {
      isKnownPlace: (id: string) => isKnownPlace(id, dataset) || world.anchors.has(id),
      isDeck: (s: string) => decodeDeck(s) !== null,
      isDataset: (id: string) => ids.has(id),
      vocabulary: dataset.vocabulary,
      origins: dataset.origins,
    };
  }, [dataset, world, bundled, own]);
  const { state, dropped, update } = useUrlState(ctx);
  const actions = useDatasetActions(state, update);
  const importer = useDataImport(actions.onOpened);
  const fileInput = useRef<HTMLInputElement>(null);
  const openPicker = useCallback(() => fileInput.current?.click(), []);
  const dragging = useFileDrop(importer.open, !state.present);
  useEffect(prewarmImportWorker, []);
  const style = useMemo(() => datasetStyle(dataset.vocabulary), [dataset]);
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [appearance, setAppearance] = useAppearance();
  const [myDeck, setMyDeck] = useMyDeck();
  const mapApi = useRef<MapApi | null>(null);

  const locale = state.lang ?? browserLocale(navigator.languages, LOCALES);
  const i18n = useMemo(() => makeI18n(locale, dataset.vocabulary), [locale, dataset]);
  const palette = PALETTES[state.present ? "projector" : appearance];
  useDocumentLanguage(i18n);
  const [exportFailed, setExportFailed] = useState(false);
  const view = useAtlasView({ dataset, world, state, locale, palette, style, t: i18n.t });
  const { shown, nameOf } = view;

  const set = useCallback((patch: Partial<UrlState>, mode: "push" | "replace" = "push") => update({ ...state, ...patch }, mode), [state, update]);
  const select = useCallback((id: string | null) => set({ select: id }), [set]);
  const setFilters = (filters: Filters) => set({ filters });
  const onCamera = useCallback((camera: Camera) => set({ camera }, "replace"), [set]);

  // Meeting mode: the deck is a shared one from the link, or the story built from the data.
  const story = useMemo(() => storyDeck({ dataset, datasetParam: state.dataset, i18n, nameOf }), [dataset, state.dataset, i18n, nameOf]);
  const sharedDeck = useMemo(() => (state.deck ? decodeDeck(state.deck) : null), [state.deck]);
  const deck = sharedDeck ?? story;
  const goToSlide = useCallback((n: number, deckParam: string | null = state.deck) => {
    const slides = (deckParam ? decodeDeck(deckParam) : null)?.slides ?? story.slides;
    const index = Math.min(Math.max(n, 1), slides.length);
    const slide = slides[index - 1];
    if (!slide) return;
    const parsed = parseUrlState(slide.query, ctx).state;
    update({ ...parsed, lang: state.lang, present: true, slide: index, deck: deckParam }, "push");
  }, [state.deck, state.lang, story, ctx, update]);
  const title = localize(dataset.manifest.title, locale);
  const onPresenterAction = useCallback((a: PresenterAction) => {
    const current = state.slide ?? 0;
    if (a === "next") goToSlide(current + 1);
    else if (a === "previous") goToSlide(Math.max(current - 1, 1));
    else if (a === "first") goToSlide(1);
    else if (a === "last") goToSlide(deck.slides.length);
    // Escape first undoes a stray click on a country, then leaves the deck (and full screen).
    else if (state.select) set({ select: null });
    else {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      set({ present: false, slide: null, deck: null });
    }
  }, [state.slide, state.select, goToSlide, deck.slides.length, set]);
  usePresenterKeys(state.present, onPresenterAction);
  // A link that names only the slide (?present=1&slide=3) opens on that slide's view.
  const bareSlideLink = state.present && state.slide !== null && serializeUrlState({ ...state, present: false, slide: null, deck: null, lang: null }) === "";
  useEffect(() => {
    if (!bareSlideLink || state.slide === null) return;
    const target = deck.slides[state.slide - 1];
    if (!target || target.query === "") return;
    update({ ...parseUrlState(target.query, ctx).state, lang: state.lang, present: true, slide: state.slide, deck: state.deck }, "replace");
  }, [bareSlideLink, state.slide, state.lang, state.deck, deck, ctx, update]);
  useEscape(useCallback(() => { if (!state.present && state.select) select(null); }, [state.present, state.select, select]));

  const currentQuery = stripDeckParams(serializeUrlState({ ...state, present: false, slide: null, deck: null, lang: null }));
  const shareUrl = useMemo(
    () => `${window.location.origin}${window.location.pathname}?${serializeUrlState({ ...DEFAULT_STATE, dataset: state.dataset, lang: state.lang, present: true, slide: 1, deck: encodeDeck(myDeck) })}`,
    [myDeck, state.lang, state.dataset],
  );
  const filterLines = useMemo(() => describeFilters(state.filters, i18n, nameOf), [state.filters, i18n, nameOf]);
  const selectedLinks = state.select ? linksOf(shown, state.select) : [];
  const hiddenCount = state.select ? linksOf(dataset.links, state.select).length - selectedLinks.length : 0;
  const slideIndex = state.present && state.slide !== null ? Math.min(state.slide, deck.slides.length) : null;
  const slide = slideIndex ? deck.slides[slideIndex - 1] ?? null : null;
  // A slide's camera, else its links in view; the overview slide keeps the home view on Europe and Africa.
  const slideBounds = hasActiveFilters(state.filters) || state.select ? view.shownBounds : null;
  const legendRoom = window.innerWidth > 760 ? LEGEND_WIDTH + 16 : 16;
  const onPng = () => {
    const api = mapApi.current;
    if (!api) return setExportFailed(true);
    setExportFailed(false);
    exportPng(api, { i18n, palette, style, title: slide?.title ?? title, filters: filterLines, frameworks: view.shownFrameworks, statuses: view.shownStatuses, stamp: stampText(dataset, i18n), hasResponses: dataset.hasResponses })
      .catch(() => setExportFailed(true));
  };

  const classes = ["atlas", state.select && !state.present ? "has-details" : "", filtersOpen ? "filters-open" : "", state.present ? "is-presenting" : "", `appearance-${state.present ? "projector" : appearance}`];
  return (
    <I18nProvider locale={locale} vocabulary={dataset.vocabulary}>
      <PaletteContext.Provider value={palette}>
      <DatasetStyleContext.Provider value={style}>
        <div className={classes.filter(Boolean).join(" ")} lang={locale}>
          {state.present ? (
            <PresentBar slide={slide} index={slideIndex} total={deck.slides.length} onAction={onPresenterAction} />
          ) : (
            <TopBar title={title} subtitle={dataset.manifest.description ? localize(dataset.manifest.description, locale) : i18n.t("app.ownSubtitle")} view={state.view} onView={(v) => set({ view: v })} locale={locale} onLocale={(l) => set({ lang: l })}
              appearance={appearance} onAppearance={setAppearance} onPresent={() => goToSlide(1, null)} onPng={onPng} onPrint={() => window.print()}
              csvButton={<DownloadCsvButton links={shown} label={i18n.t("export.csv")} fileName={hasActiveFilters(state.filters) ? "partnerships-filtered.csv" : "partnerships.csv"} />} />
          )}
          <FileOpener ref={fileInput} onFiles={importer.open} />
          {dragging && <div className="drop-overlay" aria-hidden="true"><p>{i18n.t("data.drop")}</p></div>}
          <div className="notices">
          <ImportStatus state={importer.state} onCancel={importer.cancel} onLoadValid={importer.loadValid} />
          <DataNotices missingDataset={missingDataset} notice={actions.notice} loadError={loadError} loading={loading} presenting={state.present} onOpen={openPicker} onDismiss={actions.dismissNotice} />
          <Notice dropped={noticeDismissed ? [] : dropped.filter((d) => !(missingDataset && d.param === "dataset"))} onDismiss={() => setNoticeDismissed(true)} />
          {exportFailed && (
            <div className="notice" role="alert">
              <p>{i18n.t("export.failed")}</p>
              <button type="button" onClick={() => setExportFailed(false)}>{i18n.t("notice.dismiss")}</button>
            </div>
          )}
          </div>
          {!state.present && (
            <aside className="sidebar" aria-label={i18n.t("filters.label")}>
              <button type="button" className="filters-toggle" aria-expanded={filtersOpen} onClick={() => setFiltersOpen((o) => !o)}>
                {filtersOpen ? i18n.t("filters.hide") : i18n.t("filters.show")}
              </button>
              <div className="sidebar-body">
                <DatasetPanel dataset={dataset} bundled={bundled} own={own} onChoose={actions.choose} onOpen={openPicker} onTemplate={actions.template}
                  onRename={(patch) => void actions.rename(dataset.manifest.id, patch)} onRemove={(id) => void actions.remove(id)} onForgetAll={() => void actions.forgetAll()} />
                <PlaceSearch places={view.searchPlaces} onSelect={(id) => select(id)} />
                <StatusLine summary={view.summary} filtered={hasActiveFilters(state.filters)} onClear={() => setFilters(EMPTY_FILTERS)} />
                <FilterPanel filters={state.filters} themeCounts={view.counts} offered={view.offered} memberStates={view.memberStates} partners={view.partners} onChange={setFilters} />
                <DeckPanel deck={myDeck} currentQuery={currentQuery} currentNote={statusText(view.summary, i18n.t)} onChange={setMyDeck}
                  onPresent={() => goToSlide(1, encodeDeck(myDeck))} onPresentStory={() => goToSlide(1, null)} shareUrl={shareUrl} />
              </div>
            </aside>
          )}
          <main className="stage">
            {state.view === "map" || state.present ? (
              <div className="map-frame">
                <MapView world={world} {...view.model} selected={state.select} palette={palette} camera={state.camera}
                  fitBounds={slideIndex ? slideBounds ?? HOME_BOUNDS : null}
                  homeBounds={HOME_BOUNDS} homePadding={{ top: 16, bottom: 16, left: 16, right: legendRoom }}
                  ariaLabel={i18n.t("map.label", { count: view.summary.links })} onSelect={select} onHover={setHover} onCameraChange={onCamera}
                  onReady={(api) => { mapApi.current = api; }} />
                {/* Open when the map has room for it; beside the details panel, one click away. */}
                <Legend key={state.select && !state.present ? "narrow" : "wide"} hasResponses={dataset.hasResponses} frameworks={view.shownFrameworks} statuses={view.shownStatuses} defaultOpen={state.present || (!state.select && window.innerWidth > 760)} />
                {hover && <Tooltip x={hover.x} y={hover.y} lines={hoverText(hover, dataset, shown, i18n)} />}
              </div>
            ) : (
              <TableView links={shown} vocabulary={dataset.vocabulary} selected={state.select} nameOf={nameOf} onSelect={select} />
            )}
            <SourceStamp dataset={dataset} />
            <PrintSheet links={shown} filters={filterLines} nameOf={nameOf} />
          </main>
          {state.select && !state.present && (
            <DetailsPanel id={state.select} dataset={dataset} locale={locale} shown={selectedLinks} hiddenCount={hiddenCount} onSelect={select} onClose={() => select(null)} />
          )}
        </div>
      </DatasetStyleContext.Provider>
      </PaletteContext.Provider>
    </I18nProvider>
  );
}
