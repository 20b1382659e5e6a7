import type { LinkSummary } from "../data/filterLinks.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import type { Translate } from "../i18n/translate.ts";

export function statusText(s: LinkSummary, t: Translate): string {
  return [
    t("status.links", { count: s.links }),
    t("status.memberStates", { count: s.memberStates }),
    t("status.partners", { count: s.partners }),
  ].join(" · ");
}

/** The live count of what is shown; announced to screen readers as it changes. */
export function StatusLine({
  summary,
  filtered,
  onClear,
  compareText,
}: {
  summary: LinkSummary;
  filtered: boolean;
  onClear(): void;
  compareText?: string | null;
}) {
  const { t } = useI18n();
  return (
    <div className="status-line">
      {/* In compare mode the line says what the comparison found; the links shown follow below. */}
      <p role="status" aria-live="polite" data-testid="status-line">
        {compareText ?? `${statusText(summary, t)}${filtered ? ` ${t("status.shown")}` : ""}`}
      </p>
      {compareText && (
        <p className="status-sub">
          {statusText(summary, t)}
          {filtered ? ` ${t("status.shown")}` : ""}
        </p>
      )}
      <button type="button" className="link-button" onClick={onClear} disabled={!filtered}>
        {t("filters.clear")}
      </button>
    </div>
  );
}
