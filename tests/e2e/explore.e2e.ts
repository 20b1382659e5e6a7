import { describe, expect, inject, it } from "vitest";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { readPngText } from "../../src/export/pngText.ts";
import { browserForSpec } from "./support/browser.ts";
import { AtlasDriver, flowKeysOf, isBlue } from "./support/AtlasDriver.ts";
import { bundledDataset } from "./support/bundledData.ts";

const baseUrl = inject("baseUrl");
const { files, links } = bundledDataset();
const browser = browserForSpec();

describe("filtering by focus area", () => {
  it("says the map is busy from the click until it has drawn the filter, never ready in between", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.mapSettled();
    // Busy while the filter is worked out, then drawing until drawn: the browser tests wait on both.
    const states = await atlas.toggleFocusAreaWatchingMap("Readmission");
    expect(states.at(-1)).toBe("ready");
    expect(states.indexOf("ready")).toBe(states.length - 1);
    expect(states[0]).toBe("busy");
    expect(states).toContain("drawing");
    await atlas.close();
  });

  it("shows the count beside each theme, and the arcs and status line follow the filter", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    const trafficking = links.filter((l) => l.themes.includes("trafficking"));
    expect(await atlas.countBeside("Trafficking in human beings")).toBe(trafficking.length);
    await atlas.toggleFocusArea("Trafficking in human beings");
    const ms = new Set(trafficking.map((l) => l.member_state)).size;
    const partners = new Set(trafficking.map((l) => l.partner)).size;
    await expect
      .poll(() => atlas.statusLine())
      .toBe(`${trafficking.length} links · ${ms} Member States · ${partners} partners shown`);
    expect(await atlas.drawnFlows()).toEqual(flowKeysOf(trafficking));
    expect(await atlas.drawnLinkCount()).toBe(trafficking.length);
    expect(atlas.query().get("theme")).toBe("trafficking");
    // What a print of this view lists: a row per filtered link.
    await expect.poll(() => atlas.printSheetRows()).toBe(trafficking.length);
    await atlas.clearAllFilters();
    await expect.poll(() => atlas.statusLine()).toBe("68 links · 15 Member States · 36 partners");
    await atlas.close();
  });
});

describe("the flows on screen", () => {
  it("are painted where their line runs, and gone from there when a filter hides them", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    // France–Mauritius crosses Africa alone; its links have no trafficking theme.
    expect(links.some((l) => l.member_state === "FRA" && l.partner === "MUS" && l.themes.includes("trafficking"))).toBe(
      false,
    );
    const before = await atlas.coloursAlongFlow("FRA", "MUS");
    expect(before.length).toBeGreaterThan(4);
    expect(before.filter(isBlue).length).toBeGreaterThan(before.length / 2);
    await atlas.toggleFocusArea("Trafficking in human beings");
    const after = await atlas.coloursAlongFlow("FRA", "MUS");
    expect(after.length).toBe(before.length);
    expect(after.filter(isBlue)).toEqual([]);
    await atlas.close();
  });

  it("follow the camera: after a zoom, a jump and a resize, the flow is drawn where its line now runs", async () => {
    // The map keeps its last drawing of the flows for frames that change neither them nor the camera.
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.zoomIn();
    const zoomed = await atlas.coloursAlongFlow("FRA", "MUS");
    expect(zoomed.length).toBeGreaterThan(4);
    expect(zoomed.filter(isBlue).length).toBeGreaterThan(zoomed.length / 2);
    // France–Mauritius runs down Africa's east: moved there at once, as the deck export moves its map.
    await atlas.jumpCamera(35, -5, 3);
    const jumped = await atlas.coloursAlongFlow("FRA", "MUS");
    expect(jumped.length).toBeGreaterThan(4);
    expect(jumped.filter(isBlue).length).toBeGreaterThan(jumped.length / 2);
    await atlas.resizeWindow(1440, 900);
    const resized = await atlas.coloursAlongFlow("FRA", "MUS");
    expect(resized.length).toBeGreaterThan(4);
    expect(resized.filter(isBlue).length).toBeGreaterThan(resized.length / 2);
    await atlas.close();
  });

  it("are missing with a notice that says so, and offers the table, where the graphics cannot draw them", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "", { flowShadersFail: true });
    await expect.poll(() => atlas.flowsFailedNotice()).toContain("The table lists every link");
    // The countries are still drawn; the line is not (where it is drawn, most of its pixels are blue,
    // as the test above checks; a country's fill on its way may be too).
    const colours = await atlas.coloursAlongFlow("FRA", "MUS");
    expect(colours.length).toBeGreaterThan(4);
    expect(colours.filter(isBlue).length).toBeLessThan(colours.length / 4);
    await atlas.showTableFromNotice();
    await expect.poll(() => atlas.tableRows().count()).toBe(links.length);
    expect(await atlas.flowsFailedNotice()).toBeNull();
    await atlas.close();
  });
});

describe("a lost WebGL context", () => {
  it("draws the filtered flows again once the context is back", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    const trafficking = links.filter((l) => l.themes.includes("trafficking"));
    await atlas.toggleFocusArea("Trafficking in human beings");
    await expect.poll(() => atlas.drawnLinkCount()).toBe(trafficking.length);
    await atlas.loseWebGl();
    await atlas.restoreWebGl();
    await expect.poll(() => atlas.drawnFlows()).toEqual(flowKeysOf(trafficking));
    expect(await atlas.drawnLinkCount()).toBe(trafficking.length);
    // Drawn, not only known: France–Mauritius (no trafficking) stays off, and shows once the filter goes.
    const hidden = await atlas.coloursAlongFlow("FRA", "MUS");
    expect(hidden.length).toBeGreaterThan(4);
    expect(hidden.filter(isBlue)).toEqual([]);
    await atlas.clearAllFilters();
    const along = await atlas.coloursAlongFlow("FRA", "MUS");
    expect(along.filter(isBlue).length).toBeGreaterThan(along.length / 2);
    await atlas.close();
  });

  it("takes a filter chosen while the context is lost, and draws it once the context is back", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    const trafficking = links.filter((l) => l.themes.includes("trafficking"));
    await atlas.loseWebGl();
    await atlas.toggleFocusArea("Trafficking in human beings");
    await expect.poll(() => atlas.query().get("theme")).toBe("trafficking");
    await atlas.restoreWebGl();
    await expect.poll(() => atlas.drawnFlows()).toEqual(flowKeysOf(trafficking));
    expect(await atlas.drawnLinkCount()).toBe(trafficking.length);
    expect(await atlas.statusLine()).toContain(`${trafficking.length} links`);
    await atlas.close();
  });
});

describe("selection with provenance", () => {
  it("finds Georgia by name and shows Poland's quote with its source; Escape clears it", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.searchAndSelect("Georgia");
    await expect.poll(() => atlas.detailsTitle()).toBe("Georgia");
    expect(atlas.query().get("select")).toBe("GEO");
    const poland = atlas.linkCard("Poland");
    expect(await poland.locator("blockquote").textContent()).toContain(
      "Joint Declaration on a Mobility Partnership between the European Union and the Republic of Georgia signed on 30 November 2009",
    );
    expect(await poland.textContent()).toContain("answer of Poland");
    expect(await atlas.details().locator("article").count()).toBe(links.filter((l) => l.partner === "GEO").length);
    await atlas.pressKey("Escape");
    await expect.poll(() => atlas.detailsTitle()).toBeNull();
    expect(atlas.query().get("select")).toBeNull();
    await atlas.close();
  });

  it("shows a short tooltip when the pointer rests on a country", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    const tip = await atlas.hoverOnMap("EGY", 12);
    expect(tip).toContain("Egypt");
    expect(tip).toContain("1 link shown");
    await atlas.close();
  });

  it("selects a country clicked on the map", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.clickOnMap("FRA");
    await expect.poll(() => atlas.detailsTitle()).toBe("France");
    expect(await atlas.details().textContent()).toContain("12 links");
    await atlas.close();
  });

  it.each([
    ["FIN", "Finland", "Reported no partnership"],
    ["AUT", "Austria", "Asked not to disseminate its answer"],
    ["MLT", "Malta", "Did not answer"],
  ])("shows what %s answered even without links", async (code, name, response) => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, `select=${code}`);
    await expect.poll(() => atlas.detailsTitle()).toBe(name);
    expect(await atlas.details().textContent()).toContain(response);
    await atlas.close();
  });
});

describe("shareable state", () => {
  it("opens a pasted link on the same view, and Back and Forward step through changes", async () => {
    const shared = await AtlasDriver.open(browser(), baseUrl, "theme=trafficking&select=GEO&view=table");
    const trafficking = links.filter((l) => l.themes.includes("trafficking"));
    expect(await shared.tableRows().count()).toBe(trafficking.length);
    expect(await shared.detailsTitle()).toBe("Georgia");
    await shared.close();

    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.toggleFocusArea("Readmission");
    await atlas.searchAndSelect("Moldova");
    await expect.poll(() => atlas.query().get("select")).toBe("MDA");
    await atlas.back();
    await expect.poll(() => atlas.detailsTitle()).toBeNull();
    expect(atlas.query().get("theme")).toBe("readmission");
    await atlas.back();
    await expect.poll(() => atlas.statusLine()).toBe("68 links · 15 Member States · 36 partners");
    await atlas.forward();
    await expect.poll(() => atlas.query().get("theme")).toBe("readmission");
    await atlas.close();
  });

  it("drops values it does not know with a notice the user can dismiss", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "theme=nonsense,trafficking&ms=XXX&view=globe");
    const notice = atlas.notice();
    expect(await notice.textContent()).toContain("theme=nonsense");
    expect(await notice.textContent()).toContain("ms=XXX");
    expect(await notice.textContent()).toContain("view=globe");
    expect(atlas.query().get("theme")).toBe("trafficking");
    await notice.getByRole("button", { name: "Dismiss notice" }).click();
    expect(await atlas.notice().count()).toBe(0);
    expect(atlas.watch.consoleErrors).toEqual([]);
    await atlas.close();
  });
});

describe("table and export", () => {
  it("sorts the table by a column", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "view=table");
    expect(await atlas.tableRows().count()).toBe(links.length);
    await atlas.sortTableBy("Partner");
    expect(await atlas.tableRows().first().locator("td").nth(1).textContent()).toBe("Afghanistan");
    await atlas.sortTableBy("Partner");
    expect(await atlas.tableRows().first().locator("td").nth(1).textContent()).toBe("Ukraine");
    expect(await atlas.sortedColumn()).toEqual({ name: "Partner", sort: "descending" });
    expect([atlas.query().get("tsort"), atlas.query().get("tdir")]).toEqual(["partner", "desc"]);
    // The order is part of the link: opened again, the table reads the same.
    await atlas.reload();
    expect(await atlas.tableRows().first().locator("td").nth(1).textContent()).toBe("Ukraine");
    expect(await atlas.sortedColumn()).toEqual({ name: "Partner", sort: "descending" });
    await atlas.close();
  });

  it("sorts country names as the UI language does (French: Égypte among the E)", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "view=table&lang=fr&tsort=partner");
    const partners = await atlas.tableRows().locator("td:nth-child(2)").allTextContents();
    expect(partners).toEqual([...partners].sort(new Intl.Collator("fr").compare));
    expect(partners.indexOf("Égypte")).toBeLessThan(partners.indexOf("Géorgie"));
    await atlas.close();
  });

  it("downloads the filtered rows in the format of data/partnerships.csv, and they validate", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "theme=readmission");
    const { fileName, text } = await atlas.downloadCsv();
    expect(fileName).toMatch(/\.csv$/);
    expect(text.split("\n")[0]).toBe(String(files.partnerships).split("\n")[0]);
    const { dataset, issues } = validateDataset({ ...files, partnerships: text });
    expect(issues).toEqual([]);
    expect(dataset.links.map((l) => l.id).sort()).toEqual(
      links
        .filter((l) => l.themes.includes("readmission"))
        .map((l) => l.id)
        .sort(),
    );
    await atlas.close();
  });
});

describe("PNG legend", () => {
  it("draws the screen's legend into the PNG, partner key included, and carries it in words", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "theme=readmission&gaps=1");
    await atlas.mapSettled();
    const onScreen = await atlas.legendSections();
    expect(onScreen).toContain("Partners: Member States linked");
    expect(onScreen).toContain("Who has no link on this?");
    const legend = readPngText(new Uint8Array(await atlas.downloadPng()), "Legend") ?? "";
    // The PNG's legend has the same sections, in the same order, as the one on screen.
    expect(legend.split("\n\n").map((paragraph) => paragraph.split("\n")[0])).toEqual(onScreen);
    expect(legend).toContain("Partners: Member States linked\n1; 2–3; 4–5; 6+");
    expect(legend).toContain("Did not answer");
    await atlas.close();
  });
});

describe("usable by everyone", () => {
  it("reaches the controls by keyboard with a visible focus", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    // Top bar, then the Data panel (dataset, comparison, open, template), then the search.
    const visited = await atlas.tabThrough(24);
    expect(visited).toContain("Map");
    expect(visited).toContain("Download CSV");
    expect(visited).toContain("Find a country");
    const outline = await atlas.page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe("none");
    await atlas.close();
  });

  it.each(["", "view=table", "select=GEO"])("has no serious accessibility violations (%s)", async (query) => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, query);
    if (!query.includes("table")) await atlas.mapSettled();
    expect(await atlas.accessibilityViolations()).toEqual([]);
    await atlas.close();
  });

  it("keeps the map usable on a phone, with filters and details folded away", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "select=GEO", { viewport: { width: 390, height: 844 } });
    await atlas.mapSettled();
    expect(await atlas.page.getByRole("combobox", { name: "Find a country" }).isVisible()).toBe(false);
    const map = await atlas.page.getByTestId("map").boundingBox();
    expect(map?.height ?? 0).toBeGreaterThan(300);
    expect(await atlas.detailsTitle()).toBe("Georgia");
    await atlas.page.getByRole("button", { name: "Filters" }).click();
    expect(await atlas.page.getByRole("combobox", { name: "Find a country" }).isVisible()).toBe(true);
    await atlas.close();
  });
});
