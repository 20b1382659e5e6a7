/** The atlas once its data has loaded: URL state in, map/table/panels out. Layout only; logic lives in pure modules. */
import { useCallback, useMemo, useState } from "react";
import type { Dataset } from "../data/dataset.ts";
import { filterLinks, linksOf, summarize, themeCounts } from "../data/filterLinks.ts";
import { EMPTY_FILTERS, hasActiveFilters, type Filters } from "../data/filters.ts";
import { isKnownPlace, placeName } from "../data/places.ts";
import { FRAMEWORKS, STATUSES } from "../data/vocabulary.ts";
import { buildMapModel } from "../geo/buildMapModel.ts";
import type { WorldLayer } from "../geo/worldLayer.ts";
import { countryName } from "../i18n/countryNames.ts";
import { MapView, type HoverTarget } from "../map/MapView.tsx";
import { useUrlState } from "../state/useUrlState.ts";
import type { Camera, UrlState } from "../state/urlState.ts";
import { DetailsPanel } from "../components/DetailsPanel.tsx";
import { DownloadCsvButton } from "../components/DownloadCsvButton.tsx";
import { FilterPanel } from "../components/FilterPanel.tsx";
import { LEGEND_WIDTH, Legend } from "../components/Legend.tsx";
import { Notice } from "../components/Notice.tsx";
import { PlaceSearch } from "../components/PlaceSearch.tsx";
import { SourceStamp } from "../components/SourceStamp.tsx";
import { StatusLine } from "../components/StatusLine.tsx";
import { TableView } from "../components/TableView.tsx";
import { Tooltip } from "../components/Tooltip.tsx";
import { hoverText } from "./hoverText.ts";
import { useEscape } from "./useGlobalKeys.ts";

/** Europe, Africa and the Caucasus, where almost every link of the 2010 query lies. */
const HOME_BOUNDS: [number, number, number, number] = [-27, -30, 62, 64];

export function Atlas({ dataset, world }: { dataset: Dataset; world: WorldLayer }) {
  const ctx = useMemo(() => ({ isKnownPlace: (id: string) => isKnownPlace(id, dataset) || world.anchors.has(id) }), [dataset, world]);
  const { state, dropped, update } = useUrlState(ctx);
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const locale = state.lang;

  const shown = useMemo(() => filterLinks(dataset.links, state.filters), [dataset, state.filters]);
  const model = useMemo(() => buildMapModel({ dataset, world, shown, selected: state.select, locale }), [dataset, world, shown, state.select, locale]);
  const counts = useMemo(() => themeCounts(dataset.links, state.filters), [dataset, state.filters]);
  const nameOf = useCallback((id: string) => placeName(id, dataset, locale), [dataset, locale]);

  const set = useCallback((patch: Partial<UrlState>, mode: "push" | "replace" = "push") => update({ ...state, ...patch }, mode), [state, update]);
  const select = useCallback((id: string | null) => set({ select: id }), [set]);
  const setFilters = (filters: Filters) => set({ filters });
  useEscape(useCallback(() => state.select && select(null), [state.select, select]));

  const memberStates = useMemo(() => [...dataset.memberStates.keys()].map((id) => ({ id, name: nameOf(id), count: dataset.links.filter((l) => l.member_state === id).length })).sort((a, b) => a.name.localeCompare(b.name)), [dataset, nameOf]);
  const partners = useMemo(() => [...new Set(dataset.links.map((l) => l.partner))].map((id) => ({ id, name: nameOf(id), count: dataset.links.filter((l) => l.partner === id).length })).sort((a, b) => a.name.localeCompare(b.name)), [dataset, nameOf]);
  const searchPlaces = useMemo(() => {
    const ids = new Set<string>([...world.anchors.keys(), ...dataset.regions.keys()]);
    return [...ids].flatMap((id) => {
      const name = dataset.regions.get(id)?.name ?? countryName(id, locale);
      if (!name) return [];
      const n = linksOf(dataset.links, id).length;
      return [{ id, name, hint: n === 0 ? "no links reported" : `${n} link${n === 1 ? "" : "s"}` }];
    }).sort((a, b) => a.name.localeCompare(b.name));
  }, [world, dataset, locale]);

  const selectedLinks = state.select ? linksOf(shown, state.select) : [];
  const hiddenCount = state.select ? linksOf(dataset.links, state.select).length - selectedLinks.length : 0;
  const shownFrameworks = FRAMEWORKS.filter((f) => shown.some((l) => l.framework === f));
  const shownStatuses = STATUSES.filter((s) => shown.some((l) => l.status === s));
  const source = dataset.sources.get("emn-ahq-2010") ?? [...dataset.sources.values()][0];
  const onCamera = useCallback((camera: Camera) => set({ camera }, "replace"), [set]);

  return (
    <div className={`atlas${state.select ? " has-details" : ""}${filtersOpen ? " filters-open" : ""}`}>
      <header className="topbar">
        <div className="titles">
          <h1>Who works with whom on migration: EU Member States and their partner countries</h1>
          <p className="subtitle">Partnerships reported by 18 Member States in the EMN Ad-Hoc Query of October 2010 · click a country for the source text</p>
        </div>
        <nav className="view-switch" aria-label="View">
          {(["map", "table"] as const).map((v) => (
            <button key={v} type="button" aria-pressed={state.view === v} onClick={() => set({ view: v })}>
              {v === "map" ? "Map" : "Table"}
            </button>
          ))}
        </nav>
        <DownloadCsvButton links={shown} fileName={hasActiveFilters(state.filters) ? "partnerships-filtered.csv" : "partnerships.csv"} />
      </header>
      <Notice dropped={noticeDismissed ? [] : dropped} onDismiss={() => setNoticeDismissed(true)} />
      <aside className="sidebar" aria-label="Filters">
        <button type="button" className="filters-toggle" aria-expanded={filtersOpen} onClick={() => setFiltersOpen((o) => !o)}>
          {filtersOpen ? "Hide filters" : "Filters"}
        </button>
        <div className="sidebar-body">
          <PlaceSearch places={searchPlaces} onSelect={(id) => select(id)} />
          <StatusLine summary={summarize(shown)} filtered={hasActiveFilters(state.filters)} onClear={() => setFilters(EMPTY_FILTERS)} />
          <FilterPanel filters={state.filters} themeCounts={counts} memberStates={memberStates} partners={partners} onChange={setFilters} />
        </div>
      </aside>
      <main className="stage">
        {state.view === "map" ? (
          <div className="map-frame">
            <MapView
              world={world}
              {...model}
              selected={state.select}
              camera={state.camera}
              homeBounds={HOME_BOUNDS}
              homePadding={{ top: 16, bottom: 16, left: 16, right: window.innerWidth > 760 ? LEGEND_WIDTH + 16 : 16 }}
              ariaLabel={`Map of partnership links. ${summarize(shown).links} links shown; the table view lists them as text.`}
              onSelect={select}
              onHover={setHover}
              onCameraChange={onCamera}
            />
            {/* Open when the map has room for it; with the details panel beside it, one click away. */}
            <Legend key={state.select ? "narrow" : "wide"} frameworks={shownFrameworks} statuses={shownStatuses} defaultOpen={!state.select && window.innerWidth > 760} />
            {hover && <Tooltip x={hover.x} y={hover.y} lines={hoverText(hover, dataset, shown, locale)} />}
          </div>
        ) : (
          <TableView links={shown} selected={state.select} nameOf={nameOf} onSelect={select} />
        )}
        <SourceStamp source={source} />
      </main>
      {state.select && (
        <DetailsPanel id={state.select} dataset={dataset} locale={locale} shown={selectedLinks} hiddenCount={hiddenCount} onSelect={select} onClose={() => select(null)} />
      )}
    </div>
  );
}
