import { describe, expect, inject, it } from "vitest";
import { browserForSpec } from "./support/browser.ts";
import { AtlasDriver, flowKeysOf } from "./support/AtlasDriver.ts";
import { bundledDataset } from "./support/bundledData.ts";
import { pngSize } from "./support/png.ts";

const baseUrl = inject("baseUrl");
const { links } = bundledDataset();
/** The flows drawn for the links `pred` keeps (AtlasDriver.drawnFlows). */
const flowsWhere = (pred: (l: (typeof links)[number]) => boolean) => flowKeysOf(links.filter(pred));
const browser = browserForSpec();

describe("meeting mode", () => {
  it("steps through the story with arrows, PageDown/PageUp, Space, Home and End, and Escape leaves", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.enterMeetingMode();
    expect(atlas.query().get("present")).toBe("1");
    expect(await atlas.slideCounter()).toBe("Slide 1 of 7");
    expect(await atlas.drawnLinkCount()).toBe(links.length);

    await atlas.pressKey("ArrowRight");
    await expect.poll(() => atlas.slideCounter()).toBe("Slide 2 of 7");
    expect(atlas.query().get("framework")).toBe("eu_mobility_partnership");
    expect(await atlas.drawnFlows()).toEqual(flowsWhere((l) => l.framework === "eu_mobility_partnership"));
    expect(await atlas.slideTitle()).toContain("Moldova");

    await atlas.pressKey("PageDown");
    await expect.poll(() => atlas.slideCounter()).toBe("Slide 3 of 7");
    expect(atlas.query().get("ms")).toBe("FRA");
    expect(await atlas.drawnFlows()).toEqual(
      flowsWhere((l) => l.member_state === "FRA" && l.framework === "bilateral"),
    );
    expect(await atlas.slideTitle()).toContain("11");

    await atlas.pressKey("ArrowLeft");
    await expect.poll(() => atlas.slideCounter()).toBe("Slide 2 of 7");
    await atlas.pressKey("PageUp");
    await expect.poll(() => atlas.slideCounter()).toBe("Slide 1 of 7");
    await atlas.pressKey("End");
    await expect.poll(() => atlas.slideCounter()).toBe("Slide 7 of 7");
    await atlas.pressKey("Home");
    await expect.poll(() => atlas.slideCounter()).toBe("Slide 1 of 7");
    await atlas.pressKey("Space");
    await expect.poll(() => atlas.slideCounter()).toBe("Slide 2 of 7");

    await atlas.pressKey("Escape");
    await expect.poll(() => atlas.query().get("present")).toBeNull();
    expect(await atlas.page.getByTestId("slide-counter").count()).toBe(0);
    expect(atlas.watch.consoleErrors).toEqual([]);
    expect(atlas.watch.foreignRequests).toEqual([]);
    await atlas.close();
  });

  it("opens a slide named in a link on that slide's view", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "present=1&slide=5");
    await expect.poll(() => atlas.query().get("ms")).toBe("ITA");
    expect(await atlas.drawnFlows()).toEqual(flowsWhere((l) => l.member_state === "ITA"));
    await atlas.close();
  });
});

describe("your own deck", () => {
  it("adds the current view as a slide, keeps it across a reload, and shares it as a link", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "theme=trafficking");
    await atlas.addViewAsSlide();
    await atlas.visit("select=GEO");
    await atlas.addViewAsSlide();
    expect(await atlas.slideTitlesInMyDeck()).toEqual(["View 1", "View 2"]);
    await atlas.myDeck().locator("li").first().locator("input").first().fill("Who fights trafficking");
    await atlas.page.reload();
    await atlas.openMyDeck();
    expect(await atlas.slideTitlesInMyDeck()).toEqual(["Who fights trafficking", "View 2"]);
    await atlas.page.getByRole("button", { name: "Move down: Who fights trafficking" }).click();
    expect(await atlas.slideTitlesInMyDeck()).toEqual(["View 2", "Who fights trafficking"]);

    await atlas.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseUrl).origin });
    await atlas.page.getByRole("button", { name: "Copy share link" }).click();
    await expect.poll(() => atlas.page.getByRole("button", { name: "Link copied" }).count()).toBe(1);
    const shared = await atlas.page.evaluate(() => navigator.clipboard.readText());
    await atlas.close();

    // The deck travels in the fragment, out of the query that servers log.
    expect(new URL(shared).searchParams.get("deck")).toBeNull();
    expect(new URL(shared).hash).toMatch(/^#deck=[A-Za-z0-9+$-]+$/);
    const elsewhere = await AtlasDriver.open(browser(), baseUrl);
    await elsewhere.openLink(new URL(shared).search + new URL(shared).hash);
    await expect.poll(() => elsewhere.slideCounter()).toBe("Slide 1 of 2");
    expect(await elsewhere.sharedDeckLabel()).toContain("Shared deck — not saved");
    expect(await elsewhere.slideTitle()).toBe("View 2");
    await elsewhere.pressKey("ArrowRight");
    await expect.poll(() => elsewhere.slideTitle()).toBe("Who fights trafficking");
    expect(elsewhere.query().get("theme")).toBe("trafficking");
    expect(await elsewhere.drawnFlows()).toEqual(flowsWhere((l) => l.themes.includes("trafficking")));
    expect(elsewhere.watch.foreignRequests).toEqual([]);
    expect(elsewhere.watch.consoleErrors).toEqual([]);
    await elsewhere.close();
  });
  it("gives slides added right after a filter the note of the filtered view, one per click", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.openMyDeck();
    const before = await atlas.statusLine();
    await atlas.toggleFocusAreaAndAddSlideAtOnce("Trafficking", 2);
    // Two clicks, two slides, each with the note of the filtered view.
    await expect.poll(() => atlas.myDeck().locator(".note-input").count()).toBe(2);
    const notes = await atlas
      .myDeck()
      .locator(".note-input")
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(notes[0]).not.toBe(before);
    expect(notes[1]).toBe(notes[0]);
    // The status line of the filtered view: its counts, then "shown".
    expect(await atlas.statusLine()).toBe(`${notes[0]} shown`);
    expect(await atlas.slideTitlesInMyDeck()).toEqual(["View 1", "View 2"]);
    await atlas.close();
  });
});

describe("exports", () => {
  it("downloads a PNG at twice the viewport's size with the map drawn into it", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "theme=trafficking");
    await atlas.mapSettled();
    const png = await atlas.downloadPng();
    expect(pngSize(png)).toEqual({ width: 2560, height: 1440 });
    // Decode in the page and count colours where the map is: a blank map would have one or two.
    const colours = await atlas.page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext("2d");
      if (!g) return 0;
      g.drawImage(img, 0, 0);
      const data = g.getImageData(200, 300, 1400, 900).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97)
        seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      return seen.size;
    }, png.toString("base64"));
    expect(colours).toBeGreaterThan(20);
    expect(atlas.watch.foreignRequests).toEqual([]);
    await atlas.close();
  });
});

describe("French and German", () => {
  it.each([
    ["fr", "Langue", "Carte", "Géorgie"],
    ["de", "Sprache", "Karte", "Georgien"],
  ])("switches the whole UI and the country names to %s", async (lang, languageLabel, mapLabel, georgia) => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "select=GEO");
    await atlas.chooseLanguage("Language", lang);
    await expect.poll(() => atlas.query().get("lang")).toBe(lang);
    // The language's catalogue is a chunk: the UI switches once it has loaded, all at once.
    await expect.poll(() => atlas.page.getByRole("combobox", { name: languageLabel }).count()).toBe(1);
    expect(await atlas.page.getByRole("button", { name: mapLabel, exact: true }).count()).toBe(1);
    expect(await atlas.detailsTitle()).toBe(georgia);
    expect(await atlas.drawnLabels()).toContain(georgia);
    const text = await atlas.uiTextOutsideData();
    for (const english of [
      "Focus areas",
      "Download CSV",
      "Clear all filters",
      "Find a country",
      "Legend",
      "Meeting mode",
      "Third country",
      "Links by framework",
      "Did not answer",
    ]) {
      expect(text, english).not.toMatch(new RegExp(`\\b${english}\\b`));
    }
    expect(await atlas.page.locator("blockquote[lang=en]").count()).toBeGreaterThan(0);
    expect(atlas.watch.foreignRequests).toEqual([]);
    await atlas.close();
  });

  it("finds a country by its name in the UI language or in English", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "lang=de");
    const box = atlas.page.getByRole("combobox", { name: "Land suchen" });
    await box.fill("Kap");
    await box.press("Enter");
    await expect.poll(() => atlas.detailsTitle()).toBe("Kap Verde");
    await box.fill("Cape Verde");
    await box.press("Enter");
    await expect.poll(() => atlas.query().get("select")).toBe("CPV");
    await atlas.close();
  });
  it("finds a country by its formal name too, and names it as people do", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.searchAndSelect("Russian Federation");
    await expect.poll(() => atlas.query().get("select")).toBe("RUS");
    await expect.poll(() => atlas.detailsTitle()).toBe("Russia");
    await atlas.chooseLanguage("Language", "de");
    await expect.poll(() => atlas.detailsTitle()).toBe("Russland");
    const box = atlas.page.getByRole("combobox", { name: "Land suchen" });
    await box.fill("Vereinigte Staaten von Amerika");
    await box.press("Enter");
    await expect.poll(() => atlas.query().get("select")).toBe("USA");
    await atlas.close();
  });
});

describe("appearance", () => {
  it.each(["dark", "projector"])("passes axe-core's colour-contrast check in the %s palette", async (which) => {
    const atlas = await AtlasDriver.open(
      browser(),
      baseUrl,
      which === "projector" ? "present=1&slide=2" : "select=GEO",
    );
    if (which === "dark") await atlas.page.getByRole("combobox", { name: "Appearance" }).selectOption("dark");
    await atlas.mapSettled();
    expect(await atlas.accessibilityViolations()).toEqual([]);
    await atlas.close();
  });
});
