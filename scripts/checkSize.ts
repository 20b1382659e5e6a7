/**
 * `npm run size`: after `npm run build`, what a first visit downloads (gzip) against the budgets
 * of issue #9. First load is what dist/index.html asks for (scripts, module preloads, style
 * sheets) and every JS file those import statically; lazy chunks (exports, spreadsheets) are not.
 * The English country names, which the atlas needs before it shows, are in the world layer
 * (scripts/build-world.ts) and weighed with it.
 * MapLibre is weighed apart (vite.config.ts gives it chunks of its own): the budget is for the
 * atlas's own code. Exits 1 when over budget, unless given --report-only or SIZE_REPORT_ONLY=1.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const KIB = 1024;
/** Budgets in KiB of gzip (default level, as most servers send it). */
export const BUDGETS = { rest: 120, world: 150 } as const;

/** Files the page loads up front, as paths relative to dist/. */
export function firstLoadFiles(dist: string): string[] {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const wanted = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*\brel="(?:modulepreload|stylesheet)"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]),
  ].filter((href): href is string => typeof href === "string" && !/^[a-z]+:/i.test(href));
  const seen = new Set<string>();
  const queue = wanted.map((href) => relative(dist, resolve(dist, href)));
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith(".js") && !file.endsWith(".mjs")) continue;
    for (const spec of staticImports(readFileSync(join(dist, file), "utf8"))) {
      if (spec.startsWith(".")) queue.push(relative(dist, resolve(dist, dirname(file), spec)));
    }
  }
  return [...seen].sort();
}

/**
 * Specifiers of `import … from "x"`, `import "x"` and `export … from "x"` in a minified chunk.
 * `import("x")` (a lazy chunk) has a parenthesis where these have a quote, so it never matches.
 */
export function staticImports(code: string): string[] {
  const re = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
  return [...code.matchAll(re)].map((m) => m[1] ?? "").filter(Boolean);
}

const gzipKiB = (path: string): number => gzipSync(readFileSync(path)).length / KIB;
const isMapLibre = (file: string): boolean => /(^|\/)maplibre[^/]*$/.test(file);

function main(): void {
  const dist = resolve(process.argv.find((a) => a.startsWith("--dist="))?.slice(7) ?? "dist");
  const reportOnly = process.argv.includes("--report-only") || process.env.SIZE_REPORT_ONLY === "1";
  if (!existsSync(join(dist, "index.html"))) {
    console.error(`No build in ${dist}: run \`npm run build\` first.`);
    process.exit(2);
  }
  const files = firstLoadFiles(dist).map((file) => ({ file, kib: gzipKiB(join(dist, file)) }));
  const sum = (list: typeof files) => list.reduce((total, f) => total + f.kib, 0);
  const maplibre = files.filter((f) => isMapLibre(f.file));
  const rest = files.filter((f) => !isMapLibre(f.file));
  const worldPath = join(dist, "geo/world.topo.json");
  const world = existsSync(worldPath) ? gzipKiB(worldPath) : NaN;

  console.log("First load (gzip, KiB):");
  for (const f of files)
    console.log(`  ${f.file.padEnd(48)} ${f.kib.toFixed(1).padStart(7)}${isMapLibre(f.file) ? "  (MapLibre)" : ""}`);
  const rows: [string, number, number | null][] = [
    ["MapLibre JS+CSS", sum(maplibre), null],
    ["rest of first-load JS+CSS", sum(rest), BUDGETS.rest],
    ["world layer (geo/world.topo.json)", world, BUDGETS.world],
  ];
  console.log("");
  let over = false;
  for (const [label, kib, budget] of rows) {
    const verdict =
      budget === null
        ? "(no budget)"
        : Number.isNaN(kib)
          ? "MISSING"
          : kib <= budget
            ? `ok, budget ${budget}`
            : `OVER budget ${budget} by ${(kib - budget).toFixed(1)}`;
    if (budget !== null && !(kib <= budget)) over = true;
    console.log(`${label.padEnd(36)} ${kib.toFixed(1).padStart(7)} KiB  ${verdict}`);
  }
  // MapLibre's worker starts with the map, not from index.html: shown so it is not forgotten.
  const workers = readdirSync(join(dist, "assets")).filter((f) => /^maplibre-gl-worker.*\.m?js$/.test(f));
  for (const w of workers)
    console.log(
      `${"MapLibre worker (started by the map)".padEnd(36)} ${gzipKiB(join(dist, "assets", w))
        .toFixed(1)
        .padStart(7)} KiB  (not first-load by this count)`,
    );
  // The atlas's own map layers that the map asks for as it is made (src/map/createMap.ts,
  // FlowLayer.ts): the dots and labels, and the flows' kept drawing. Shown, with what the first
  // load would weigh with them, so the count is read for what it is.
  const mapChunks = readdirSync(join(dist, "assets")).filter((f) => /^(PlaceLayer|FlowCache)-.*\.js$/.test(f));
  const started = mapChunks.reduce((total, f) => total + gzipKiB(join(dist, "assets", f)), 0);
  console.log(
    `${"Map chunks (started by the map)".padEnd(36)} ${started.toFixed(1).padStart(7)} KiB  (${mapChunks.join(", ")}; with them ${(sum(rest) + started).toFixed(1)} KiB)`,
  );
  // The import worker (src/data/import/importWorker.ts) starts with the idle prefetch, after the
  // first complete map: a bundled dataset opens from the build's check (checkedDataset.ts). It
  // checks a dataset itself only where the files differ from those the build checked (or the
  // page has no Web Crypto). Shown, so the count is read for what it is.
  const importWorkers = readdirSync(join(dist, "assets")).filter((f) => /^importWorker-.*\.js$/.test(f));
  const checker = importWorkers.reduce((total, f) => total + gzipKiB(join(dist, "assets", f)), 0);
  console.log(
    `${"Import worker (after the first idle)".padEnd(36)} ${checker.toFixed(1).padStart(7)} KiB  (opens users' files; checks a bundled dataset only when its files differ from the build's)`,
  );
  // What the page's first complete map needs of the build's data: the bundled datasets' checks.
  const checks = readdirSync(join(dist, "data"), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith("checked.json"));
  const heaviest = Math.max(0, ...checks.map((f) => gzipKiB(join(dist, "data", f))));
  console.log(
    `${"Largest dataset check (checked.json)".padEnd(36)} ${heaviest.toFixed(1).padStart(7)} KiB  (data, as the world layer is; ${checks.length} datasets)`,
  );
  if (over && !reportOnly) {
    console.error("\nOver budget (run with --report-only or SIZE_REPORT_ONLY=1 to only report).");
    process.exit(1);
  }
}

// Run as a script, not when a test imports the functions above.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
