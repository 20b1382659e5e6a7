/**
 * Parts of the atlas the first screen does not draw, each a chunk of its own (issue #9): a first
 * visit downloads the map, header and sidebar; each part follows when it is first shown or used,
 * and all of them once the map is idle (`prefetchLazyParts`), so that the atlas keeps working
 * offline after it has loaded once. A new chunk belongs in `chunks`, for that prefetch (not the flow
 * layer's FlowCache: the map imports it as it is made, and draws the flows straight without it).
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from "react";
import { ErrorBoundary } from "../components/ErrorBoundary.tsx";
import { loadEnglishParts } from "../i18n/catalogues.ts";
import { LOCALES } from "../i18n/countryNames.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import { loadLocale } from "../i18n/loadLocale.ts";
import { loadMeetingEngine } from "../present/useMeetingEngine.ts";
import { finishFirstScreen } from "./firstScreen.ts";
import { onDemand } from "./onDemand.ts";

/** Compare mode's code (compareMode.ts), loaded with the first comparison (useComparison.ts). */
export const compareModeCode = onDemand(() => import("./compareMode.ts"));
/** Which Member States have no link on the chosen focus areas (data/gaps.ts), loaded when asked for (useAnalysis.ts). */
export const gapsCode = onDemand(() => import("../data/gaps.ts"));
/** The hover tooltip's wording (hoverText.ts) and its English messages, loaded at the first hover (HoverTooltip.tsx). */
export const hoverTextCode = onDemand(() =>
  Promise.all([import("./hoverText.ts"), loadEnglishParts()]).then(([m]): HoverTextCode => m),
);
export type HoverTextCode = typeof import("./hoverText.ts");

/** Every lazy chunk, by what it is for; the components below and the prefetch share these. */
const chunks = {
  table: () => import("../components/TableView.tsx"),
  matrix: () => import("../components/MatrixView.tsx"),
  printSheet: () => import("./PrintSheet.tsx"),
  presentBar: () => import("../present/PresentBar.tsx"),
  deckDownloads: () => import("../components/DeckDownloads.tsx"),
  deckPanel: () => import("../present/DeckPanel.tsx"),
  sharedDeck: () => import("../present/SharedDeckPanel.tsx"),
  deckNotices: () => import("../present/DeckNotices.tsx"),
  // Decks, deck links, slide navigation: what meeting mode does (useMeetingEngine.ts).
  meetingEngine: loadMeetingEngine,
  compareMode: compareModeCode.load,
  gaps: gapsCode.load,
  hoverText: hoverTextCode.load,
  gapsPanel: () => import("../components/GapsPanel.tsx"),
  deckExportPanel: () => import("../components/DeckExportPanel.tsx"),
  importProblems: () => import("../components/ImportProblems.tsx"),
  details: () => import("../components/DetailsPanel.tsx"),
  importStatus: () => import("../components/ImportStatus.tsx"),
  dataNotices: () => import("../components/DataNotices.tsx"),
  linkNotice: () => import("../components/Notice.tsx"),
  ownDatasetTools: () => import("../components/OwnDatasetTools.tsx"),
  undatedLinks: () => import("../components/UndatedLinks.tsx"),
  // The import worker's client, and with it the worker itself: the first file a user opens then
  // makes no request (runImport.ts).
  importWorker: () => import("../data/import/runImport.ts").then((w) => w.prewarmImportWorker()),
  // Imported where they are used (a click on a download); listed so the prefetch warms them too.
  csv: () => import("../data/linksToCsv.ts"),
  template: () => import("../data/templateCsv.ts"),
  png: () => import("./exportPng.ts"),
  capture: () => import("../map/captureMap.ts"),
  deckFile: () => import("../export/writeDeckFile.ts"),
  pptx: () => import("pptxgenjs"),
  pdf: () => import("jspdf"),
  // Every UI language (English's on-demand messages too), so the language menu works offline too.
  locales: () => Promise.all(LOCALES.map(loadLocale)),
};

/** A part's component, shown once its chunk and the English messages of the parts (catalogues.ts) are in. */
function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    const [component] = await Promise.all([load(), loadEnglishParts()]);
    return { default: component };
  });
}

export const TableView = lazyPart(async () => (await chunks.table()).TableView);
export const MatrixView = lazyPart(async () => (await chunks.matrix()).MatrixView);
export const PrintSheet = lazyPart(async () => (await chunks.printSheet()).PrintSheet);
export const PresentBar = lazyPart(async () => (await chunks.presentBar()).PresentBar);
export const DeckDownloads = lazyPart(async () => (await chunks.deckDownloads()).DeckDownloads);
export const DeckPanel = lazyPart(async () => (await chunks.deckPanel()).DeckPanel);
export const SharedDeckPanel = lazyPart(async () => (await chunks.sharedDeck()).SharedDeckPanel);
export const DeckNotices = lazyPart(async () => (await chunks.deckNotices()).DeckNotices);
export const DeckExportPanel = lazyPart(async () => (await chunks.deckExportPanel()).DeckExportPanel);
export const DetailsPanel = lazyPart(async () => (await chunks.details()).DetailsPanel);
export const ImportProblems = lazyPart(async () => (await chunks.importProblems()).ImportProblems);
export const GapsPanel = lazyPart(async () => (await chunks.gapsPanel()).GapsPanel);
export const ImportStatus = lazyPart(async () => (await chunks.importStatus()).ImportStatus);
export const DataNotices = lazyPart(async () => (await chunks.dataNotices()).DataNotices);
export const Notice = lazyPart(async () => (await chunks.linkNotice()).Notice);
export const OwnDatasetTools = lazyPart(async () => (await chunks.ownDatasetTools()).OwnDatasetTools);
export const UndatedLinks = lazyPart(async () => (await chunks.undatedLinks()).UndatedLinks);

/** A short "Loading…" where a part will appear; `className` gives it the part's room, so nothing jumps. */
export function PartLoading({ className }: { className?: string }) {
  const { t } = useI18n();
  return (
    <div className={["part-loading", className].filter(Boolean).join(" ")} role="status" aria-live="polite">
      {t("app.loadingPart")}
    </div>
  );
}

/** Where a part could not be loaded: what happened and the way out, in the part's room. */
function PartFailed({ className }: { className?: string }) {
  const { t } = useI18n();
  return (
    <div className={["part-failed", className].filter(Boolean).join(" ")} role="alert">
      <p>{t("app.partFailed")}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t("app.reloadPage")}
      </button>
    </div>
  );
}

/** A lazy part with its loading state; `fallback={null}` for parts that are not on screen (the print sheet). */
export function Part({
  children,
  fallback,
  className,
}: {
  children: ReactNode;
  fallback?: ReactNode;
  className?: string;
}) {
  // A part that shows nothing while it loads shows nothing if it cannot load (a notice, the print sheet).
  return (
    // A chunk that does not load (offline before the idle prefetch, or a page older than the atlas on
    // the server, whose chunks have other names) fails its part alone: the map and the rest stay.
    <ErrorBoundary fallback={fallback === null ? null : <PartFailed className={className} />}>
      <Suspense fallback={fallback === undefined ? <PartLoading className={className} /> : fallback}>
        {children}
      </Suspense>
    </ErrorBoundary>
  );
}

let prefetched: Promise<unknown> | null = null;
/**
 * Imports every lazy chunk, once: after this the module map holds them all, so neither a lost
 * network (a meeting room's Wi-Fi) nor a print waits on a download. A failure is retried next time.
 */
export function prefetchLazyParts(): Promise<unknown> {
  prefetched ??= Promise.all(Object.values(chunks).map((load) => load())).then(
    // A mark, as "atlas:idle" is one: the browser tests and benchmarks can wait for it.
    () => performance.mark("atlas:prefetched"),
    (e: unknown) => {
      prefetched = null;
      throw e;
    },
  );
  return prefetched;
}

/** "Print briefing": the print sheet must be in the page before the print dialog takes its picture. */
export async function printWhenReady(): Promise<void> {
  // The sheet joins the page with the rest of what the first screen does not show: now, if not yet.
  finishFirstScreen();
  await Promise.all([chunks.printSheet(), loadEnglishParts()]);
  // The chunk is loaded; React may still need a frame or two to put the sheet in the page.
  for (let i = 0; i < 30 && !document.querySelector(".print-sheet"); i++)
    await new Promise((resolve) => requestAnimationFrame(resolve));
  window.print();
}
