/**
 * For the one-file atlas: the module "virtual:atlas-embedded-files", holding as text every file
 * the normal build serves beside the page (the data/ folder, its index and the world layer), by
 * the same paths, so src/data/source/dataText.single.ts can answer what a fetch would have.
 */
import { readFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import type { Plugin } from "vite";
import { datasetIndex, listFiles } from "./dataFilesPlugin.ts";

const ID = "virtual:atlas-embedded-files";
const RESOLVED = `\0${ID}`;

// A fetched text loses its byte-order mark in decoding (Response.text()); do the same here.
const read = (path: string) => readFileSync(path, "utf8").replace(/^\uFEFF/, "");

export function embeddedFilesPlugin(dataDir = "data", worldFile = "public/geo/world.topo.json"): Plugin {
  const root = resolve(dataDir);
  return {
    name: "atlas-embedded-files",
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const files: Record<string, string> = {
        "geo/world.topo.json": read(resolve(worldFile)),
        "data/index.json": datasetIndex(root),
      };
      for (const path of listFiles(root)) files[`data/${relative(root, path).split(sep).join("/")}`] = read(path);
      for (const path of [resolve(worldFile), ...listFiles(root)]) this.addWatchFile(path);
      return `export const embeddedFiles = ${JSON.stringify(files)};\n`;
    },
  };
}
