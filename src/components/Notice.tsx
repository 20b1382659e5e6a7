import { useI18n } from "../i18n/I18nContext.tsx";
import type { DroppedValue } from "../state/urlState.ts";

/** Tells the user which parts of a shared link the atlas did not understand and ignored. */
export function Notice({ dropped, onDismiss }: { dropped: DroppedValue[]; onDismiss(): void }) {
  const { t } = useI18n();
  if (dropped.length === 0) return null;
  return (
    <div className="notice" role="alert">
      <p>{t("notice.dropped", { count: dropped.length, list: dropped.map((d) => `${d.param}=${d.value}`).join(", ") })}</p>
      <button type="button" onClick={onDismiss} aria-label={t("notice.dismissLabel")}>{t("notice.dismiss")}</button>
    </div>
  );
}
