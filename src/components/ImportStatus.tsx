import type { ImportState } from "../app/useDataImport.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import { ImportProblems, Part } from "../app/lazyParts.tsx";
import "./ImportStatus.css";

/** Files over about 1 MB show a progress bar: reading them takes long enough to wonder. */
const PROGRESS_BAR_BYTES = 1_000_000;

export function ImportStatus({
  state,
  onCancel,
  onLoadValid,
}: {
  state: ImportState;
  onCancel(): void;
  onLoadValid(): void;
}) {
  const { t } = useI18n();
  if (state.phase === "idle") return null;
  if (state.phase === "problems")
    return (
      <Part className="notice">
        <ImportProblems names={state.names} result={state.result} onLoadValid={onLoadValid} onCancel={onCancel} />
      </Part>
    );
  if (state.phase === "failed") {
    return (
      <div className="notice" role="alert">
        <p>
          {t("import.failed", { file: state.names.join(", ") })} <span lang="en">{state.message}</span>
        </p>
        <button type="button" onClick={onCancel}>
          {t("notice.dismiss")}
        </button>
      </div>
    );
  }
  return (
    <div className="notice import-progress" role="status" aria-live="polite">
      <p>{t("import.reading", { file: state.names.join(", ") })}</p>
      {state.bytes > PROGRESS_BAR_BYTES && (
        <progress max={1} value={state.share} aria-label={t("import.progress")}>
          {Math.round(state.share * 100)} %
        </progress>
      )}
      <button type="button" onClick={onCancel}>
        {t("import.cancel")}
      </button>
    </div>
  );
}
