/**
 * The one-file atlas (`npm run build:single`): dist-single/partnership-atlas.html carries the app,
 * its styles, workers, fonts, the world layer and the bundled datasets, and opens from file://
 * with no server. See README, "One file".
 */
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { embeddedFilesPlugin } from "./scripts/vite/embeddedFilesPlugin.ts";
import { singleFilePlugin } from "./scripts/vite/singleFilePlugin.ts";
import { singleTwinsPlugin } from "./scripts/vite/singleTwinsPlugin.ts";
import { glslPlugin } from "./scripts/vite/glslPlugin.ts";

export default defineConfig({
  base: "./",
  mode: "single",
  // The world layer is embedded as text, not copied beside the page.
  publicDir: false,
  plugins: [
    singleTwinsPlugin("src"),
    embeddedFilesPlugin("data"),
    react(),
    glslPlugin(),
    singleFilePlugin("partnership-atlas.html"),
  ],
  // Classic, not module, workers: Chromium refuses a module worker from a blob: address on a
  // file:// page (an opaque origin) but starts a classic one. The import worker's .xlsx reader
  // goes inside the worker, which could not load a chunk of its own from there.
  worker: { format: "iife", rolldownOptions: { output: { codeSplitting: false } } },
  build: {
    outDir: "dist-single",
    emptyOutDir: true,
    target: "es2022",
    // Every asset (the deck fonts) becomes a data: address inside the page.
    assetsInlineLimit: () => true,
    cssCodeSplit: false,
    // No preload polyfill: there is nothing to preload, and it would be more inline script.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 8000,
    // pptxgenjs, jspdf and the .xlsx reader are imported when first used; here they go inside.
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
