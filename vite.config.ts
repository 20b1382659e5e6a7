import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { dataFilesPlugin } from "./scripts/vite/dataFilesPlugin.ts";
import { cspPlugin } from "./scripts/vite/cspPlugin.ts";
import { preloadDataPlugin } from "./scripts/vite/preloadDataPlugin.ts";
import { glslPlugin } from "./scripts/vite/glslPlugin.ts";
import { modulePreloadPlugin } from "./scripts/vite/modulePreloadPlugin.ts";

export default defineConfig({
  // Relative base: the built atlas works from any folder or a USB stick, not only a web root.
  base: "./",
  plugins: [react(), dataFilesPlugin("data"), cspPlugin(), preloadDataPlugin(), glslPlugin(), modulePreloadPlugin()],
  // ES module workers, so the import worker can load the .xlsx reader only when one is opened.
  worker: { format: "es" },
  build: {
    target: "es2022",
    // No preload helper around each lazy import: the idle prefetch loads every lazy chunk anyway,
    // and the entry's own imports are preloaded by modulePreloadPlugin.
    modulePreload: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // MapLibre in a chunk of its own: it changes less often than the app (so it stays cached),
        // and `npm run size` can weigh it apart from the atlas's own code.
        codeSplitting: { groups: [{ name: "maplibre", test: /[\\/]node_modules[\\/]maplibre-gl[\\/]/ }] },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
