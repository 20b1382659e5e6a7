import { EMPTY_FILTERS, hasActiveFilters } from "../../data/filters.ts";
import { DatasetPanel } from "../../components/DatasetPanel.tsx";
import { FilterPanel } from "../../components/FilterPanel.tsx";
import { PlaceSearch } from "../../components/PlaceSearch.tsx";
import { StatusLine, statusText } from "../../components/StatusLine.tsx";
import {
  DeckExportPanel,
  DeckPanel,
  GapsPanel,
  Part,
  PartLoading,
  SharedDeckPanel,
  UndatedLinks,
} from "../lazyParts.tsx";
import type { AtlasModel } from "../useAtlas.tsx";

/** The sidebar: data, search, status line, gaps, filters and the decks. */
export function Sidebar({ m }: { m: AtlasModel }) {
  const {
    dataset,
    bundled,
    own,
    state,
    actions,
    openPicker,
    filtersOpen,
    setFiltersOpen,
    myDeck,
    setMyDeck,
    i18n,
    view,
    nameOf,
    set,
    setFilters,
    select,
    story,
    sharing,
    goToSlide,
    currentQuery,
    shareUrl,
    presentMyDeck,
    compare,
    analysis,
    deckExport,
    downloadDeck,
    embed,
    shownFilters,
  } = m;
  if (!(!state.present && !embed)) return null;
  return (
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
        {/* Only while a date is chosen, and some links have none: a part of its own (lazyParts.tsx). */}
        {state.at && view.undated.length + compare.undatedOther.length > 0 && (
          <Part fallback={null}>
            <UndatedLinks
              links={compare.undatedOther.length ? [...view.undated, ...compare.undatedOther] : view.undated}
              nameOf={nameOf}
            />
          </Part>
        )}
        <StatusLine
          summary={view.summary}
          filtered={hasActiveFilters(shownFilters)}
          onClear={() => setFilters(EMPTY_FILTERS)}
          compareText={
            compare.status ??
            (compare.loading ? i18n.t("compare.loading") : compare.error ? i18n.t("compare.failed") : null)
          }
        />
        {analysis.gaps && (
          <Part>
            <GapsPanel
              themes={shownFilters.themes}
              gaps={analysis.gaps}
              partnerGaps={analysis.partnerGaps}
              nameOf={nameOf}
              onSelect={select}
            />
          </Part>
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
        <Part>
          {sharing.shared && (
            <SharedDeckPanel
              shared={sharing.shared}
              onPresent={() => goToSlide(1, sharing.shared?.text ?? null)}
              onSave={sharing.save}
              onDismiss={sharing.dismiss}
            />
          )}
          {/* My deck and the story come with meeting mode's chunk, loaded as the atlas starts. */}
          {myDeck && story && currentQuery !== null && shareUrl !== null ? (
            <>
              <DeckPanel
                deck={myDeck}
                currentQuery={currentQuery}
                currentNote={statusText(view.summary, i18n.t)}
                notePending={m.filtersPending}
                onChange={setMyDeck}
                onPresent={presentMyDeck}
                onPresentStory={() => goToSlide(1, null)}
                shareUrl={shareUrl}
              />
              <DeckExportPanel
                story={story}
                myDeck={myDeck}
                state={deckExport.state}
                onDownload={downloadDeck}
                onCancel={deckExport.cancel}
                onDismiss={deckExport.dismiss}
              />
            </>
          ) : (
            <PartLoading />
          )}
        </Part>
      </div>
    </aside>
  );
}
