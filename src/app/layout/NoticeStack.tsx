import { DataNotices, DeckNotices, ImportStatus, Notice, Part } from "../lazyParts.tsx";
import type { AtlasModel } from "../useAtlas.tsx";

/**
 * What the atlas tells the user: imports, missing data, ignored link values, deck problems, a failed
 * export. Most visits have none of these to show: each is a chunk of its own (lazyParts.tsx),
 * fetched when there is something to say, and all of them by the idle prefetch.
 */
export function NoticeStack({ m }: { m: AtlasModel }) {
  const {
    missingDataset,
    failedReason,
    loading,
    state,
    dropped,
    deckLink,
    actions,
    importer,
    openPicker,
    noticeDismissed,
    setNoticeDismissed,
    mine,
    i18n,
    sharing,
    png,
    embed,
    flowsFailed,
    dismissFlowsFailed,
    set,
  } = m;
  if (embed) return null;
  const linkDamaged = dropped.some((d) => d.param === "deck");
  // What the link had that the atlas ignored (a damaged deck and a missing dataset have notices of their own).
  const linkNotice = noticeDismissed
    ? []
    : dropped.filter((d) => !(missingDataset && d.param === "dataset") && d.param !== "deck");
  const deckNotice =
    linkDamaged ||
    (deckLink !== null && (deckLink.dropped > 0 || deckLink.shortened > 0)) ||
    mine.problem !== null ||
    sharing.saved !== null;
  return (
    <div className="notices">
      {importer.state.phase !== "idle" && (
        <Part fallback={null}>
          <ImportStatus state={importer.state} onCancel={importer.cancel} onLoadValid={importer.loadValid} />
        </Part>
      )}
      {(missingDataset || actions.notice) && (
        <Part fallback={null}>
          <DataNotices
            missingDataset={missingDataset}
            failedReason={failedReason}
            onRemoveMissing={() => missingDataset && void actions.remove(missingDataset)}
            notice={actions.notice}
            presenting={state.present}
            onOpen={openPicker}
            onDismiss={actions.dismissNotice}
          />
        </Part>
      )}
      {loading && (
        <div className="notice" role="status">
          <p>{i18n.t("app.loading")}</p>
        </div>
      )}
      {linkNotice.length > 0 && (
        <Part fallback={null}>
          <Notice dropped={linkNotice} onDismiss={() => setNoticeDismissed(true)} />
        </Part>
      )}
      {deckNotice && (
        <Part fallback={null}>
          <DeckNotices
            link={deckLink}
            linkDamaged={linkDamaged}
            linkKey={dropped}
            problem={mine.problem}
            onDismissProblem={mine.dismissProblem}
            saved={sharing.saved}
            onDismissSaved={sharing.dismissSaved}
          />
        </Part>
      )}
      {flowsFailed && state.view === "map" && !state.present && (
        <div className="notice" role="alert">
          <p>{i18n.t("map.flowsFailed")}</p>
          <button type="button" onClick={() => set({ view: "table" })}>
            {i18n.t("map.showTable")}
          </button>
          <button type="button" onClick={dismissFlowsFailed}>
            {i18n.t("notice.dismiss")}
          </button>
        </div>
      )}
      {png.failed && (
        <div className="notice" role="alert">
          <p>{i18n.t("export.failed")}</p>
          <button type="button" onClick={png.dismiss}>
            {i18n.t("notice.dismiss")}
          </button>
        </div>
      )}
    </div>
  );
}
