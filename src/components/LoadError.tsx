import { DataValidationError, formatIssue } from "../data/validationIssue.ts";

/** A broken or missing data file shows what is wrong, in words a data editor can act on. */
export function LoadError({ error, onRetry }: { error: Error; onRetry(): void }) {
  const issues = error instanceof DataValidationError ? error.issues : [];
  return (
    <div className="load-error" role="alert">
      <h1>The atlas could not load its data</h1>
      {issues.length > 0 ? (
        <>
          <p>{issues.length} problem{issues.length === 1 ? "" : "s"} found in the data files. Fix them and reload:</p>
          <ul>
            {issues.slice(0, 50).map((i, k) => <li key={k}><code>{formatIssue(i)}</code></li>)}
          </ul>
          {issues.length > 50 && <p>…and {issues.length - 50} more. Run <code>npm run validate</code> for the full list.</p>}
        </>
      ) : (
        <p>{error.message}</p>
      )}
      <button type="button" onClick={onRetry}>Try again</button>
    </div>
  );
}
