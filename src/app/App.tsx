import { useQuery } from "@tanstack/react-query";
import { datasetQuery, worldQuery } from "../data/queries.ts";
import { LoadError } from "../components/LoadError.tsx";
import { Atlas } from "./Atlas.tsx";

/** Loading and error states around the atlas; nothing renders half-loaded. */
export function App() {
  const world = useQuery(worldQuery());
  const dataset = useQuery(datasetQuery());
  const error = dataset.error ?? world.error;
  if (error) {
    return <LoadError error={error} onRetry={() => { void dataset.refetch(); void world.refetch(); }} />;
  }
  if (!world.data || !dataset.data) {
    return (
      <div className="loading" role="status" aria-live="polite">
        <div className="spinner" aria-hidden="true" />
        <p>Loading the partnership atlas…</p>
      </div>
    );
  }
  return <Atlas dataset={dataset.data} world={world.data} />;
}
