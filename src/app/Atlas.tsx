/**
 * The atlas once its data has loaded: URL state in (useAtlas); map, table, panels and meeting
 * mode out, laid out here from the parts in layout/.
 */
import { FileOpener } from "../components/FileOpener.tsx";
import { I18nProvider } from "../i18n/I18nContext.tsx";
import { DatasetStyleContext } from "./DatasetStyleContext.tsx";
import { AtlasHeader } from "./layout/AtlasHeader.tsx";
import { NoticeStack } from "./layout/NoticeStack.tsx";
import { Sidebar } from "./layout/Sidebar.tsx";
import { Stage } from "./layout/Stage.tsx";
import { PaletteContext } from "./PaletteContext.tsx";
import { DetailsPanel, Part } from "./lazyParts.tsx";
import { useAtlas, type AtlasProps } from "./useAtlas.tsx";
import { usePrefetchWhenIdle } from "./usePrefetchWhenIdle.ts";

export function Atlas(props: AtlasProps) {
  const m = useAtlas(props);
  usePrefetchWhenIdle();
  const { dataset, state, locale, palette, style, classes, fileInput, importer, dragging, i18n, embed, selection } = m;
  const { select } = selection;
  return (
    <I18nProvider locale={locale} vocabulary={dataset.vocabulary}>
      <PaletteContext.Provider value={palette}>
        <DatasetStyleContext.Provider value={style}>
          <div className={classes.filter(Boolean).join(" ")} lang={locale}>
            <AtlasHeader m={m} />
            <FileOpener ref={fileInput} onFiles={importer.open} />
            {dragging && (
              <div className="drop-overlay" aria-hidden="true">
                <p>{i18n.t("data.drop")}</p>
              </div>
            )}
            <NoticeStack m={m} />
            <Sidebar m={m} />
            <Stage m={m} />
            {state.select && !state.present && !embed && (
              // A country's details come with the first click (or a link that selects one).
              <Part className="details">
                <DetailsPanel
                  id={state.select}
                  pairWith={selection.pairWith}
                  dataset={dataset}
                  locale={locale}
                  shown={selection.selectedLinks}
                  hiddenCount={selection.hiddenCount}
                  onSelect={select}
                  onClose={() => select(null)}
                  focusRequest={selection.focusFor}
                  onFocused={selection.onDetailsFocused}
                />
              </Part>
            )}
          </div>
        </DatasetStyleContext.Provider>
      </PaletteContext.Provider>
    </I18nProvider>
  );
}
