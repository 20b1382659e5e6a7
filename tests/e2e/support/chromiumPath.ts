/**
 * Which Chromium the browser tests and scripts drive: `CHROME_PATH` if set, else a system Chromium
 * or Chrome, else the one inside the `@sparticuz/chromium` dev dependency, so `npm ci && npm test`
 * needs no system package. `ATLAS_CHROMIUM=npm` forces the npm one (to test that path on a machine
 * that has a system browser).
 */
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";

export interface ChromiumChoice {
  executablePath: string;
  /** The npm one is chrome-headless-shell: no `--headless=new`, see browser.ts. */
  source: "CHROME_PATH" | "system" | "npm";
}

const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium"];
const PATH_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function systemChromium(): string | undefined {
  const onPath = (process.env.PATH ?? "").split(delimiter).filter(Boolean).flatMap((dir) => PATH_NAMES.map((name) => join(dir, name)));
  return [...SYSTEM_PATHS, ...onPath].find(isExecutable);
}

/**
 * The package inflates its Brotli files into `os.tmpdir()` (the binary, fonts and SwiftShader's
 * libraries side by side). Pointing TMPDIR at a private directory for the call keeps /tmp clean;
 * extracting under a per-process name and renaming when complete means two test runs starting at
 * once never launch a half-written binary.
 */
async function npmChromium(): Promise<string> {
  const require = createRequire(import.meta.url);
  const packageJson = join(dirname(require.resolve("@sparticuz/chromium")), "..", "..", "package.json");
  const { version } = JSON.parse(readFileSync(packageJson, "utf8")) as { version: string };
  // Per user too: the binary is extracted private (0700), so another user's copy is of no use.
  const target = join(tmpdir(), `partnership-atlas-chromium-${version}-${process.getuid?.() ?? "user"}`);
  const binary = join(target, "chromium");
  if (isExecutable(binary)) return binary;

  const partial = `${target}.partial-${process.pid}`;
  mkdirSync(partial, { recursive: true });
  const savedTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = partial;
  try {
    const { default: Chromium } = await import("@sparticuz/chromium");
    await Chromium.executablePath();
  } finally {
    if (savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpdir;
  }
  try {
    renameSync(partial, target);
  } catch (err) {
    // Another run finished first: its copy is complete, ours goes.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(binary)) throw err;
  }
  return binary;
}

async function resolveChromium(): Promise<ChromiumChoice> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`CHROME_PATH is ${fromEnv}, which is not an executable file. Unset it to use a system or the npm Chromium.`);
    return { executablePath: fromEnv, source: "CHROME_PATH" };
  }
  if (process.env.ATLAS_CHROMIUM !== "npm") {
    const system = systemChromium();
    if (system) return { executablePath: system, source: "system" };
  }
  return { executablePath: await npmChromium(), source: "npm" };
}

let choice: Promise<ChromiumChoice> | undefined;

/** Resolved once per process, and said once on stderr, so a failing run shows which browser it used. */
export function chromiumChoice(): Promise<ChromiumChoice> {
  choice ??= resolveChromium().then((c) => {
    process.stderr.write(`Browser: ${c.executablePath} (${c.source === "npm" ? "@sparticuz/chromium" : c.source})\n`);
    return c;
  });
  return choice;
}
