/**
 * Serves the repository's data/ folder at <base>data/ in dev and copies it into the build, so that
 * data/ stays the single, spreadsheet-editable source and the app fetches exactly those files.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { Plugin } from "vite";

const SERVED = /\.(csv|txt|md)$/;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : SERVED.test(name) ? [path] : [];
  });
}

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
        const url = decodeURIComponent((req.url ?? "").split("?")[0]);
        if (!url.startsWith(prefix)) return next();
        const path = resolve(root, url.slice(prefix.length));
        if (!path.startsWith(root + sep) || !SERVED.test(path)) return next();
        try {
          const body = readFileSync(path);
          res.setHeader("Content-Type", path.endsWith(".csv") ? "text/csv; charset=utf-8" : "text/plain; charset=utf-8");
          res.end(body);
        } catch {
          res.statusCode = 404;
          res.end("Not found");
        }
      });
    },
    generateBundle() {
      for (const path of listFiles(root)) {
        this.emitFile({ type: "asset", fileName: `data/${relative(root, path).split(sep).join("/")}`, source: readFileSync(path) });
      }
    },
  };
}
