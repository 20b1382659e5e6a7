import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App, startLocale } from "./app/App.tsx";
import { ErrorBoundary } from "./components/ErrorBoundary.tsx";
import { datasetIndexQuery, englishNamesQuery, worldQuery } from "./data/queries.ts";
import { prewarmImportWorker } from "./data/import/runImport.ts";
import { loadLocale } from "./i18n/loadLocale.ts";
import "./styles.css";

const queryClient = new QueryClient({
  // The data are static files: no refetch on focus in the middle of a meeting.
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const locale = startLocale();
// The page fetches its catalogue first (French or German, or English's messages of the parts), so
// its first words are in its language; the data, the names and the worker that checks the dataset
// start meanwhile, so nothing waits on the catalogue in turn.
void queryClient.prefetchQuery(worldQuery());
void queryClient.prefetchQuery(datasetIndexQuery());
void queryClient.prefetchQuery(englishNamesQuery());
prewarmImportWorker();
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
// Should the catalogue not load, the atlas still opens, in English.
void loadLocale(locale).then(render, render);
