/**
 * One timed run in a fresh browser context (its own cache): load → first idle with the links
 * drawn, then a focus-area filter → idle. Times are taken in the page (performance marks), so the
 * round trips of the driver are not in them.
 */
import type { Browser, Page } from "playwright-core";

export const THEME = "readmission";
const THEME_LABEL = /^Readmission\b/;

export interface RunResult {
  loadMs: number;
  filterMs: number;
  /** Longest main-thread task from the filter's start to its idle (PerformanceObserver 'longtask'). */
  longestTaskMs: number;
  crashed: boolean;
  errors: string[];
}

interface TaskEntry {
  start: number;
  duration: number;
}
declare global {
  interface Window {
    __benchLongTasks?: TaskEntry[];
  }
}

/** Rejects after `ms` with a message that says what was being waited for. */
function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${(ms / 1000).toFixed(0)} s: ${what}`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function withPage<T>(
  browser: Browser,
  timeoutMs: number,
  run: (page: Page, result: Pick<RunResult, "crashed" | "errors">) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: "en-GB" });
  try {
    context.setDefaultTimeout(timeoutMs);
    await context.addInitScript(() => {
      window.__benchLongTasks = [];
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries())
            window.__benchLongTasks?.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: "longtask", buffered: true });
      } catch {
        // No long-task timing in this browser: the figure stays 0 and the table says so.
      }
    });
    const page = await context.newPage();
    const status = { crashed: false, errors: [] as string[] };
    page.on("crash", () => (status.crashed = true));
    page.on("pageerror", (e) => status.errors.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error") status.errors.push(m.text());
    });
    return await run(page, status);
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** Waits for the first performance mark called `name`; its time from navigation start. */
async function firstMark(page: Page, name: string, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction((n) => performance.getEntriesByName(n, "mark")[0]?.startTime, name, {
    timeout: timeoutMs,
    polling: 50,
  });
  return Number(await handle.jsonValue());
}

const longestSince = (page: Page, t0: number): Promise<number> =>
  page.evaluate(
    (since) =>
      Math.max(
        0,
        ...(window.__benchLongTasks ?? []).filter((t) => t.start + t.duration >= since).map((t) => t.duration),
      ),
    t0,
  );

export function atlasRun(browser: Browser, url: string, timeoutMs: number): Promise<RunResult> {
  return withPage(browser, timeoutMs, async (page, status) => {
    await page.goto(url, { timeout: timeoutMs });
    const loadMs = await firstMark(page, "atlas:idle", timeoutMs);
    const drawn = await page.evaluate(() => window.__atlasMap?.querySourceFeatures("arcs").length ?? 0);
    if (drawn === 0) throw new Error("the atlas went idle with no arc drawn");
    // A map laid out with no room (a style sheet out of order) draws nothing and goes idle at once:
    // no figure from such a run.
    const area = await page.evaluate(() => {
      const canvas = window.__atlasMap?.getCanvas();
      return (canvas?.clientWidth ?? 0) * (canvas?.clientHeight ?? 0);
    });
    if (area < 100_000) throw new Error(`the atlas went idle with a map of ${area} square pixels`);
    // After its first idle the atlas fetches and evaluates its lazy chunks (so it works offline);
    // the filter is timed once that is over, as a user's first click comes seconds after the map.
    await firstMark(page, "atlas:prefetched", timeoutMs);
    const box = await page
      .getByRole("group", { name: "Focus areas" })
      .getByRole("checkbox", { name: THEME_LABEL })
      .elementHandle();
    if (!box) throw new Error(`no "${THEME}" checkbox among the focus areas`);
    // The click is dispatched in the page, right after the clock starts, as a user's click lands.
    const timing = page.evaluate(
      (el) =>
        new Promise<{ t0: number; ms: number }>((resolve) => {
          const t0 = performance.now();
          const observer = new PerformanceObserver((list) => {
            const mark = list.getEntries().find((e) => e.name === "atlas:idle" && e.startTime >= t0);
            if (!mark) return;
            observer.disconnect();
            resolve({ t0, ms: mark.startTime - t0 });
          });
          observer.observe({ type: "mark" });
          (el as HTMLInputElement).click();
        }),
      box,
    );
    const { t0, ms } = await within(timeoutMs, "the atlas's idle after the focus-area filter", timing);
    return { loadMs, filterMs: ms, longestTaskMs: await longestSince(page, t0), ...status };
  });
}

export function bareRun(browser: Browser, url: string, timeoutMs: number): Promise<RunResult> {
  return withPage(browser, timeoutMs, async (page, status) => {
    await page.goto(url, { timeout: timeoutMs });
    const loadMs = await firstMark(page, "bare:idle", timeoutMs);
    const t0 = await page.evaluate(() => performance.now());
    const filterMs = await within(
      timeoutMs,
      "the bare page's idle after setData",
      page.evaluate(
        (theme) => window.__bare?.filter(theme) ?? Promise.reject(new Error("the bare page did not start")),
        THEME,
      ),
    );
    return { loadMs, filterMs, longestTaskMs: await longestSince(page, t0), ...status };
  });
}
