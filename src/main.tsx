import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App, startLocale } from "./app/App.tsx";
import { ErrorBoundary } from "./components/ErrorBoundary.tsx";
import { datasetIndexQuery, worldQuery } from "./data/queries.ts";
import { loadLocale } from "./i18n/loadLocale.ts";
import "./styles.css";

const queryClient = new QueryClient({
  // The data are static files: no refetch on focus in the middle of a meeting.
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const locale = startLocale();
// A French or German page fetches its catalogue first, so its first words are in its language;
// the data start loading meanwhile, so nothing waits on the catalogue in turn.
if (locale !== "en") {
  void queryClient.prefetchQuery(worldQuery());
  void queryClient.prefetchQuery(datasetIndexQuery());
}
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
