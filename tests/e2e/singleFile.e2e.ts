/**
 * The one-file atlas (npm run build:single), opened from file:// as from an e-mail or a USB stick:
 * no server, no request beyond the page itself, and no refusal under its own policy.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { browserForSpec } from "./support/browser.ts";
import { AtlasDriver, flowKeysOf } from "./support/AtlasDriver.ts";
import { readDatasetFiles } from "../../scripts/readDatasetFiles.ts";
import { datasetIndex } from "../../scripts/vite/dataFilesPlugin.ts";
import { statusText } from "../../src/components/StatusLine.tsx";
import { summarize } from "../../src/data/filterLinks.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { makeI18n } from "../../src/i18n/I18nContext.tsx";

const PAGE = resolve("dist-single/partnership-atlas.html");
const FRENCH = join(process.cwd(), "tests/fixtures/files/partenariats-fr-cp1252.csv");
const browser = browserForSpec();

/** The status line the atlas shows for a bundled dataset with nothing filtered. */
function expectedStatus(id: string): string {
  const { dataset } = validateDataset(readDatasetFiles(`data/${id}`));
  return statusText(
    summarize(dataset.links, (r) => dataset.regions.has(r)),
    makeI18n("en", dataset.vocabulary).t,
  );
}

/** The bundled datasets as the index lists them, with their English titles. */
function bundled(): { id: string; title: string }[] {
  const { datasets } = JSON.parse(datasetIndex("data")) as {
    datasets: { id: string; title: string | { en: string } }[];
  };
  return datasets.map((d) => ({ id: d.id, title: typeof d.title === "string" ? d.title : d.title.en }));
}

/** Requests to anything but the page's own file and the data: and blob: addresses it makes. */
const offPage = (urls: string[]) =>
  urls.filter((u) => !/^(data|blob):/.test(u) && u.split(/[?#]/)[0] !== pathToFileURL(PAGE).href);

async function download(atlas: AtlasDriver, name: string): Promise<Buffer> {
  const [file] = await Promise.all([
    atlas.page.waitForEvent("download", { timeout: 120_000 }),
    atlas.page.getByRole("button", { name }).first().click(),
  ]);
  return readFileSync(await file.path());
}

describe("the one-file atlas", () => {
  beforeAll(() => {
    if (!existsSync(PAGE)) throw new Error("No one-file atlas: run `npm run build:single` before the browser tests.");
  });
  const url = () => pathToFileURL(PAGE).href;

  it("draws the map from file://, switches datasets and views, and enters meeting mode, with nothing refused or fetched", async () => {
    const datasets = bundled();
    const atlas = await AtlasDriver.open(browser(), url());
    const requests = await atlas.requestsDuring(async () => {
      await atlas.mapSettled();
      const first = datasets[0];
      if (!first) throw new Error("No bundled dataset in data/.");
      expect(await atlas.statusLine()).toBe(expectedStatus(first.id));
      const { links } = validateDataset(readDatasetFiles(`data/${first.id}`)).dataset;
      expect(await atlas.drawnFlows()).toEqual(flowKeysOf(links));
      expect(await atlas.drawnLinkCount()).toBe(links.length);
      expect((await atlas.datasets()).options).toEqual(expect.arrayContaining(datasets.map((d) => d.title)));
      // The source text is inside the page too: the source line links to it at a blob: address.
      expect(await atlas.page.locator(".source-stamp a").getAttribute("href")).toMatch(/^blob:/);

      const other = datasets.find((d) => d.id === "eu-mobility-partnerships") ?? datasets[1];
      if (!other) throw new Error("Only one bundled dataset in data/.");
      await atlas.chooseDataset(other.title);
      await expect.poll(() => atlas.title(), { timeout: 30_000 }).toBe(other.title);
      await atlas.mapSettled();
      expect((await atlas.drawnFlows()).length).toBeGreaterThan(0);

      await atlas.switchTo("Table");
      await expect.poll(() => atlas.tableRows().count()).toBeGreaterThan(0);
      await atlas.switchTo("Matrix");
      await atlas.matrix().waitFor();
      expect((await atlas.matrixHeaders()).rows.length).toBeGreaterThan(0);
      await atlas.switchTo("Map");
      await atlas.enterMeetingMode();
      expect(await atlas.slideCounter()).toMatch(/\d/);
      await atlas.pressKey("Escape");
    });
    expect(offPage(requests)).toEqual([]);
    expect(atlas.watch.consoleErrors).toEqual([]);
    expect(atlas.watch.foreignRequests).toEqual([]);
    await atlas.close();
  });

  // PowerPoint is left to deckFiles.e2e.ts: it renders the same slides as the PDF (a minute on a
  // software renderer), and its library is inlined the same way.
  it("opens the reader's own file in its worker, and downloads a PNG and a PDF deck with its fonts", async () => {
    const atlas = await AtlasDriver.open(browser(), url());
    await atlas.mapSettled();
    const requests = await atlas.requestsDuring(async () => {
      const png = await atlas.downloadPng();
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect((await download(atlas, "Download PDF")).subarray(0, 5).toString("latin1")).toBe("%PDF-");

      await atlas.openDataFiles(FRENCH);
      await atlas.waitForStatus("9 links · 7 Member States · 9 partners");
      expect(await atlas.title()).toBe("partenariats-fr-cp1252");
    });
    expect(offPage(requests)).toEqual([]);
    expect(atlas.watch.consoleErrors).toEqual([]);
    expect(atlas.watch.foreignRequests).toEqual([]);
    await atlas.close();
  }, 240_000);
});
