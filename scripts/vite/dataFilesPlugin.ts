/**
 * Serves the repository's data/ folder at <base>data/ in dev and copies it into the build, so that
 * data/ stays the single, spreadsheet-editable source and the app fetches exactly those files.
 * It also writes data/index.json: the bundled datasets, their titles and which files each has, so
 * the app never asks the server for a file that is not there.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { Plugin } from "vite";
import { CHECKED_FILE } from "../../src/data/datasets/checkedDataset.ts";
import { checkedDatasets } from "./checkedDatasets.ts";
import { checkId } from "./checkId.ts";

export const SERVED = /\.(csv|txt|md|json)$/;
/** A data file of the folder; a checked.json found there (copied back from a build) is not one. */
const served = (name: string) => SERVED.test(name) && name !== CHECKED_FILE;

export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : served(name) ? [path] : [];
  });
}

/**
 * The index of bundled datasets, read from each folder's dataset.json. `checked` names the
 * datasets the build writes a checked.json for (checkedDatasets.ts).
 */
export function datasetIndex(root: string, checked: ReadonlySet<string> = new Set()): string {
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
        files: readdirSync(join(root, id)).filter(served).sort(),
        // The source text the manifest names, so the app asks for it with the other files, not after the manifest.
        ...(typeof source === "string" && existsSync(join(root, id, source)) ? { source_text: source } : {}),
        ...(checked.has(id) ? { checked: CHECKED_FILE } : {}),
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
  const check = checkId();
  let base = "/";
  return {
    name: "atlas-data-files",
    // The page's check id, which every checked.json is made with (checkId.ts).
    config: () => ({ define: { "import.meta.env.VITE_ATLAS_CHECK_ID": JSON.stringify(check) } }),
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
        // Checked afresh on each request: in development the files change under the page.
        const checked =
          rel === "index.json" || rel.endsWith(`/${CHECKED_FILE}`) ? checkedDatasets(root, check) : undefined;
        // A check that fails lists no checked.json: the page then validates the files itself.
        void Promise.resolve(checked?.catch(() => undefined)).then((made) => {
          try {
            const id = rel.split("/")[0] ?? "";
            const body =
              rel === "index.json"
                ? datasetIndex(root, new Set(made?.keys()))
                : rel === `${id}/${CHECKED_FILE}`
                  ? made?.get(id)
                  : readFileSync(path);
            if (body === undefined) throw new Error("no such file");
            res.setHeader(
              "Content-Type",
              `${CONTENT_TYPES[path.split(".").pop() ?? ""] ?? "text/plain"}; charset=utf-8`,
            );
            res.end(body);
          } catch {
            res.statusCode = 404;
            res.end("Not found");
          }
        }, next);
      });
    },
    async generateBundle() {
      const checked = await checkedDatasets(root, check);
      for (const [id, text] of checked)
        this.emitFile({ type: "asset", fileName: `data/${id}/${CHECKED_FILE}`, source: text });
      for (const path of listFiles(root)) {
        this.emitFile({
          type: "asset",
          fileName: `data/${relative(root, path).split(sep).join("/")}`,
          source: readFileSync(path),
        });
      }
      this.emitFile({
        type: "asset",
        fileName: "data/index.json",
        source: datasetIndex(root, new Set(checked.keys())),
      });
    },
  };
}
