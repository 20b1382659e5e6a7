import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App, startLocale } from "./app/App.tsx";
import { ErrorBoundary } from "./components/ErrorBoundary.tsx";
import { bundledDatasetQuery, datasetIndexQuery, worldQuery } from "./data/queries.ts";
import { DEFAULT_DATASET_ID } from "./data/dataset.ts";
import { loadLocale } from "./i18n/loadLocale.ts";
import "./styles.css";

const queryClient = new QueryClient({
  // The data are static files: no refetch on focus in the middle of a meeting.
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const locale = startLocale();
// Everything the first screen needs starts before the first render: the world layer (with the
// English names) and the dataset the address opens (a bundled one; the Loader picks a kept one,
// or the default for an unknown id) as soon as the index names it. The import worker is not
// among them: a bundled dataset the build checked opens without it (checkedDataset.ts), and it
// starts with the idle prefetch, or when a dataset needs it.
// The index first: its dataset's files are then asked for before the world layer's parse holds the thread.
void queryClient.fetchQuery(datasetIndexQuery()).then(
  (index) => {
    const wanted = new URLSearchParams(window.location.search).get("dataset") ?? DEFAULT_DATASET_ID;
    const entry = index.datasets.find((d) => d.id === wanted);
    if (entry) void queryClient.prefetchQuery(bundledDatasetQuery(entry));
  },
  // The Loader asks again and shows the error.
  () => undefined,
);
void queryClient.prefetchQuery(worldQuery());
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
// French and German render once their catalogue has loaded, so the first words are in the page's
// language. English's first screen is in the page already; the messages of its parts come with
// the parts (lazyParts.tsx). Should a catalogue not load, the atlas still opens, in English.
if (locale === "en") render();
else void loadLocale(locale).then(render, render);
