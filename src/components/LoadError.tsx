import { HttpError } from "../data/queries.ts";
import { DataValidationError, formatIssue } from "../data/validationIssue.ts";
import { useI18n } from "../i18n/I18nContext.tsx";

/** A broken or missing data file shows what is wrong, in words a data editor can act on. */
export function LoadError({ error, onRetry }: { error: Error; onRetry(): void }) {
  const { t } = useI18n();
  const issues = error instanceof DataValidationError ? error.issues : [];
  return (
    <div className="load-error" role="alert">
      <h1>{t("error.title")}</h1>
      {issues.length > 0 ? (
        <>
          <p>{t("error.problems", { count: issues.length })}</p>
          <ul lang="en">
            {issues.slice(0, 50).map((i, k) => (
              <li key={k}>
                <code>{formatIssue(i)}</code>
              </li>
            ))}
          </ul>
          {issues.length > 50 && <p>{t("error.more", { count: issues.length - 50 })}</p>}
        </>
      ) : error instanceof HttpError ? (
        <p>{t("error.http", { url: error.url, status: String(error.status) })}</p>
      ) : (
        <p lang="en">{error.message}</p>
      )}
      <button type="button" onClick={onRetry}>
        {t("error.retry")}
      </button>
    </div>
  );
}
