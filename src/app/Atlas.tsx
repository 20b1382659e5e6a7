/** The atlas once its data has loaded: URL state in; map, table, panels and meeting mode out. */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { BundledEntry } from "../data/datasets/bundledDatasets.ts";
import { localize } from "../data/datasets/manifest.ts";
import type { OwnDatasetSummary } from "../data/datasets/ownDatasetStore.ts";
import type { Dataset, Link } from "../data/dataset.ts";
import { linksOf } from "../data/filterLinks.ts";
import { EMPTY_FILTERS, hasActiveFilters, type Filters } from "../data/filters.ts";
import { isKnownPlace } from "../data/places.ts";
import type { WorldLayer } from "../geo/worldLayer.ts";
import { LOCALES } from "../i18n/countryNames.ts";
import { I18nProvider, makeI18n } from "../i18n/I18nContext.tsx";
import { browserLocale } from "../i18n/translate.ts";
import { MapView, type HoverTarget, type MapApi } from "../map/MapView.tsx";
import { DeckNotices } from "../present/DeckNotices.tsx";
import { DeckPanel } from "../present/DeckPanel.tsx";
import { SharedDeckPanel } from "../present/SharedDeckPanel.tsx";
import { PresentBar } from "../present/PresentBar.tsx";
import { useMyDeck } from "../present/useMyDeck.ts";
import { useMeetingMode } from "../present/useMeetingMode.ts";
import { encodeDeckLink } from "../present/deckLink.ts";
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
import { serializeUrlState, type Camera, type UrlState } from "../state/urlState.ts";
import { DetailsPanel } from "../components/DetailsPanel.tsx";
import { DownloadCsvButton } from "../components/DownloadCsvButton.tsx";
import { FilterPanel } from "../components/FilterPanel.tsx";
import { LEGEND_WIDTH, Legend } from "../components/Legend.tsx";
import { Notice } from "../components/Notice.tsx";
import { PlaceSearch } from "../components/PlaceSearch.tsx";
import { SourceStamp } from "../components/SourceStamp.tsx";
import { StatusLine, statusText } from "../components/StatusLine.tsx";
import { TableView } from "../components/TableView.tsx";
import { MatrixView } from "../components/MatrixView.tsx";
import { GapsPanel } from "../components/GapsPanel.tsx";
import { ViewSummary } from "../components/ViewSummary.tsx";
import { useAnalysis } from "./useAnalysis.ts";
import { useDeckExport } from "./useDeckExport.ts";
import { DeckDownloads } from "../components/DeckDownloads.tsx";
import { deckContent } from "../present/deckContent.ts";
import type { Deck } from "../present/deck.ts";
import { useComparison } from "./useComparison.ts";
import { iframeSnippet } from "./iframeSnippet.ts";
import { compareCode, compareLegend, compareStatus, kindLabel } from "./compareText.ts";
import { buildMapModel } from "../geo/buildMapModel.ts";
import { COMPARE_ONLY_B, COMPARE_STYLE } from "../scales/frameworkColors.ts";
import { TimeControl } from "../components/TimeControl.tsx";
import { UndatedLinks } from "../components/UndatedLinks.tsx";
import { endOfPeriod } from "../data/time.ts";
import { crossTab } from "../data/crossTab.ts";
import { drawMatrix } from "../export/drawMatrix.ts";
import { HoverTooltip } from "../components/HoverTooltip.tsx";
import { createHoverStore } from "./hoverStore.ts";
import { describeFilters } from "./describeFilters.ts";
import { exportPng } from "./exportPng.ts";
import { legendModel } from "../legend/legendModel.ts";
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

export function Atlas({
  dataset,
  world,
  bundled,
  own,
  missingDataset,
  failedReason,
  loading,
}: {
  dataset: Dataset;
  world: WorldLayer;
  bundled: BundledEntry[];
  own: OwnDatasetSummary[];
  /** A dataset the link names that this browser does not have; the default is shown instead. */
  missingDataset: string | null;
  /** Why a kept dataset of the user's did not open, when that is why it is missing. */
  failedReason: string | null;
  /** Another dataset is loading: the one on screen stays, and the address is not read against it. */
  loading: boolean;
}) {
  const ctx = useMemo(() => {
    const ids = new Set([...bundled.map((d) => d.id), ...own.map((d) => d.id)]);
    const originRegions = new Set(dataset.links.map((l) => l.member_state).filter((id) => dataset.regions.has(id)));
    return {
      isKnownPlace: (id: string) => isKnownPlace(id, dataset) || world.anchors.has(id),
      // A missing dataset stays in the address, so the notice holds until the user moves on.
      isDataset: (id: string) => ids.has(id) || id === missingDataset,
      vocabulary: dataset.vocabulary,
      origins: dataset.origins,
      isOriginRegion: (id: string) => originRegions.has(id),
    };
  }, [dataset, world, bundled, own, missingDataset]);
  const { state, dropped, deckLink, update } = useUrlState(loading ? null : ctx);
  const actions = useDatasetActions(state, update);
  const importer = useDataImport(actions.onOpened);
  const fileInput = useRef<HTMLInputElement>(null);
  const openPicker = useCallback(() => fileInput.current?.click(), []);
  const dragging = useFileDrop(importer.open, !state.present && !state.embed);
  useEffect(prewarmImportWorker, []);
  const style = useMemo(() => datasetStyle(dataset.vocabulary), [dataset]);
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  const [hoverStore] = useState(createHoverStore);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [appearance, setAppearance] = useAppearance();
  const mine = useMyDeck();
  const { deck: myDeck, setDeck: setMyDeck } = mine;
  const mapApi = useRef<MapApi | null>(null);

  const locale = state.lang ?? browserLocale(navigator.languages, LOCALES);
  const i18n = useMemo(() => makeI18n(locale, dataset.vocabulary), [locale, dataset]);
  const palette = PALETTES[state.present ? "projector" : appearance];
  useDocumentLanguage(i18n);
  const [exportFailed, setExportFailed] = useState(false);
  const view = useAtlasView({ dataset, world, state, locale, t: i18n.t });
  const { shown, nameOf } = view;

  const set = useCallback(
    (patch: Partial<UrlState>, mode: "push" | "replace" = "push") => update({ ...state, ...patch }, mode),
    [state, update],
  );
  // A matrix cell opens one pair's links; any other selection ends that.
  const [pair, setPair] = useState<{ ms: string; partner: string } | null>(null);
  // A place the user chose moves the focus to the details heading; one from the address does not.
  const [focusRequest, setFocusRequest] = useState<{ id: string; n: number } | null>(null);
  const select = useCallback(
    (id: string | null) => {
      setPair(null);
      set({ select: id });
      // In meeting mode there is no details panel, and the presenter's keys must keep working.
      setFocusRequest((r) => (id && !state.present ? { id, n: (r?.n ?? 0) + 1 } : null));
    },
    [set, state.present],
  );
  const onDetailsFocused = useCallback(() => setFocusRequest(null), []);
  const setFilters = (filters: Filters) => set({ filters });
  // Stable, so that a hover re-render never restarts the timeline's Play timer. An earlier date
  // to compare with must stay earlier than the date shown.
  const onAt = useCallback(
    (at: string | null, mode: "push" | "replace") => {
      const since = at && state.since && endOfPeriod(state.since) < endOfPeriod(at) ? state.since : null;
      set({ at, since }, mode);
    },
    [set, state.since],
  );
  const onCamera = useCallback((camera: Camera) => set({ camera }, "replace"), [set]);

  const meeting = useMeetingMode({ dataset, state, ctx, update, i18n, nameOf, myDeck, setMyDeck });
  const { story, deck, sharing, goToSlide, onPresenterAction, slideIndex, slide, currentQuery, shareUrl } = meeting;
  const title = localize(dataset.manifest.title, locale);
  useEscape(
    useCallback(() => {
      if (!state.present && state.select) select(null);
    }, [state.present, state.select, select]),
  );

  const filterLines = useMemo(() => {
    const lines = describeFilters(state.filters, i18n, nameOf);
    if (!state.at) return lines;
    // The date is part of what the view shows: on the PNG, the print sheet and in the summary.
    const asOf = i18n.labelled(i18n.t("time.label"), i18n.t("time.asOf", { date: i18n.date(endOfPeriod(state.at)) }));
    return lines[0] === i18n.t("export.noFilters") ? [asOf] : [...lines, asOf];
  }, [state.filters, state.at, i18n, nameOf]);
  const compare = useComparison({ dataset, shown: view.shown, state, bundled, own, i18n });
  const comparison = compare.view?.comparison ?? null;
  // The table, hover and CSV in compare mode: both lists, the other's links marked by a prefixed id.
  const listed = useMemo(
    () =>
      comparison
        ? comparison.links.map(({ link, side }) => (side === "b" ? { ...link, id: `b:${link.id}` } : link))
        : view.shown,
    [comparison, view.shown],
  );
  // The map draws the same rows; in compare mode each link's kind stands for its framework.
  const drawn = useMemo(
    () =>
      comparison
        ? listed.map((l, i) => {
            const kind = comparison.links[i]?.kind ?? "only_a";
            return { ...l, framework: kind, status: kind === "only_b" ? COMPARE_ONLY_B : "compare" };
          })
        : listed,
    [comparison, listed],
  );
  const compareInfo = useMemo(() => {
    const cv = compare.view;
    if (!cv || !comparison) return null;
    const info = new Map<(typeof listed)[number], { kind: string; also: string | null }>();
    comparison.links.forEach(({ link, kind, side }, i) => {
      const row = listed[i];
      if (!row) return;
      const others = kind === "both" ? comparison.others(`${link.member_state}>${link.partner}`, side) : [];
      info.set(row, {
        kind: kindLabel(cv, kind, i18n),
        also: others.length
          ? i18n.t("compare.also", {
              name: side === "a" ? cv.b : cv.a,
              list: [...new Set(others.map((o) => o.instrument || o.framework))].join("; "),
            })
          : null,
      });
    });
    return info;
  }, [compare.view, comparison, listed, i18n]);
  const model = useMemo(
    () =>
      buildMapModel({
        dataset,
        world,
        shown: drawn,
        selected: state.select,
        locale,
        palette,
        style: comparison ? COMPARE_STYLE : style,
      }),
    [dataset, world, drawn, state.select, locale, palette, comparison, style],
  );
  const matrix = useMemo(
    () =>
      crossTab(shown, {
        nameOf,
        sort: state.sort,
        frameworkOrder: dataset.vocabulary.frameworks,
        isTentative: style.isTentative,
        locale,
      }),
    [shown, nameOf, state.sort, dataset, style, locale],
  );
  const analysis = useAnalysis({ dataset, shown, inTime: view.inTime, state, i18n, style, nameOf, filterLines });
  const describeHover = useCallback((h: HoverTarget) => hoverText(h, dataset, listed, i18n), [dataset, listed, i18n]);
  // One legend for the screen and the PNG: what the map draws, in the UI language.
  const legend = useMemo(
    () =>
      legendModel(
        {
          frameworks: view.shownFrameworks,
          statuses: view.shownStatuses,
          style,
          palette,
          hasResponses: dataset.hasResponses,
          compare: compare.view ? compareLegend(compare.view, i18n) : null,
          gaps: (analysis.gaps?.length ?? 0) > 0,
        },
        i18n,
      ),
    [view.shownFrameworks, view.shownStatuses, style, palette, dataset, compare.view, i18n, analysis.gaps],
  );
  const quoteLang = useCallback((l: Link) => dataset.sources.get(l.source)?.lang || "en", [dataset]);
  // "Download PowerPoint" / "Download PDF": the deck presented, or the one chosen beside the deck menu.
  const deckExport = useDeckExport(world, i18n);
  const [deckChoice, setDeckChoice] = useState<"story" | "mine">("story");
  const downloadDeck = (kind: "pptx" | "pdf", which: Deck) => {
    // Slides are for a projector: its palette (stronger fills, wider arcs, larger labels).
    const subtitle = dataset.manifest.description ? localize(dataset.manifest.description, locale) : title;
    const content = deckContent(which, {
      dataset,
      world,
      ctx,
      palette: PALETTES.projector,
      style,
      i18n,
      title: which.title === title ? subtitle : title,
      source: stampText(dataset, i18n),
      nameOf,
    });
    void deckExport.run(
      kind,
      content,
      which.title
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, "-")
        .replace(/^-|-$/g, "") || "deck",
    );
  };
  const summary = compare.view
    ? `${analysis.summary} ${i18n.t("compare.summary", { b: compare.view.b, status: compareStatus(compare.view, i18n) })}`
    : analysis.summary;
  const pairShown = pair && state.select === pair.ms ? pair : null;
  const { selectedLinks, hiddenCount } = useMemo(() => {
    const ofSelection = (links: readonly (typeof shown)[number][]) => {
      const own = state.select ? linksOf(links, state.select) : [];
      return pairShown ? own.filter((l) => l.partner === pairShown.partner) : own;
    };
    const selected = ofSelection(shown);
    return {
      selectedLinks: selected,
      hiddenCount: state.select ? ofSelection(dataset.links).length - selected.length : 0,
    };
  }, [shown, dataset, state.select, pairShown]);
  // A slide's camera, else its links in view; the overview slide keeps the home view on Europe and Africa.
  const slideBounds = hasActiveFilters(state.filters) || state.select ? view.shownBounds : null;
  const legendRoom = window.innerWidth > 760 ? LEGEND_WIDTH + 16 : 16;
  const onPng = () => {
    const api = mapApi.current;
    const dark = palette.dark;
    // In the matrix view the picture is the matrix, drawn at the export's resolution; of the legend
    // only the framework colours apply to it (it has no fills, and its marks say tentative).
    const capture =
      state.view === "matrix"
        ? (scale: number) =>
            drawMatrix(matrix, {
              width: window.innerWidth,
              height: window.innerHeight,
              scale,
              nameOf,
              colorOf: style.colorOf,
              isTentative: style.isTentative,
              ink: dark ? "#f2f2f2" : "#1c1c1c",
              paper: dark ? "#14202b" : "#ffffff",
              line: dark ? "#4a5560" : "#d4d4d4",
              font: getComputedStyle(document.body).fontFamily || "sans-serif",
              moreColumns: (n) => i18n.t("matrix.moreColumns", { count: n }),
            })
        : api
          ? (scale: number) => api.capture(scale)
          : null;
    if (!capture) return setExportFailed(true);
    setExportFailed(false);
    const asOf = state.at ? ` · ${i18n.t("export.asOf", { date: i18n.date(endOfPeriod(state.at)) })}` : "";
    const heading = compare.view
      ? compare.view.mode === "dataset"
        ? i18n.t("compare.title", { a: compare.view.a, b: compare.view.b })
        : `${title} · ${compareStatus(compare.view, i18n)}`
      : (slide?.title ?? title);
    exportPng(capture, {
      palette,
      title: `${heading}${asOf}`,
      filters: filterLines,
      legend: state.view === "matrix" ? legend.filter((s) => s.id === "frameworks") : legend,
      stamp: stampText(dataset, i18n),
      description: summary,
    }).catch(() => setExportFailed(true));
  };

  // Embedded in another page: the view, its title, legend and source line, and nothing to download.
  const embed = state.embed && !state.present;
  const embedCode = useMemo(
    () =>
      iframeSnippet(
        `${window.location.origin}${window.location.pathname}?${serializeUrlState({ ...state, embed: true, present: false, slide: null, deck: null })}`,
        `${i18n.t("embed.frameTitle")}: ${title}`,
      ),
    [state, i18n, title],
  );
  const classes = [
    "atlas",
    embed ? "is-embed" : "",
    state.select && !state.present && !embed ? "has-details" : "",
    filtersOpen ? "filters-open" : "",
    state.present ? "is-presenting" : "",
    `appearance-${state.present ? "projector" : appearance}`,
  ];
  return (
    <I18nProvider locale={locale} vocabulary={dataset.vocabulary}>
      <PaletteContext.Provider value={palette}>
        <DatasetStyleContext.Provider value={style}>
          <div className={classes.filter(Boolean).join(" ")} lang={locale}>
            {state.present ? (
              <PresentBar
                slide={slide}
                index={slideIndex}
                total={deck.slides.length}
                onAction={onPresenterAction}
                shared={sharing.presentingShared ? { onSave: sharing.save } : undefined}
                downloads={
                  <DeckDownloads
                    state={deckExport.state}
                    onDownload={(kind) => downloadDeck(kind, deck)}
                    onCancel={deckExport.cancel}
                    onDismiss={deckExport.dismiss}
                  />
                }
              />
            ) : embed ? (
              <header className="topbar">
                <div className="titles">
                  <h1>{title}</h1>
                </div>
              </header>
            ) : (
              <TopBar
                title={title}
                embedCode={embedCode}
                subtitle={
                  dataset.manifest.description
                    ? localize(dataset.manifest.description, locale)
                    : i18n.t("app.ownSubtitle")
                }
                view={state.view}
                onView={(v) => set({ view: v })}
                locale={locale}
                onLocale={(l) => set({ lang: l })}
                appearance={appearance}
                onAppearance={setAppearance}
                onPresent={() => goToSlide(1, null)}
                onPng={onPng}
                onPrint={() => window.print()}
                csvButton={
                  <DownloadCsvButton
                    links={listed}
                    extra={
                      compareInfo && comparison
                        ? {
                            column: "compare",
                            value: (_l, i) =>
                              compareCode(
                                comparison.links[i]?.kind,
                                compare.view?.mode === "since" ? null : dataset.manifest.id,
                                state.compare ?? state.since ?? "",
                              ),
                          }
                        : undefined
                    }
                    label={i18n.t("export.csv")}
                    fileName={hasActiveFilters(state.filters) ? "partnerships-filtered.csv" : "partnerships.csv"}
                  />
                }
              />
            )}
            <FileOpener ref={fileInput} onFiles={importer.open} />
            {dragging && (
              <div className="drop-overlay" aria-hidden="true">
                <p>{i18n.t("data.drop")}</p>
              </div>
            )}
            {!embed && (
              <div className="notices">
                <ImportStatus state={importer.state} onCancel={importer.cancel} onLoadValid={importer.loadValid} />
                <DataNotices
                  missingDataset={missingDataset}
                  failedReason={failedReason}
                  onRemoveMissing={() => missingDataset && void actions.remove(missingDataset)}
                  notice={actions.notice}
                  loading={loading}
                  presenting={state.present}
                  onOpen={openPicker}
                  onDismiss={actions.dismissNotice}
                />
                <Notice
                  dropped={
                    noticeDismissed
                      ? []
                      : dropped.filter((d) => !(missingDataset && d.param === "dataset") && d.param !== "deck")
                  }
                  onDismiss={() => setNoticeDismissed(true)}
                />
                <DeckNotices
                  link={deckLink}
                  linkDamaged={dropped.some((d) => d.param === "deck")}
                  linkKey={dropped}
                  problem={mine.problem}
                  onDismissProblem={mine.dismissProblem}
                  saved={sharing.saved}
                  onDismissSaved={sharing.dismissSaved}
                />
                {exportFailed && (
                  <div className="notice" role="alert">
                    <p>{i18n.t("export.failed")}</p>
                    <button type="button" onClick={() => setExportFailed(false)}>
                      {i18n.t("notice.dismiss")}
                    </button>
                  </div>
                )}
              </div>
            )}
            {!state.present && !embed && (
              <aside className="sidebar" aria-label={i18n.t("filters.label")}>
                <button
                  type="button"
                  className="filters-toggle"
                  aria-expanded={filtersOpen}
                  onClick={() => setFiltersOpen((o) => !o)}
                >
                  {filtersOpen ? i18n.t("filters.hide") : i18n.t("filters.show")}
                </button>
                <div className="sidebar-body">
                  <DatasetPanel
                    dataset={dataset}
                    bundled={bundled}
                    own={own}
                    compare={state.compare}
                    onCompare={(id) => set({ compare: id, since: null })}
                    onChoose={actions.choose}
                    onOpen={openPicker}
                    onTemplate={actions.template}
                    onRename={(patch) => void actions.rename(dataset.manifest.id, patch)}
                    onRemove={(id) => void actions.remove(id)}
                    onForgetAll={() => void actions.forgetAll()}
                  />
                  <PlaceSearch places={view.searchPlaces} onSelect={(id) => select(id)} />
                  {state.at && (
                    <UndatedLinks
                      links={compare.undatedOther.length ? [...view.undated, ...compare.undatedOther] : view.undated}
                      nameOf={nameOf}
                    />
                  )}
                  <StatusLine
                    summary={view.summary}
                    filtered={hasActiveFilters(state.filters)}
                    onClear={() => setFilters(EMPTY_FILTERS)}
                    compareText={
                      compare.view
                        ? compareStatus(compare.view, i18n)
                        : compare.loading
                          ? i18n.t("compare.loading")
                          : compare.error
                            ? i18n.t("compare.failed")
                            : null
                    }
                  />
                  {analysis.gaps && (
                    <GapsPanel
                      themes={state.filters.themes}
                      gaps={analysis.gaps}
                      partnerGaps={analysis.partnerGaps}
                      nameOf={nameOf}
                      onSelect={select}
                    />
                  )}
                  <FilterPanel
                    filters={state.filters}
                    themeCounts={view.counts}
                    offered={view.offered}
                    memberStates={view.memberStates}
                    partners={view.partners}
                    onChange={setFilters}
                    gaps={state.gaps}
                    onGaps={(gaps) => set({ gaps })}
                  />
                  {sharing.shared && (
                    <SharedDeckPanel
                      shared={sharing.shared}
                      onPresent={() => goToSlide(1, sharing.shared?.text ?? null)}
                      onSave={sharing.save}
                      onDismiss={sharing.dismiss}
                    />
                  )}
                  <DeckPanel
                    deck={myDeck}
                    currentQuery={currentQuery}
                    currentNote={statusText(view.summary, i18n.t)}
                    onChange={setMyDeck}
                    onPresent={() => goToSlide(1, encodeDeckLink(myDeck))}
                    onPresentStory={() => goToSlide(1, null)}
                    shareUrl={shareUrl}
                  />
                  <div className="deck-export">
                    <label className="field">
                      <span>{i18n.t("deck.which")}</span>
                      <select
                        value={deckChoice}
                        onChange={(e) => setDeckChoice(e.target.value === "mine" ? "mine" : "story")}
                      >
                        <option value="story">{i18n.t("deck.story")}</option>
                        <option value="mine" disabled={myDeck.slides.length === 0}>
                          {i18n.t("deck.myDeckOption")} ({myDeck.slides.length})
                        </option>
                      </select>
                    </label>
                    <DeckDownloads
                      state={deckExport.state}
                      onDownload={(kind) =>
                        downloadDeck(kind, deckChoice === "mine" && myDeck.slides.length ? myDeck : story)
                      }
                      onCancel={deckExport.cancel}
                      onDismiss={deckExport.dismiss}
                    />
                  </div>
                </div>
              </aside>
            )}
            <main className="stage">
              {state.view === "map" || state.present ? (
                <div className="map-frame">
                  <MapView
                    world={world}
                    {...model}
                    gaps={analysis.gaps?.map((g) => g.id)}
                    selected={state.select}
                    palette={palette}
                    camera={state.camera}
                    fitBounds={slideIndex ? (slideBounds ?? HOME_BOUNDS) : null}
                    homeBounds={HOME_BOUNDS}
                    homePadding={{ top: 16, bottom: 16, left: 16, right: legendRoom }}
                    ariaLabel={i18n.t("map.label", { count: view.summary.links })}
                    onSelect={select}
                    onHover={hoverStore.set}
                    onCameraChange={onCamera}
                    onReady={(api) => {
                      mapApi.current = api;
                    }}
                  />
                  {/* Open when the map has room for it; beside the details panel, one click away. */}
                  <Legend
                    key={state.select && !state.present ? "narrow" : "wide"}
                    sections={legend}
                    defaultOpen={state.present || (!state.select && window.innerWidth > 760)}
                  />
                  <HoverTooltip store={hoverStore} describe={describeHover} />
                </div>
              ) : state.view === "matrix" ? (
                <MatrixView
                  embed={embed}
                  tab={matrix}
                  frameworks={view.shownFrameworks}
                  sort={state.sort}
                  gaps={analysis.gaps}
                  selected={state.select}
                  nameOf={nameOf}
                  onSort={(sort) => set({ sort }, "replace")}
                  onSelect={select}
                  onPair={(ms, partner) => {
                    select(ms);
                    setPair({ ms, partner });
                  }}
                />
              ) : (
                <TableView
                  links={listed}
                  compare={compareInfo}
                  quoteLang={quoteLang}
                  vocabulary={dataset.vocabulary}
                  selected={state.select}
                  nameOf={nameOf}
                  onSelect={select}
                  sort={state.tableSort}
                  onSort={(tableSort) => set({ tableSort }, "replace")}
                />
              )}
              {view.span && !embed && (
                <TimeControl
                  span={view.span}
                  at={state.at}
                  since={state.since}
                  onAt={onAt}
                  onSince={(since) => set({ since, compare: since ? null : state.compare })}
                />
              )}
              {state.view !== "table" && !state.present && !embed && <ViewSummary text={summary} />}
              <SourceStamp dataset={dataset} />
              <PrintSheet
                links={listed}
                quoteLang={quoteLang}
                filters={filterLines}
                summary={summary}
                nameOf={nameOf}
                heading={
                  [
                    compare.view?.mode === "dataset"
                      ? i18n.t("compare.title", { a: compare.view.a, b: compare.view.b })
                      : "",
                    state.at ? i18n.t("export.asOf", { date: i18n.date(endOfPeriod(state.at)) }) : "",
                  ]
                    .filter(Boolean)
                    .join(" · ") || null
                }
              />
            </main>
            {state.select && !state.present && !embed && (
              <DetailsPanel
                id={state.select}
                pairWith={pairShown?.partner ?? null}
                dataset={dataset}
                locale={locale}
                shown={selectedLinks}
                hiddenCount={hiddenCount}
                onSelect={select}
                onClose={() => select(null)}
                focusRequest={focusRequest?.id === state.select ? focusRequest.n : null}
                onFocused={onDetailsFocused}
              />
            )}
          </div>
        </DatasetStyleContext.Provider>
      </PaletteContext.Provider>
    </I18nProvider>
  );
}
