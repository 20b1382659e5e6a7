import { useI18n } from "../i18n/I18nContext.tsx";
import { summarizeDropped } from "../state/droppedSummary.ts";
import type { DroppedValue } from "../state/urlState.ts";

/** Tells the user which parts of a shared link the atlas did not understand and ignored. */
export function Notice({ dropped, onDismiss }: { dropped: DroppedValue[]; onDismiss(): void }) {
  const { t } = useI18n();
  if (dropped.length === 0) return null;
  const { shown, more } = summarizeDropped(dropped);
  const list = more > 0 ? `${shown.join(", ")} ${t("notice.andMore", { count: more })}` : shown.join(", ");
  return (
    <div className="notice" role="alert">
      <p>{t("notice.dropped", { count: dropped.length, list })}</p>
      <button type="button" onClick={onDismiss} aria-label={t("notice.dismissLabel")}>
        {t("notice.dismiss")}
      </button>
    </div>
  );
}
