/** The matrix, "who has no link on this?" and the written summary, as a user meets them. */
import { describe, expect, inject, it } from "vitest";
import { browserForSpec } from "./support/browser.ts";
import { AtlasDriver } from "./support/AtlasDriver.ts";
import { bundledDataset } from "./support/bundledData.ts";
import { countryName } from "../../src/i18n/countryNames.ts";
import { readPngText } from "../../src/export/pngText.ts";

const baseUrl = inject("baseUrl");
const browser = browserForSpec();
const { links } = bundledDataset();

describe("matrix view", () => {
  it("has the 15 Member States with links as rows and the 36 partners as columns", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "view=matrix");
    await atlas.matrix().waitFor();
    const { rows, columns } = await atlas.matrixHeaders();
    const names = (ids: string[]) => [...new Set(ids)].map((id) => countryName(id, "en") ?? id);
    expect(rows.sort()).toEqual(names(links.map((l) => l.member_state)).sort());
    expect(rows).toHaveLength(15);
    expect(columns).toHaveLength(36);
    expect(atlas.watch.consoleErrors).toEqual([]);
    await atlas.close();
  });

  it("moves from cell to cell with the arrow keys, and Enter opens a pair's links with their quotes", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "view=matrix&ms=FRA");
    await atlas.matrix().waitFor();
    // The matrix is one tab stop; it starts on the first cell.
    await atlas.matrix().locator('[data-pos="0,0"]').focus();
    const cells = await atlas
      .matrix()
      .locator("td")
      .evaluateAll((tds) => tds.map((td) => td.classList.contains("has-links")));
    const firstWithLinks = cells.indexOf(true);
    for (let i = 0; i < firstWithLinks; i++) await atlas.pressKey("ArrowRight");
    expect(await atlas.page.evaluate(() => document.activeElement?.getAttribute("data-pos"))).toBe(
      `0,${firstWithLinks}`,
    );
    await atlas.pressKey("Enter");
    await expect.poll(() => atlas.detailsTitle()).toMatch(/^France and /);
    expect(await atlas.details().locator("blockquote").count()).toBeGreaterThan(0);
    await atlas.close();
  });

  it("orders by number of links from the URL, and downloads the matrix itself", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "view=matrix&sort=links");
    await atlas.matrix().waitFor();
    expect((await atlas.matrixHeaders()).rows[0]).toBe("France");
    const download = atlas.page.waitForEvent("download");
    await atlas.page.getByRole("button", { name: "Download matrix (CSV)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("partnerships-matrix.csv");
    await atlas.close();
  });

  it("downloads a PNG of the matrix that carries the summary as its description", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "view=matrix&theme=readmission");
    await atlas.matrix().waitFor();
    const summary = await atlas.viewSummary();
    const png = await atlas.downloadPng();
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(readPngText(new Uint8Array(png), "Description")).toBe(summary);
    await atlas.close();
  });

  it("has no serious accessibility violations, nor in the gaps view", async () => {
    for (const q of ["view=matrix", "view=matrix&theme=readmission&gaps=1"]) {
      const atlas = await AtlasDriver.open(browser(), baseUrl, q);
      await atlas.matrix().waitFor();
      expect(await atlas.accessibilityViolations(), q).toEqual([]);
      await atlas.close();
    }
  });
});

describe("who has no link on this?", () => {
  it("lists exactly the Member States without a readmission link, with their answers, in the matrix and on the map", async () => {
    const withLink = new Set(links.filter((l) => l.themes.includes("readmission")).map((l) => l.member_state));
    const atlas = await AtlasDriver.open(browser(), baseUrl, "view=matrix&theme=readmission&gaps=1");
    const listed = await atlas.noLinkOn(/^No link on readmission/);
    const expected = [
      "AUT",
      "BEL",
      "BGR",
      "CYP",
      "CZE",
      "DEU",
      "DNK",
      "ESP",
      "EST",
      "FIN",
      "FRA",
      "GBR",
      "GRC",
      "HUN",
      "IRL",
      "ITA",
      "LTU",
      "LUX",
      "LVA",
      "MLT",
      "NLD",
      "POL",
      "PRT",
      "ROU",
      "SVK",
      "SVN",
      "SWE",
    ]
      .filter((c) => !withLink.has(c))
      .map((c) => countryName(c, "en"));
    expect(listed.sort()).toEqual(expected.sort());
    expect(await atlas.page.getByRole("region", { name: /^No link on readmission/ }).textContent()).toContain(
      "Did not answer",
    );
    expect(await atlas.matrix().locator("tr.is-gap").count()).toBe(expected.length);
    await atlas.switchTo("Map");
    const outlined = await atlas.outlinedAsGaps();
    expect(outlined.map((c) => countryName(c, "en")).sort()).toEqual(expected.sort());
    await atlas.close();
  });

  it("is switched on beside the focus areas, and off again", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "theme=trafficking");
    await atlas.page.getByRole("switch", { name: "Who has no link on this?" }).check();
    await atlas.noLinkOn(/^No link on trafficking/);
    expect(atlas.query().get("gaps")).toBe("1");
    await atlas.page.getByRole("switch", { name: "Who has no link on this?" }).uncheck();
    expect(await atlas.page.getByRole("region", { name: /^No link on/ }).count()).toBe(0);
    await atlas.close();
  });
});

describe("summary of this view", () => {
  for (const [lang, query] of [
    ["en", "theme=readmission"],
    ["fr", "framework=bilateral&ms=FRA,ESP"],
    ["de", "status=planned,under_negotiation"],
  ] as const) {
    it(`says the status line's numbers in ${lang}`, async () => {
      const atlas = await AtlasDriver.open(browser(), baseUrl, `${query}&lang=${lang}`);
      const status = await atlas.statusLine();
      const summary = await atlas.viewSummary();
      const parts = status.replace(/ (shown|affichés?|angezeigt)$/, "").split(" · ");
      for (const part of parts) expect(summary).toContain(part);
      await atlas.close();
    });
  }
});
