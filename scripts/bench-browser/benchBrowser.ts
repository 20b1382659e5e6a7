/**
 * `npm run bench:browser`: the atlas against a bare MapLibre page in headless Chromium, at 68
 * (the real 2010 dataset), 1,000, 10,000 and 100,000 links. Two timings: load → first idle with
 * the links drawn, and a focus-area filter → idle (the atlas: a click on the theme's checkbox;
 * the bare page: setData of the same filtered arcs). Atlas and bare runs alternate within each
 * round so that a busy machine slows both alike; the table gives medians, and the median of each
 * round's own ratio (printReport.ts says why).
 *
 * Options: --rounds=3, --sizes=68,1000,10000,100000, --no-build (reuse dist/).
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { preview, type PreviewServer } from "vite";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../../tests/e2e/support/browser.ts";
import { prepareBenchSite } from "./benchSite.ts";
import { atlasRun, bareRun, THEME, type RunResult } from "./measureRuns.ts";
import { printReport, type SizeResult } from "./printReport.ts";

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const ROUNDS = Number(arg("rounds") ?? 3);
const SIZES = (arg("sizes") ?? "68,1000,10000,100000").split(",").map(Number);
/** Generous: 100,000 links validate and draw for a while on a shared, GPU-less machine. */
const timeoutFor = (links: number): number => Math.max(60_000, links * 3);

let server: PreviewServer | undefined;
let browser: Browser | undefined;
let siteRoot: string | undefined;

async function cleanUp(): Promise<void> {
  await browser?.close().catch(() => undefined);
  await server?.close().catch(() => undefined);
  if (siteRoot) rmSync(siteRoot, { recursive: true, force: true });
  browser = server = siteRoot = undefined;
}

async function attempt(label: string, run: () => Promise<RunResult>): Promise<RunResult | Error> {
  const t0 = Date.now();
  try {
    const r = await run();
    console.log(
      `  ${label}: load ${r.loadMs.toFixed(0)} ms, filter ${r.filterMs.toFixed(0)} ms${r.crashed ? ", CRASHED" : ""}${r.errors.length ? `, ${r.errors.length} console errors, first: ${r.errors[0]?.slice(0, 160)}` : ""}`,
    );
    return r;
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    console.error(
      `  ${label}: FAILED after ${((Date.now() - t0) / 1000).toFixed(0)} s: ${error.message.split("\n")[0]}`,
    );
    return error;
  }
}

async function main(): Promise<number> {
  if (!Number.isInteger(ROUNDS) || ROUNDS < 1 || SIZES.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error("--rounds and --sizes take whole numbers");
  if (!process.argv.includes("--no-build")) {
    const built = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
    if (built.status !== 0) throw new Error(`npm run build failed (exit ${built.status})`);
  }
  console.log("Preparing the benchmark site (synthetic datasets, bare page)…");
  const site = await prepareBenchSite("dist", SIZES);
  siteRoot = site.root;
  server = await preview({
    build: { outDir: site.root },
    preview: { port: 0, strictPort: false, host: "127.0.0.1" },
    logLevel: "warn",
  });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error("vite preview did not report a URL");
  browser = await launchBrowser();

  const results: SizeResult[] = [];
  for (const d of site.datasets) {
    console.log(`${d.links.toLocaleString("en")} links (${ROUNDS} rounds, theme=${THEME})`);
    const atlas: (RunResult | Error)[] = [];
    const bare: (RunResult | Error)[] = [];
    const timeout = timeoutFor(d.links);
    for (let round = 0; round < ROUNDS; round++) {
      const runAtlas = async () =>
        atlas.push(
          await attempt(`round ${round + 1} atlas`, () =>
            atlasRun(browser as Browser, new URL(d.atlasQuery ? `?${d.atlasQuery}` : "", base).href, timeout),
          ),
        );
      const runBare = async () =>
        bare.push(
          await attempt(`round ${round + 1} bare `, () =>
            bareRun(browser as Browser, new URL(d.barePath, base).href, timeout),
          ),
        );
      // Alternate which goes first, so neither always runs on a warmer (or busier) machine.
      if (round % 2 === 0) await runAtlas().then(runBare);
      else await runBare().then(runAtlas);
    }
    results.push({ links: d.links, atlas, bare });
  }
  printReport(results);
  return results.some((r) => [...r.atlas, ...r.bare].some((x) => x instanceof Error || x.crashed)) ? 1 : 0;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: closing the browser and the server`);
    void cleanUp().finally(() => process.exit(130));
  });
}

let code = 1;
try {
  code = await main();
} catch (e) {
  console.error(`bench:browser failed: ${e instanceof Error ? e.message : String(e)}`);
} finally {
  await cleanUp();
}
process.exit(code);
