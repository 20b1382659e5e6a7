import type { DroppedValue } from "../state/urlState.ts";

/** Tells the user which parts of a shared link the atlas did not understand and ignored. */
export function Notice({ dropped, onDismiss }: { dropped: DroppedValue[]; onDismiss(): void }) {
  if (dropped.length === 0) return null;
  return (
    <div className="notice" role="alert">
      <p>
        This link contained {dropped.length === 1 ? "a value" : "values"} the atlas does not know, so {dropped.length === 1 ? "it was" : "they were"} ignored:{" "}
        {dropped.map((d) => `${d.param}=${d.value}`).join(", ")}.
      </p>
      <button type="button" onClick={onDismiss} aria-label="Dismiss notice">Dismiss</button>
    </div>
  );
}
