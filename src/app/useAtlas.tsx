/** The atlas once its data has loaded: URL state in; map, table, panels and meeting mode out. */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import type { BundledEntry } from "../data/datasets/bundledDatasets.ts";
import { localize } from "../data/datasets/manifest.ts";
import type { MatrixInput } from "../data/crossTab.ts";
import type { OwnDatasetSummary } from "../data/datasets/ownDatasetStore.ts";
import type { Dataset, Link } from "../data/dataset.ts";
import { hasActiveFilters, type Filters } from "../data/filters.ts";
import { isKnownPlace } from "../data/places.ts";
import type { WorldLayer } from "../geo/worldLayer.ts";
import { LOCALES } from "../i18n/countryNames.ts";
import { makeI18n } from "../i18n/I18nContext.tsx";
import { browserLocale } from "../i18n/translate.ts";
import { useLoadedLocale } from "../i18n/loadLocale.ts";
import { type HoverTarget, type MapApi } from "../map/MapView.tsx";
import { useMyDeck } from "../present/useMyDeck.ts";
import { useMeetingEngine } from "../present/useMeetingEngine.ts";
import { useMeetingMode } from "../present/useMeetingMode.ts";
import { PALETTES } from "../scales/colors.ts";
import { datasetStyle } from "../scales/frameworkColors.ts";
import { useDataImport } from "./useDataImport.ts";
import { useDatasetActions } from "./useDatasetActions.ts";
import { useFileDrop } from "./useFileDrop.ts";
import { useUrlState } from "./useUrlState.ts";
import { serializeUrlState, type Camera, type UrlState } from "../state/urlState.ts";
import { LEGEND_WIDTH } from "../components/Legend.tsx";
import { useAnalysis } from "./useAnalysis.ts";
import type { HoverTextCode } from "./lazyParts.tsx";
import { useDeckExport } from "./useDeckExport.ts";
import type { Deck } from "../present/deck.ts";
import { useComparison } from "./useComparison.ts";
import { useComparedRows } from "./useComparedRows.ts";
import { useSelection } from "./useSelection.ts";
import { usePngExport } from "./usePngExport.ts";
import { iframeSnippet } from "./iframeSnippet.ts";
import { buildMapModel, datasetFlows } from "../geo/buildMapModel.ts";
import { hasWideFlows } from "../geo/flows.ts";
import { COMPARE_STYLE } from "../scales/frameworkColors.ts";
import { endOfPeriod } from "../data/time.ts";
import { createHoverStore } from "./hoverStore.ts";
import { describeFilters } from "./describeFilters.ts";
import { legendModel } from "../legend/legendModel.ts";
import { stampText } from "./stampText.ts";
import { useAppearance } from "./useAppearance.ts";
import { useAtlasView } from "./useAtlasView.ts";
import { useDocumentLanguage } from "./useDocumentLanguage.ts";
import { finishFirstScreen, useFirstScreenDone } from "./firstScreen.ts";

/** Europe, Africa and the Caucasus, where almost every link of the 2010 query lies. */
export const HOME_BOUNDS: [number, number, number, number] = [-27, -30, 62, 64];

export interface AtlasProps {
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
}

/** Everything the atlas shows and does, for the layout components to draw. */
export function useAtlas({ dataset, world, bundled, own, missingDataset, failedReason, loading }: AtlasProps) {
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
  // Meeting mode's engine is a chunk of its own (useMeetingEngine.ts), loaded once the map is drawn;
  // a link into meeting mode has it already (App.tsx waits for it).
  const firstScreenDone = useFirstScreenDone();
  const { engine: meetingEngine } = useMeetingEngine(firstScreenDone);
  const { state, dropped, deckLink, update } = useUrlState(loading ? null : ctx, meetingEngine);
  // Without the map (the table or matrix first) there is no drawing to wait for.
  useEffect(() => {
    if (state.view !== "map") finishFirstScreen();
  }, [state.view]);
  const actions = useDatasetActions(state, update);
  const importer = useDataImport(actions.onOpened);
  const fileInput = useRef<HTMLInputElement>(null);
  const openPicker = useCallback(() => fileInput.current?.click(), []);
  const dragging = useFileDrop(importer.open, !state.present && !state.embed);
  const style = useMemo(() => datasetStyle(dataset.vocabulary), [dataset]);
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  // This browser cannot draw the flows (MapView): a notice says so and offers the table, which lists them all.
  const [flowsFailed, setFlowsFailed] = useState(false);
  const onFlowsFailed = useCallback(() => setFlowsFailed(true), []);
  const dismissFlowsFailed = useCallback(() => setFlowsFailed(false), []);
  const [hoverStore] = useState(createHoverStore);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [appearance, setAppearance] = useAppearance();
  const mine = useMyDeck(meetingEngine);
  const { deck: myDeck, setDeck: setMyDeck } = mine;
  const mapApi = useRef<MapApi | null>(null);
  const onMapReady = useCallback((api: MapApi | null) => {
    mapApi.current = api;
  }, []);

  // A language asked for (menu, link) shows once its catalogue has loaded, with no flash of English.
  const locale = useLoadedLocale(state.lang ?? browserLocale(navigator.languages, LOCALES));
  const i18n = useMemo(() => makeI18n(locale, dataset.vocabulary), [locale, dataset]);
  const palette = PALETTES[state.present ? "projector" : appearance];
  useDocumentLanguage(i18n);
  // A new filter is worked out in a render of its own, after the click's: the checkbox answers at
  // once, and at 100,000 links no one task both takes the click and filters every link. The map,
  // title, summary and analyses follow the filters shown (shownState); the filter panel, `state`.
  // The address is parsed again on every change (a pan, a selection): filters equal in content keep
  // one object, so nothing that depends on them is worked out again, nor deferred for nothing.
  const filtersKey = JSON.stringify(state.filters);
  const filters = useMemo(() => JSON.parse(filtersKey) as Filters, [filtersKey]);
  const shownFilters = useDeferredValue(filters);
  const shownState = useMemo(() => ({ ...state, filters: shownFilters }), [state, shownFilters]);
  const view = useAtlasView({ dataset, world, state: shownState, locale, t: i18n.t });
  const { shown, nameOf } = view;

  const set = useCallback(
    (patch: Partial<UrlState>, mode: "push" | "replace" = "push") => update({ ...state, ...patch }, mode),
    [state, update],
  );
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

  const selection = useSelection({ state, set, shown, dataset });
  const { select } = selection;
  const meeting = useMeetingMode({
    engine: meetingEngine,
    dataset,
    state,
    ctx,
    update,
    i18n,
    nameOf,
    myDeck,
    setMyDeck,
  });
  const { slide } = meeting;
  const title = localize(dataset.manifest.title, locale);
  const filterLines = useMemo(() => {
    const lines = describeFilters(shownFilters, i18n, nameOf);
    if (!state.at) return lines;
    // The date is part of what the view shows: on the PNG, the print sheet and in the summary.
    const asOf = i18n.labelled(i18n.t("time.label"), i18n.t("time.asOf", { date: i18n.date(endOfPeriod(state.at)) }));
    return lines[0] === i18n.t("export.noFilters") ? [asOf] : [...lines, asOf];
  }, [shownFilters, state.at, i18n, nameOf]);
  const compare = useComparison({ dataset, shown: view.shown, state: shownState, bundled, own, i18n });
  const {
    comparison,
    listed,
    drawn,
    info: compareInfo,
  } = useComparedRows(view.shown, compare.view, compare.mode, i18n);
  // The lines of every link, once per dataset (or compare rows): a filter only changes their counts.
  const flowLinks = comparison ? drawn : dataset.links;
  const flowStyle = comparison ? COMPARE_STYLE : style;
  const flows = useMemo(
    () => datasetFlows(dataset, world, flowLinks, flowStyle),
    [dataset, world, flowLinks, flowStyle],
  );
  const model = useMemo(
    () =>
      buildMapModel({
        dataset,
        world,
        flows,
        shown: drawn,
        selected: state.select,
        locale,
        palette,
      }),
    [dataset, world, flows, drawn, state.select, locale, palette],
  );
  // The cross-table is worked out where it is drawn (MatrixView) or exported (exportPng.ts), both
  // chunks loaded on demand: only the matrix view pays for it, and at 100,000 links it is not free.
  const inMatrix = state.view === "matrix" && !state.present;
  const matrix = useMemo(
    (): MatrixInput | null =>
      inMatrix
        ? {
            links: shown,
            options: {
              nameOf,
              sort: state.sort,
              frameworkOrder: dataset.vocabulary.frameworks,
              isTentative: style.isTentative,
              locale,
            },
          }
        : null,
    [inMatrix, shown, nameOf, state.sort, dataset, style, locale],
  );
  const analysis = useAnalysis({
    dataset,
    shown,
    inTime: view.inTime,
    state: shownState,
    i18n,
    style,
    nameOf,
    filterLines,
  });
  const describeHover = useCallback(
    (h: HoverTarget, code: HoverTextCode) => code.hoverText(h, dataset, listed, i18n),
    [dataset, listed, i18n],
  );
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
          compare: compare.legend,
          gaps: (analysis.gaps?.length ?? 0) > 0,
          wideFlows: hasWideFlows(model.counts),
        },
        i18n,
      ),
    [view.shownFrameworks, view.shownStatuses, style, palette, dataset, compare.legend, i18n, analysis.gaps, model],
  );
  const quoteLang = useCallback((l: Link) => dataset.sources.get(l.source)?.lang || "en", [dataset]);
  // "Download PowerPoint" / "Download PDF": the deck presented, or the one chosen beside the deck menu.
  const deckExport = useDeckExport(world, i18n);
  const downloadDeck = (kind: "pptx" | "pdf", which: Deck) => {
    // Offered only beside a deck, which comes with the engine.
    if (!meetingEngine) return;
    const { content, fileName } = meetingEngine.deckFile(which, { dataset, world, ctx, style, i18n, title, nameOf });
    void deckExport.run(kind, content, fileName);
  };
  const summary =
    compare.view && compare.status
      ? `${analysis.summary} ${i18n.t("compare.summary", { b: compare.view.b, status: compare.status })}`
      : analysis.summary;
  // A slide's camera, else its links in view; the overview slide keeps the home view on Europe and Africa.
  const slideBounds = hasActiveFilters(shownFilters) || state.select ? view.shownBounds : null;
  const legendRoom = window.innerWidth > 760 ? LEGEND_WIDTH + 16 : 16;
  const asOf = state.at ? ` · ${i18n.t("export.asOf", { date: i18n.date(endOfPeriod(state.at)) })}` : "";
  const pngHeading = compare.view
    ? compare.view.mode === "dataset"
      ? i18n.t("compare.title", { a: compare.view.a, b: compare.view.b })
      : `${title} · ${compare.status ?? ""}`
    : (slide?.title ?? title);
  const png = usePngExport({
    mapApi,
    view: state.view,
    matrix,
    nameOf,
    style,
    palette,
    i18n,
    title: `${pngHeading}${asOf}`,
    filters: filterLines,
    legend,
    stamp: stampText(dataset, i18n),
    summary,
  });

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
  return {
    onMapReady,
    flowsFailed,
    onFlowsFailed,
    dismissFlowsFailed,
    shownFilters,
    /** The filters chosen are not on screen yet (the deferred render under way). */
    filtersPending: filters !== shownFilters,
    dataset,
    world,
    bundled,
    own,
    missingDataset,
    failedReason,
    loading,
    ctx,
    state,
    dropped,
    deckLink,
    update,
    actions,
    importer,
    fileInput,
    openPicker,
    dragging,
    style,
    noticeDismissed,
    setNoticeDismissed,
    hoverStore,
    filtersOpen,
    setFiltersOpen,
    appearance,
    setAppearance,
    mine,
    myDeck,
    setMyDeck,
    mapApi,
    locale,
    i18n,
    palette,
    view,
    shown,
    nameOf,
    set,
    setFilters,
    onAt,
    onCamera,
    selection,
    select,
    ...meeting,
    title,
    filterLines,
    compare,
    comparison,
    listed,
    drawn,
    compareInfo,
    model,
    matrix,
    analysis,
    describeHover,
    legend,
    quoteLang,
    deckExport,
    downloadDeck,
    summary,
    slideBounds,
    legendRoom,
    png,
    embed,
    embedCode,
    classes,
  };
}

export type AtlasModel = ReturnType<typeof useAtlas>;
