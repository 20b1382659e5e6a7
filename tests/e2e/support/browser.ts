/**
 * Chromium through playwright-core (which one: chromiumPath.ts), with WebGL2 on the software
 * renderer and Noto Sans from npm (fontconfig.ts). Every page records console errors and any
 * request that leaves the page's origin.
 */
import { afterAll, beforeAll } from "vitest";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { chromiumChoice } from "./chromiumPath.ts";
import { atlasFontconfig } from "./fontconfig.ts";

// The same flags serve the npm Chromium (chrome-headless-shell, which takes --headless=new as
// headless). @sparticuz/chromium's own `args` are for AWS Lambda (--single-process, --no-zygote,
// --disable-web-security…) and none is needed here: its SwiftShader sits beside its binary.
const FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--ignore-gpu-blocklist",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, env } = await chromiumChoice();
  return chromium.launch({
    executablePath,
    args: FLAGS,
    headless: true,
    env: { ...process.env, ...env, FONTCONFIG_FILE: atlasFontconfig() },
  });
}

export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
}

export async function newWatchedPage(
  context: BrowserContext,
  baseUrl: string,
): Promise<{ page: Page; watch: PageWatch }> {
  const page = await context.newPage();
  // A refused script, style, worker or request under the Content-Security-Policy fails the test
  // through the console-error checks.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const origin = new URL(baseUrl).origin;
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [] };
  page.on("console", (msg) => {
    if (msg.type() === "error") watch.consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => watch.consoleErrors.push(String(err)));
  page.on("request", (req) => {
    const url = req.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
  });
  return { page, watch };
}

/** One browser for a spec file: launched before its tests and closed after them. */
export function browserForSpec(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("The browser is launched in beforeAll: call this inside a test.");
    return browser;
  };
}
