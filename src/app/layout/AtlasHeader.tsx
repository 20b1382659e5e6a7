import { localize } from "../../data/datasets/manifest.ts";
import { hasActiveFilters } from "../../data/filters.ts";
import { DownloadCsvButton } from "../../components/DownloadCsvButton.tsx";
import { DeckDownloads, Part, PartLoading, PresentBar, printWhenReady } from "../lazyParts.tsx";
import { TopBar } from "../TopBar.tsx";
import type { AtlasModel } from "../useAtlas.tsx";

/** The bar above the view: the presenter's bar in meeting mode, the title alone when embedded, else the top bar. */
export function AtlasHeader({ m }: { m: AtlasModel }) {
  const {
    dataset,
    state,
    appearance,
    setAppearance,
    locale,
    i18n,
    set,
    deck,
    sharing,
    goToSlide,
    onPresenterAction,
    slideIndex,
    slide,
    title,
    compare,
    comparison,
    listed,
    compareInfo,
    deckExport,
    downloadDeck,
    png,
    embed,
    embedCode,
    shownFilters,
  } = m;
  const compareCode = compare.mode?.compareCode;
  // The deck comes with meeting mode's chunk: until it has arrived, the bar's place says it is loading.
  return state.present && !deck ? (
    <PartLoading className="present-bar" />
  ) : state.present && deck ? (
    <Part className="present-bar">
      <PresentBar
        slide={slide}
        index={slideIndex}
        total={deck.slides.length}
        onAction={onPresenterAction}
        shared={sharing.presentingShared ? { onSave: sharing.save } : undefined}
        downloads={
          <Part fallback={null}>
            <DeckDownloads
              state={deckExport.state}
              onDownload={(kind) => downloadDeck(kind, deck)}
              onCancel={deckExport.cancel}
              onDismiss={deckExport.dismiss}
            />
          </Part>
        }
      />
    </Part>
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
        dataset.manifest.description ? localize(dataset.manifest.description, locale) : i18n.t("app.ownSubtitle")
      }
      view={state.view}
      onView={(v) => set({ view: v })}
      locale={locale}
      onLocale={(l) => set({ lang: l })}
      appearance={appearance}
      onAppearance={setAppearance}
      onPresent={() => goToSlide(1, null)}
      onPng={png.download}
      onPrint={() => void printWhenReady()}
      csvButton={
        <DownloadCsvButton
          links={listed}
          extra={
            compareInfo && comparison && compareCode
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
          fileName={hasActiveFilters(shownFilters) ? "partnerships-filtered.csv" : "partnerships.csv"}
        />
      }
    />
  );
}
