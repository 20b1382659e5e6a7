import { useEffect, useRef } from "react";
import type { ImportResult } from "../data/import/importFiles.ts";
import { formatIssue } from "../data/validationIssue.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import "./ImportProblems.css";

export const SHOWN_PROBLEMS = 200;

/**
 * What is wrong with an opened file, problem by problem, and the user's choice: load the rows
 * that are fine, or cancel. Until then the dataset on screen stays exactly as it was.
 */
export function ImportProblems({
  names,
  result,
  onLoadValid,
  onCancel,
}: {
  names: string[];
  result: ImportResult;
  onLoadValid(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const first = useRef<HTMLButtonElement>(null);
  // Focus goes into the dialog, and back to where it was (the "Open data…" button) when it closes.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    first.current?.focus();
    return () => before?.focus();
  }, []);
  const valid = result.dataset.links.length;
  const { issues } = result;
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog import-problems"
        role="dialog"
        aria-modal="true"
        aria-labelledby="import-problems-title"
        aria-describedby="import-problems-summary"
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            e.stopPropagation();
            onCancel();
          } else if (e.key === "Tab") {
            // Focus stays in the dialog until the user has chosen.
            const buttons = [...e.currentTarget.querySelectorAll<HTMLElement>('button, [tabindex="0"]')];
            const at = buttons.indexOf(document.activeElement as HTMLElement);
            const next = buttons[(at + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length];
            if (next) {
              e.preventDefault();
              next.focus();
            }
          }
        }}
      >
        <h2 id="import-problems-title">
          {t("import.problemsTitle", { count: issues.length, file: names.join(", ") })}
        </h2>
        <p id="import-problems-summary">
          {valid > 0 ? t("import.validRows", { count: valid, total: result.rows }) : t("import.nothingValid")}{" "}
          {t("import.unchanged")}
        </p>
        {/* Focusable, so the list scrolls from the keyboard too. */}
        <ol className="problem-list" lang="en" tabIndex={0} aria-label={t("import.problemList")}>
          {issues.slice(0, SHOWN_PROBLEMS).map((issue, i) => (
            <li key={i}>
              <code>{formatIssue(issue)}</code>
            </li>
          ))}
        </ol>
        {issues.length > SHOWN_PROBLEMS && <p>{t("import.moreProblems", { count: issues.length - SHOWN_PROBLEMS })}</p>}
        <div className="dialog-actions">
          {valid > 0 && (
            <button ref={first} type="button" className="button" onClick={onLoadValid}>
              {t("import.loadValid", { count: valid })}
            </button>
          )}
          <button ref={valid > 0 ? undefined : first} type="button" className="button secondary" onClick={onCancel}>
            {t("import.cancel")}
          </button>
        </div>
      </div>
    </div>
  );
}
