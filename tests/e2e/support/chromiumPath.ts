/**
 * Which Chromium the browser tests and scripts drive: `CHROME_PATH` if set, else a system Chromium
 * or Chrome, else the one inside the `@sparticuz/chromium` dev dependency, so `npm ci && npm test`
 * needs no system package. `ATLAS_CHROMIUM=npm` forces the npm one (to test that path on a machine
 * that has a system browser).
 */
import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";

export interface ChromiumChoice {
  executablePath: string;
  source: "CHROME_PATH" | "system" | "npm";
  /** Added to the browser's environment: where the npm one finds libraries the machine lacks. */
  env: Record<string, string>;
}

const SYSTEM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
];
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
  const onPath = (process.env.PATH ?? "")
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => PATH_NAMES.map((name) => join(dir, name)));
  return [...SYSTEM_PATHS, ...onPath].find(isExecutable);
}

/**
 * The package inflates its Brotli files into `os.tmpdir()`: the binary, SwiftShader's libraries,
 * its fonts and (only when it believes it runs on Amazon Linux 2023, hence the variable below) the
 * NSS and expat libraries the binary links to. Pointing TMPDIR at a private directory for the call
 * keeps /tmp clean; extracting under a per-process name and renaming when complete means two runs
 * starting at once never launch a half-written binary.
 */
async function npmChromium(): Promise<{ binary: string; libDir: string }> {
  const require = createRequire(import.meta.url);
  const packageJson = join(dirname(require.resolve("@sparticuz/chromium")), "..", "..", "package.json");
  const { version } = JSON.parse(readFileSync(packageJson, "utf8")) as { version: string };
  // Per user too: the binary is extracted private (0700), so another user's copy is of no use.
  const target = join(tmpdir(), `partnership-atlas-chromium-${version}-${process.getuid?.() ?? "user"}`);
  const found = { binary: join(target, "chromium"), libDir: join(target, "al2023", "lib") };
  if (isExecutable(found.binary) && existsSync(found.libDir)) return found;

  const partial = `${target}.partial-${process.pid}`;
  mkdirSync(partial, { recursive: true });
  // Imported before the variables change: on import the package also rewrites HOME,
  // FONTCONFIG_PATH and LD_LIBRARY_PATH of this process when it thinks it is on Lambda.
  const { default: Chromium } = await import("@sparticuz/chromium");
  const saved = { TMPDIR: process.env.TMPDIR, AWS_EXECUTION_ENV: process.env.AWS_EXECUTION_ENV };
  process.env.TMPDIR = partial;
  process.env.AWS_EXECUTION_ENV = "AWS_Lambda_nodejs20.x";
  try {
    await Chromium.executablePath();
  } catch (err) {
    rmSync(partial, { recursive: true, force: true });
    throw err;
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  try {
    renameSync(partial, target);
  } catch (err) {
    // Another run finished first: its copy is complete, ours goes.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(found.binary)) throw err;
  }
  return found;
}

/**
 * The binary links to NSS and expat (nothing else outside glibc). A machine that has them keeps
 * its own; one that lacks any gets the package's copies, built on Amazon Linux 2023 (glibc 2.34+),
 * which is why they are not simply always used.
 */
function lacksLibraries(binary: string): boolean {
  try {
    return execFileSync("ldd", [binary], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).includes(
      "not found",
    );
  } catch {
    return true;
  }
}

async function resolveChromium(): Promise<ChromiumChoice> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv))
      throw new Error(
        `CHROME_PATH is ${fromEnv}, which is not an executable file. Unset it to use a system or the npm Chromium.`,
      );
    return { executablePath: fromEnv, source: "CHROME_PATH", env: {} };
  }
  if (process.env.ATLAS_CHROMIUM !== "npm") {
    const system = systemChromium();
    if (system) return { executablePath: system, source: "system", env: {} };
  }
  const { binary, libDir } = await npmChromium();
  if (!lacksLibraries(binary)) return { executablePath: binary, source: "npm", env: {} };
  const inherited = process.env.LD_LIBRARY_PATH;
  return {
    executablePath: binary,
    source: "npm",
    env: { LD_LIBRARY_PATH: inherited ? `${libDir}${delimiter}${inherited}` : libDir },
  };
}

let choice: Promise<ChromiumChoice> | undefined;

/** Resolved once per process, and said once on stderr, so a failing run shows which browser it used. */
export function chromiumChoice(): Promise<ChromiumChoice> {
  choice ??= resolveChromium().then((c) => {
    const libs = c.env.LD_LIBRARY_PATH ? ", with its own NSS libraries" : "";
    process.stderr.write(
      `Browser: ${c.executablePath} (${c.source === "npm" ? "@sparticuz/chromium" : c.source}${libs})\n`,
    );
    return c;
  });
  return choice;
}
