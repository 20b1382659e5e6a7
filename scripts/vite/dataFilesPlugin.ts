/**
 * Serves the repository's data/ folder at <base>data/ in dev and copies it into the build, so that
 * data/ stays the single, spreadsheet-editable source and the app fetches exactly those files.
 * It also writes data/index.json: the bundled datasets, their titles and which files each has, so
 * the app never asks the server for a file that is not there.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { Plugin } from "vite";

export const SERVED = /\.(csv|txt|md|json)$/;

export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : SERVED.test(name) ? [path] : [];
  });
}

/** The index of bundled datasets, read from each folder's dataset.json. */
export function datasetIndex(root: string): string {
  const datasets = readdirSync(root)
    .filter((d) => statSync(join(root, d)).isDirectory() && existsSync(join(root, d, "dataset.json")))
    .sort((a, b) => (a === "emn-ahq-2010" ? -1 : b === "emn-ahq-2010" ? 1 : a.localeCompare(b)))
    .map((id) => {
      let manifest: { title?: unknown; source_text?: unknown } = {};
      try {
        manifest = JSON.parse(readFileSync(join(root, id, "dataset.json"), "utf8").replace(/^\uFEFF/, "")) as object;
      } catch {
        // The app loads the folder and reports the broken manifest with the validator's words.
      }
      const source = manifest.source_text;
      return {
        id,
        title: manifest.title ?? id,
        files: readdirSync(join(root, id))
          .filter((f) => SERVED.test(f))
          .sort(),
        // The source text the manifest names, so the app asks for it with the other files, not after the manifest.
        ...(typeof source === "string" && existsSync(join(root, id, source)) ? { source_text: source } : {}),
      };
    });
  return `${JSON.stringify({ datasets }, null, 2)}\n`;
}

const CONTENT_TYPES: Record<string, string> = {
  csv: "text/csv",
  json: "application/json",
  txt: "text/plain",
  md: "text/markdown",
};

export function dataFilesPlugin(dataDir = "data"): Plugin {
  const root = resolve(dataDir);
  let base = "/";
  return {
    name: "atlas-data-files",
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const prefix = `${base.startsWith(".") ? "/" : base}data/`;
        const url = decodeURIComponent((req.url ?? "").split("?")[0] ?? "");
        if (!url.startsWith(prefix)) return next();
        const rel = url.slice(prefix.length);
        const path = resolve(root, rel);
        if (!path.startsWith(root + sep) || !SERVED.test(path)) return next();
        try {
          const body = rel === "index.json" ? datasetIndex(root) : readFileSync(path);
          res.setHeader("Content-Type", `${CONTENT_TYPES[path.split(".").pop() ?? ""] ?? "text/plain"}; charset=utf-8`);
          res.end(body);
        } catch {
          res.statusCode = 404;
          res.end("Not found");
        }
      });
    },
    generateBundle() {
      for (const path of listFiles(root)) {
        this.emitFile({
          type: "asset",
          fileName: `data/${relative(root, path).split(sep).join("/")}`,
          source: readFileSync(path),
        });
      }
      this.emitFile({ type: "asset", fileName: "data/index.json", source: datasetIndex(root) });
    },
  };
}
