import { DataNotices } from "../../components/DataNotices.tsx";
import { ImportStatus } from "../../components/ImportStatus.tsx";
import { Notice } from "../../components/Notice.tsx";
import { DeckNotices, Part } from "../lazyParts.tsx";
import type { AtlasModel } from "../useAtlas.tsx";

/** What the atlas tells the user: imports, missing data, ignored link values, deck problems, a failed export. */
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
  } = m;
  if (embed) return null;
  const linkDamaged = dropped.some((d) => d.param === "deck");
  // Deck notices are a chunk of their own, fetched only when there is one to show.
  const deckNotice =
    linkDamaged ||
    (deckLink !== null && (deckLink.dropped > 0 || deckLink.shortened > 0)) ||
    mine.problem !== null ||
    sharing.saved !== null;
  return (
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
          noticeDismissed ? [] : dropped.filter((d) => !(missingDataset && d.param === "dataset") && d.param !== "deck")
        }
        onDismiss={() => setNoticeDismissed(true)}
      />
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
