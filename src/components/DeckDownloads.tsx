import type { DeckExportState } from "../app/useDeckExport.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import "./DeckDownloads.css";

/** "Download PowerPoint" and "Download PDF" for a deck, with progress and Cancel while it renders. */
export function DeckDownloads({
  state,
  onDownload,
  onCancel,
  onDismiss,
  disabled,
}: {
  state: DeckExportState;
  onDownload(kind: "pptx" | "pdf"): void;
  onCancel(): void;
  onDismiss(): void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const busy = state.phase === "rendering" || state.phase === "writing";
  return (
    <div className="deck-downloads">
      <button type="button" className="button secondary" disabled={busy || disabled} onClick={() => onDownload("pptx")}>
        {t("deck.pptx")}
      </button>
      <button type="button" className="button secondary" disabled={busy || disabled} onClick={() => onDownload("pdf")}>
        {t("deck.pdf")}
      </button>
      {busy && (
        <span className="deck-progress" role="status" aria-live="polite">
          {state.phase === "rendering"
            ? t("deck.rendering", { done: state.done, total: state.total })
            : t("deck.writing")}
          {state.phase === "rendering" && (
            <progress max={state.total} value={state.done} aria-label={t("import.progress")} />
          )}
          <button type="button" className="link-button" onClick={onCancel}>
            {t("import.cancel")}
          </button>
        </span>
      )}
      {state.phase === "failed" && (
        <span className="deck-progress" role="alert">
          {t("deck.failed")} <span lang="en">{state.message}</span>{" "}
          <button type="button" className="link-button" onClick={onDismiss}>
            {t("notice.dismiss")}
          </button>
        </span>
      )}
    </div>
  );
}
