/** Opening a user's own files: formats, problems, size, keeping them, and privacy. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { browserForSpec } from "./support/browser.ts";
import { AtlasDriver } from "./support/AtlasDriver.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";

const baseUrl = inject("baseUrl");
const FIXTURES = join(process.cwd(), "tests/fixtures/files");
const FRENCH = join(FIXTURES, "partenariats-fr-cp1252.csv");
const BAD_ROWS = join(FIXTURES, "with-bad-rows.csv");
const browser = browserForSpec();

/** The English titles of the bundled datasets, in the menu's order (the 2010 query first). */
function bundledTitles(): string[] {
  const ids = readdirSync(join(process.cwd(), "data"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort((a, b) => (a === "emn-ahq-2010" ? -1 : b === "emn-ahq-2010" ? 1 : a.localeCompare(b)));
  return ids.map((id) => {
    const title = (
      JSON.parse(readFileSync(join(process.cwd(), "data", id, "dataset.json"), "utf8")) as {
        title: string | { en: string };
      }
    ).title;
    return typeof title === "string" ? title : title.en;
  });
}

/** 100,000 rows made from real codes and vocabularies, written where the browser can read them. */
function bigFile(rows: number): string {
  const ms = ["FRA", "DEU", "ESP", "ITA", "NLD", "BEL", "PRT", "SWE", "POL", "AUT"];
  const partners = ["MAR", "SEN", "MLI", "GEO", "ARM", "MDA", "CPV", "TUN", "EGY", "NGA", "IND", "UKR"];
  const frameworks = ["bilateral", "eu_mobility_partnership", "eu_project"];
  const lines = ["member_state,partner,framework,instrument,status,themes"];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `${ms[i % ms.length]},${partners[(i * 7) % partners.length]},${frameworks[i % 3]},Instrument ${i},${i % 5 ? "signed" : "planned"},legal_migration;readmission`,
    );
  }
  const path = join(mkdtempSync(join(tmpdir(), "atlas-")), "hundred-thousand.csv");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

describe("opening your own data", () => {
  it("opens a ;-separated Windows-1252 file with French country names, with no request at all, and keeps it across a reload", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.mapSettled();
    // The lazy chunks come once the map is idle; after them, opening a file asks nothing of the network.
    await atlas.prefetched();
    const requests = await atlas.requestsDuring(async () => {
      await atlas.openDataFiles(FRENCH);
      await atlas.waitForStatus("9 links · 7 Member States · 9 partners");
    });
    expect(requests).toEqual([]);
    expect(atlas.query().get("dataset")).toMatch(/^own-[0-9a-z]{10}$/);
    expect(await atlas.title()).toBe("partenariats-fr-cp1252");
    expect(await atlas.sourceLine()).toMatch(/^Source: partenariats-fr-cp1252\.csv, opened \d{4}-\d{2}-\d{2}\.$/);
    await atlas.mapSettled();
    expect(await atlas.drawnCountries()).toEqual(expect.arrayContaining(["SEN", "COD", "CIV", "MAR"]));

    await atlas.reload();
    await atlas.waitForStatus("9 links · 7 Member States · 9 partners");
    expect((await atlas.datasets()).chosen).toBe("partenariats-fr-cp1252");
    expect(atlas.watch.consoleErrors).toEqual([]);
    expect(atlas.watch.foreignRequests).toEqual([]);
    await atlas.close();
  });

  it("downloads the opened file as the contract's CSV, which loads back unchanged", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.openDataFiles(FRENCH);
    await atlas.waitForStatus("9 links");
    const { text } = await atlas.downloadCsv();
    expect(text.split("\n")[0]).toBe(
      "id,member_state,partner,framework,instrument,status,themes,start,end,other_actors,source,quote,notes",
    );
    expect(text).toContain(",FRA,SEN,bilateral,");
    const again = validateDataset({ partnerships: text });
    expect(again.issues).toEqual([]);
    expect(again.dataset.links).toHaveLength(9);
    await atlas.close();
  });

  it("lists each problem of a file with bad rows, changes nothing until asked, then loads the rest", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.openDataFiles(BAD_ROWS);
    const dialog = atlas.problems();
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? "";
    expect(text).toContain("4 problems in with-bad-rows.csv");
    expect(text).toContain("3 of 7 rows are valid");
    expect(text).toContain('with-bad-rows.csv row 3, column partner: "Atlantis"');
    expect(text).toContain('row 4, column status: "maybe"');
    expect(text).toContain("row 5, column status: (empty) — expected 7 cells");
    expect(text).toContain('row 7, column themes: "sports"');
    // Until the user chooses, the atlas shows what it showed.
    expect(await atlas.statusLine()).toBe("68 links · 15 Member States · 36 partners");
    expect(atlas.query().get("dataset")).toBeNull();
    await atlas.loadValidRows();
    await atlas.waitForStatus("3 links · 3 Member States · 3 partners");
    await atlas.close();
  });

  it("keeps the current data when the user cancels", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "theme=readmission");
    const before = await atlas.statusLine();
    await atlas.openDataFiles(BAD_ROWS);
    await atlas.problems().waitFor();
    await atlas.cancelOpening();
    expect(await atlas.problems().count()).toBe(0);
    expect(await atlas.statusLine()).toBe(before);
    expect(atlas.query().get("theme")).toBe("readmission");
    await atlas.close();
  });

  it("opens 100,000 rows while the page keeps answering", async () => {
    const path = bigFile(100_000);
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.mapSettled();
    await atlas.openDataFiles(path);
    // The progress bar shows while the worker reads; meanwhile the page still answers quickly.
    await atlas.page.getByRole("progressbar").waitFor({ timeout: 20_000 });
    const t0 = Date.now();
    await atlas.page.evaluate(() => document.title);
    await atlas.pressKey("Escape");
    expect(Date.now() - t0).toBeLessThan(2_000);
    await atlas.waitForStatus("100,000 links · 10 Member States · 12 partners", 120_000);
    expect(atlas.watch.consoleErrors).toEqual([]);
    await atlas.close();
  });

  it("draws a 5,000-row table a window at a time, yet reaches its last row by scrolling, sorted", async () => {
    const path = bigFile(5_000);
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.mapSettled();
    await atlas.openDataFiles(path);
    await atlas.waitForStatus("5,000 links · 10 Member States · 12 partners", 60_000);
    await atlas.switchTo("Table");
    const table = atlas.page.locator("table.links-table");
    await table.waitFor();
    // A screen reader is told the whole count; the page holds only the rows in and near view.
    expect(await table.getAttribute("aria-rowcount")).toBe("5001");
    await expect.poll(() => atlas.tableRows().count()).toBeGreaterThan(0);
    expect(await atlas.tableRows().count()).toBeLessThan(200);
    const lastIndex = () => atlas.tableRows().last().getAttribute("aria-rowindex");
    // Rows are measured as they are drawn, so the end may move once or twice before it is reached.
    for (let i = 0; i < 30 && (await lastIndex()) !== "5001"; i++) {
      await atlas.page.locator(".table-wrap").evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await atlas.page.waitForTimeout(50);
    }
    expect(await lastIndex()).toBe("5001");
    expect(await atlas.tableRows().count()).toBeLessThan(200);
    // Sorting orders all 5,000 rows, not only those drawn: the last partner by name comes first.
    await atlas.page.locator(".table-wrap").evaluate((el) => el.scrollTo(0, 0));
    await atlas.sortTableBy("Partner");
    await atlas.sortTableBy("Partner");
    await expect.poll(() => atlas.tableRows().first().locator("td").nth(1).textContent()).toBe("Ukraine");
    expect(await atlas.tableRows().first().getAttribute("aria-rowindex")).toBe("2");
    expect(atlas.watch.consoleErrors).toEqual([]);
    await atlas.close();
  });

  it("says plainly when a link names a dataset only the sender has, and shows the default", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "dataset=own-zzzzzzzzzz&theme=readmission");
    const notice = atlas.notice();
    await expect.poll(() => notice.textContent()).toContain("only in the sender's browser");
    expect(await notice.getByRole("button", { name: "Open data…" }).count()).toBe(1);
    // The default dataset, with the rest of the link applied.
    await atlas.waitForStatus("8 links");
    await atlas.close();
  });

  it("keeps a comparison with an own dataset that a link names, as the link is opened", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.openDataFiles(FRENCH);
    await atlas.waitForStatus("9 links");
    const own = atlas.query().get("dataset") ?? "";
    expect(own).toMatch(/^own-/);
    // A fresh page: the bundled dataset compared with the user's own, which only this browser's store
    // knows. The store's code comes late (as on a slow network), after the bundled dataset is in.
    await atlas.page.route(/ownDatasetStore-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await atlas.visit(`dataset=emn-ahq-2010&compare=${own}`);
    await atlas.mapSettled();
    expect(atlas.query().get("compare")).toBe(own);
    expect(await atlas.page.getByRole("combobox", { name: "Compare with" }).inputValue()).toBe(own);
    // Not read as a value the atlas does not know.
    expect(await atlas.page.locator(".notice[role=alert]").count()).toBe(0);
    await atlas.close();
  });

  it("lists own datasets in the dataset menu and forgets them all on request", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.openDataFiles(FRENCH);
    await atlas.waitForStatus("9 links");
    expect((await atlas.datasets()).options).toEqual(
      expect.arrayContaining([
        "Migration partnerships of EU Member States, as reported in 2010",
        "partenariats-fr-cp1252",
      ]),
    );
    // Title and source line are the user's to set, and go under the map (and on every export).
    await atlas.editTitleAndSourceLine("Labour agreements 2025", "Ministry of the Interior, list of 3 March 2025");
    await expect.poll(() => atlas.title()).toBe("Labour agreements 2025");
    await expect.poll(() => atlas.sourceLine()).toBe("Source: Ministry of the Interior, list of 3 March 2025.");
    expect((await atlas.datasets()).chosen).toBe("Labour agreements 2025");
    await atlas.chooseDataset("Migration partnerships of EU Member States, as reported in 2010");
    await atlas.waitForStatus("68 links");
    await atlas.forgetAllMyData();
    // Only the bundled datasets are left.
    await expect.poll(async () => (await atlas.datasets()).options).toEqual(bundledTitles());
    await atlas.close();
  });
});
