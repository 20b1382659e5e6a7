// `npm run screenshots`: the main states of the built app as PNGs in screenshots/ (for looking, not asserting).
import { mkdirSync } from "node:fs";
import { preview } from "vite";
import { launchBrowser } from "../tests/e2e/support/browser.ts";
import { AtlasDriver } from "../tests/e2e/support/AtlasDriver.ts";

const shots: {
  name: string;
  query: string;
  viewport?: { width: number; height: number };
  act?: (d: AtlasDriver) => Promise<void>;
}[] = [
  { name: "overview", query: "" },
  { name: "theme-trafficking", query: "theme=trafficking" },
  { name: "selected-france", query: "select=FRA" },
  { name: "selected-georgia", query: "select=GEO" },
  { name: "selected-malta", query: "select=MLT" },
  { name: "table", query: "view=table&theme=readmission" },
  { name: "phone", query: "select=GEO", viewport: { width: 390, height: 844 } },
  { name: "bad-url", query: "theme=nonsense&ms=XXX" },
  { name: "present-1", query: "present=1&slide=1" },
  { name: "present-3", query: "present=1&slide=3" },
  { name: "present-7", query: "present=1&slide=7" },
  { name: "french", query: "lang=fr&select=CPV" },
  { name: "german", query: "lang=de&theme=readmission" },
  {
    name: "dark",
    query: "select=MDA",
    act: async (d) => {
      await d.page.getByRole("combobox", { name: "Appearance" }).selectOption("dark");
      await d.mapSettled();
    },
  },
  {
    name: "png",
    query: "theme=trafficking",
    act: async (d) => {
      const [dl] = await Promise.all([
        d.page.waitForEvent("download"),
        d.page.getByRole("button", { name: "Download PNG" }).click(),
      ]);
      await dl.saveAs("screenshots/export.png");
    },
  },
  {
    name: "print",
    query: "ms=FRA",
    act: async (d) => {
      await d.page.pdf({ path: "screenshots/print.pdf", format: "A4", landscape: true, printBackground: true });
    },
  },
];

const only = process.argv[2];
const server = await preview({ preview: { port: 0, host: "127.0.0.1" }, logLevel: "warn" });
const base = server.resolvedUrls?.local[0] ?? "";
const browser = await launchBrowser();
mkdirSync("screenshots", { recursive: true });
for (const s of shots.filter((s) => !only || s.name === only)) {
  const d = await AtlasDriver.open(browser, base, s.query, { viewport: s.viewport });
  if (!s.query.includes("view=table")) await d.mapSettled();
  await s.act?.(d);
  await d.screenshot(`screenshots/${s.name}.png`);
  console.log(
    `screenshots/${s.name}.png`,
    d.watch.consoleErrors.length ? d.watch.consoleErrors : "",
    d.watch.foreignRequests,
  );
  await d.close();
}
await browser.close();
await server.close();
