import { useState } from "react";
import type { DataNotice } from "../app/useDatasetActions.ts";
import { useI18n } from "../i18n/I18nContext.tsx";

/** What happened to the data on screen: a link naming a dataset this browser lacks, an opened or removed dataset. */
export function DataNotices(props: {
  missingDataset: string | null;
  failedReason: string | null;
  onRemoveMissing(): void;
  notice: DataNotice | null;
  presenting: boolean;
  onOpen(): void;
  onDismiss(): void;
}) {
  const { t } = useI18n();
  const [dismissedMissing, setDismissedMissing] = useDismissed(props.missingDataset);
  return (
    <>
      {props.missingDataset && !dismissedMissing && (
        <div className="notice" role="alert">
          {props.failedReason !== null ? (
            <p>
              {t("data.failed")} <span lang="en">{props.failedReason}</span>
            </p>
          ) : (
            <p>{t("data.missing")}</p>
          )}
          <button type="button" className="button" onClick={props.onOpen}>
            {t("data.open")}
          </button>
          {props.failedReason !== null && (
            <button type="button" onClick={props.onRemoveMissing}>
              {t("data.remove")}
            </button>
          )}
          <button type="button" onClick={setDismissedMissing}>
            {t("notice.dismiss")}
          </button>
        </div>
      )}
      {/* What was opened or removed is for the person at the keyboard, not for the room. */}
      {props.notice && !props.presenting && (
        <div className="notice" role="status">
          <p>
            {props.notice.kind === "opened"
              ? t("data.opened", { count: props.notice.links })
              : props.notice.kind === "removed"
                ? t("data.removed")
                : t("data.forgotten", { count: props.notice.count })}
            {props.notice.kind === "opened" && !props.notice.kept ? ` ${t("data.notKept")}` : ""}
          </p>
          <button type="button" onClick={props.onDismiss}>
            {t("notice.dismiss")}
          </button>
        </div>
      )}
    </>
  );
}

/** Dismissed for this value only: a new missing dataset shows its notice again. */
function useDismissed(value: string | null): [boolean, () => void] {
  const [dismissed, setDismissed] = useState<string | null>(null);
  return [dismissed !== null && dismissed === value, () => setDismissed(value)];
}
