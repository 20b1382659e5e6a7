import { MapView } from "../../map/MapView.tsx";
import { Legend } from "../../components/Legend.tsx";
import { SourceStamp } from "../../components/SourceStamp.tsx";
import { ViewSummary } from "../../components/ViewSummary.tsx";
import { endOfPeriod } from "../../data/time.ts";
import { HoverTooltip } from "../../components/HoverTooltip.tsx";
import { TimeControl } from "../../components/TimeControl.tsx";
import { hoverTextCode, MatrixView, Part, PrintSheet, TableView } from "../lazyParts.tsx";
import { useFirstScreenDone } from "../firstScreen.ts";
import { HOME_BOUNDS, type AtlasModel } from "../useAtlas.tsx";

/** The view (map, matrix or table) with the timeline, summary, source line and print sheet. */
export function Stage({ m }: { m: AtlasModel }) {
  const printable = useFirstScreenDone();
  const {
    dataset,
    world,
    state,
    hoverStore,
    onMapReady,
    onFlowsFailed,
    i18n,
    palette,
    view,
    nameOf,
    set,
    onAt,
    onCamera,
    selection,
    select,
    slideIndex,
    filterLines,
    compare,
    listed,
    compareInfo,
    matrix,
    analysis,
    describeHover,
    legend,
    quoteLang,
    summary,
    slideBounds,
    legendRoom,
    embed,
    model,
  } = m;
  return (
    <main className="stage">
      {state.view === "map" || state.present ? (
        <div className="map-frame">
          <MapView
            world={world}
            {...model}
            gaps={analysis.gapIds}
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
            onReady={onMapReady}
            onFlowsFailed={onFlowsFailed}
            busy={m.filtersPending}
          />
          {/* Open when the map has room for it; beside the details panel, one click away. */}
          <Legend
            key={state.select && !state.present ? "narrow" : "wide"}
            sections={legend}
            defaultOpen={state.present || (!state.select && window.innerWidth > 760)}
          />
          <HoverTooltip store={hoverStore} code={hoverTextCode} describe={describeHover} />
        </div>
      ) : state.view === "matrix" && matrix ? (
        <Part className="matrix-view">
          <MatrixView
            embed={embed}
            matrix={matrix}
            frameworks={view.shownFrameworks}
            sort={state.sort}
            gaps={analysis.gaps}
            selected={state.select}
            nameOf={nameOf}
            onSort={(sort) => set({ sort }, "replace")}
            onSelect={select}
            onPair={selection.selectPair}
          />
        </Part>
      ) : (
        <Part className="table-wrap">
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
        </Part>
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
      {/* In the page once the map is drawn (or printing is asked for), so that printing works at once. */}
      {printable && (
        <Part fallback={null}>
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
        </Part>
      )}
    </main>
  );
}
