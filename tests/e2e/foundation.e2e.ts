import { describe, expect, inject, it } from "vitest";
import { browserForSpec } from "./support/browser.ts";
import { AtlasDriver, flowKeysOf, isBlue } from "./support/AtlasDriver.ts";
import { bundledDataset } from "./support/bundledData.ts";

const baseUrl = inject("baseUrl");
const browser = browserForSpec();

describe("first screen", () => {
  it("draws an arc for every link and the countries at both ends, with no errors and no request off the origin", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    const { links } = bundledDataset();
    expect(await atlas.drawnFlows()).toEqual(flowKeysOf(links));
    expect(await atlas.drawnLinkCount()).toBe(links.length);
    const countries = await atlas.drawnCountries();
    for (const code of ["FRA", "DEU", "GEO", "MDA", "CPV", "SEN", "MUS", "LBN", "XKX", "LUX", "MLT", "FIN"])
      expect(countries).toContain(code);
    expect(await atlas.statusLine()).toBe("68 links · 15 Member States · 36 partners");
    expect(atlas.watch.consoleErrors).toEqual([]);
    expect(atlas.watch.foreignRequests).toEqual([]);
    await atlas.close();
  });

  it("labels the countries that take part in a link, including small states", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "", { viewport: { width: 1600, height: 1000 } });
    const labels = await atlas.drawnLabels();
    for (const name of ["France", "Georgia", "Cape Verde", "Mauritius"]) expect(labels).toContain(name);
    await atlas.close();
  });

  it("draws labels that never overlap and stay inside the map, and a filter keeps only its places' labels", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    const readable = async () => {
      const { labels, width, height } = await atlas.drawnLabelBoxes();
      for (const l of labels) {
        expect(l.left, l.name).toBeGreaterThanOrEqual(0);
        expect(l.top, l.name).toBeGreaterThanOrEqual(0);
        expect(l.left + l.width, l.name).toBeLessThanOrEqual(width);
        expect(l.top + l.height, l.name).toBeLessThanOrEqual(height);
      }
      for (const [i, a] of labels.entries())
        for (const b of labels.slice(i + 1)) {
          const apart =
            a.left + a.width <= b.left ||
            b.left + b.width <= a.left ||
            a.top + a.height <= b.top ||
            b.top + b.height <= a.top;
          expect(apart, `${a.name} and ${b.name}`).toBe(true);
        }
      return labels.map((l) => l.id);
    };
    const all = await readable();
    expect(all.length).toBeGreaterThan(20);
    await atlas.toggleFocusArea("Trafficking in human beings");
    const some = await readable();
    // Places with no trafficking link lose their label: Lebanon and Mauritius have one link each, on other areas.
    expect(all).toEqual(expect.arrayContaining(["LBN", "MUS"]));
    expect(some.length).toBeLessThan(all.length);
    expect(some).not.toContain("LBN");
    expect(some).not.toContain("MUS");
    const places = bundledDataset()
      .links.filter((l) => l.themes.includes("trafficking"))
      .flatMap((l) => [l.member_state, l.partner]);
    for (const id of some) expect(places).toContain(id);
    await atlas.close();
  });

  it("keeps the map, its flows and the filters where the graphics cannot draw the places, and says why in the console", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "", { placeShadersFail: true });
    await atlas.mapSettled();
    // The place layer finds its program unlinked as it is added, and draws nothing from then on.
    await expect.poll(() => atlas.watch.consoleErrors.some((e) => e.includes("place layer"))).toBe(true);
    await expect.poll(async () => (await atlas.drawnLabelBoxes()).labels.length).toBe(0);
    const colours = await atlas.coloursAlongFlow("FRA", "MUS");
    expect(colours.filter(isBlue).length).toBeGreaterThan(colours.length / 2);
    await atlas.toggleFocusArea("Trafficking in human beings");
    const trafficking = bundledDataset().links.filter((l) => l.themes.includes("trafficking"));
    expect(await atlas.statusLine()).toContain(`${trafficking.length} links · `);
    await atlas.close();
  });

  it("keeps the atlas on screen when a part cannot be loaded, and says how to get it back", async () => {
    // The table's chunk cannot be had: the network is down, or the server has a newer atlas.
    const atlas = await AtlasDriver.open(browser(), baseUrl, "", { unreachable: /\/TableView-[^/]*\.js$/ });
    await atlas.mapSettled();
    await atlas.page.getByRole("button", { name: "Table", exact: true }).click();
    const failed = atlas.page.getByRole("alert").filter({ hasText: "could not be loaded" });
    await failed.waitFor();
    expect(await failed.getByRole("button", { name: "Reload the page" }).count()).toBe(1);
    // Only that part: the title, the filters and the status line stay, and the map comes back.
    expect(await atlas.page.getByText("The atlas hit an unexpected problem").count()).toBe(0);
    expect(await atlas.statusLine()).toBe("68 links · 15 Member States · 36 partners");
    await atlas.page.getByRole("button", { name: "Map", exact: true }).click();
    await atlas.mapSettled();
    expect(await atlas.drawnLinkCount()).toBe(bundledDataset().links.length);
    await atlas.close();
  });

  it("opens the bundled dataset from the build's check, without the import worker, before the map first goes idle", async () => {
    // A dataset without member-states.csv is fingerprinted alike.
    const other = await AtlasDriver.open(browser(), baseUrl, "dataset=eu-mobility-partnerships");
    const its = await other.requestedBeforeFirstIdle();
    expect(its).toContain("data/eu-mobility-partnerships/checked.json");
    expect(its.filter((path) => /importWorker|runImport/.test(path))).toEqual([]);
    await other.close();

    const atlas = await AtlasDriver.open(browser(), baseUrl);
    const requested = await atlas.requestedBeforeFirstIdle();
    expect(requested).toContain("data/emn-ahq-2010/checked.json");
    expect(requested).toContain("data/emn-ahq-2010/partnerships.csv");
    expect(requested.filter((path) => /importWorker|runImport/.test(path))).toEqual([]);
    // Nor this browser's own datasets (IndexedDB): the dataset menu lists them once the map is drawn.
    expect(requested.filter((path) => /ownDatasetStore/.test(path))).toEqual([]);
    // The worker still comes with the idle prefetch, so the first file a user opens makes no request.
    await atlas.prefetched();
    await expect
      .poll(() =>
        atlas.page.evaluate(() => performance.getEntriesByType("resource").some((e) => /importWorker/.test(e.name))),
      )
      .toBe(true);
    await atlas.close();
  });

  it("checks a data file changed on the server since the build afresh, and shows what it holds", async () => {
    const good = bundledDataset().partnerships;
    const lines = good.split("\n");
    const dropped = lines.findIndex((l) => l.startsWith("fra-ben-concerted-management,"));
    expect(dropped).toBeGreaterThan(0);
    const edited = lines.filter((_, i) => i !== dropped).join("\n");
    const atlas = await AtlasDriver.open(browser(), baseUrl, "", {
      replaceFile: { path: "data/emn-ahq-2010/partnerships.csv", status: 200, body: edited },
    });
    expect(await atlas.drawnLinkCount()).toBe(bundledDataset().links.length - 1);
    expect(await atlas.statusLine()).toMatch(/^67 links · /);
    expect(atlas.watch.consoleErrors).toEqual([]);
    await atlas.close();
  });

  it("hatches the Member States that did not answer, and only them", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    // Grey stripes over the light land: a neutral grey darker than any land fill.
    const stripe = ([r = 0, g = 0, b = 0]: number[]) => Math.abs(r - g) < 12 && Math.abs(g - b) < 12 && r < 215;
    // Romania did not answer the query; Finland answered (no partnership), and neither has a label.
    await atlas.jumpCamera(25, 46, 5);
    const romania = await atlas.coloursAround(25, 45.9);
    await atlas.jumpCamera(26.5, 63.5, 5);
    const finland = await atlas.coloursAround(26.5, 63.5);
    expect(romania.some(stripe)).toBe(true);
    expect(finland.length).toBeGreaterThan(0);
    expect(finland.some(stripe)).toBe(false);
    expect(atlas.watch.consoleErrors).toEqual([]);
    await atlas.close();
  });

  it("shows which file, row and column are wrong when a data file is broken", async () => {
    const good = bundledDataset().partnerships;
    const broken = good.replace(
      "fra-ben-concerted-management,FRA,BEN,bilateral",
      "fra-ben-concerted-management,FRA,BEN,bilaterall",
    );
    const atlas = await AtlasDriver.open(browser(), baseUrl, "", {
      replaceFile: { path: "data/emn-ahq-2010/partnerships.csv", status: 200, body: broken },
    });
    const error = atlas.page.getByRole("alert");
    await expect.poll(() => error.textContent()).toContain("The atlas could not load its data");
    expect(await error.textContent()).toContain("data/emn-ahq-2010/partnerships.csv row 3, column framework");
    expect(await error.textContent()).toContain('"bilaterall"');
    await atlas.close();
  });

  it("says which file is missing instead of showing a blank page", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "", {
      replaceFile: { path: "data/emn-ahq-2010/member-states.csv", status: 404, body: "" },
    });
    const error = atlas.page.getByRole("alert");
    await expect.poll(() => error.textContent()).toContain("member-states.csv");
    expect(await error.textContent()).toContain("404");
    await atlas.close();
  });
});
