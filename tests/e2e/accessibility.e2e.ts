/** Finding a place by keyboard, where the focus goes after choosing one, and targets big enough to hit. */
import { describe, expect, inject, it } from "vitest";
import { browserForSpec } from "./support/browser.ts";
import { AtlasDriver } from "./support/AtlasDriver.ts";

const baseUrl = inject("baseUrl");
const browser = browserForSpec();

describe("place search as a combobox", () => {
  it("opens on typing, moves with the arrows, says how many match, and Escape closes it without clearing the selection", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "select=FRA");
    await atlas.typeInSearch("ge");
    let s = await atlas.searchState();
    expect(s.expanded).toBe(true);
    expect(s.options.length).toBeGreaterThan(1);
    expect(s.active).toBe(s.options[0]);
    expect(s.status).toMatch(new RegExp(`^${s.options.length} matches\\.`));
    await atlas.pressKey("ArrowDown");
    expect((await atlas.searchState()).active).toBe(s.options[1]);
    await atlas.pressKey("ArrowUp");
    await atlas.pressKey("ArrowUp");
    // Up from the first option wraps to the last.
    expect((await atlas.searchState()).active).toBe(s.options.at(-1));
    await atlas.pressKey("Escape");
    s = await atlas.searchState();
    expect(s).toMatchObject({ expanded: false, options: [], active: null, focused: true });
    // Escape was the list's: France stays selected.
    expect(await atlas.detailsTitle()).toBe("France");
    await atlas.pressKey("ArrowDown");
    expect((await atlas.searchState()).expanded).toBe(true);
    await atlas.pressKey("Tab");
    expect((await atlas.searchState()).expanded).toBe(false);
    await atlas.close();
  });

  it("selects an option clicked with the mouse, and closes the list", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.typeInSearch("mol");
    await atlas.clickSearchOption("Moldova");
    await expect.poll(() => atlas.detailsTitle()).toBe("Moldova");
    expect((await atlas.searchState()).expanded).toBe(false);
    await atlas.close();
  });

  it("says when nothing matches", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.typeInSearch("xyzzy");
    expect(await atlas.searchState()).toMatchObject({ expanded: false, status: "No country matches “xyzzy”." });
    await atlas.close();
  });
});

describe("focus follows the user's choice", () => {
  it("moves to the details heading after a search, a table click and a map click", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.searchAndSelect("Georgia");
    await expect.poll(() => atlas.focused()).toBe("h2 Georgia");
    await atlas.switchTo("Table");
    await atlas.tableRows().first().getByRole("button").first().click();
    const name = await atlas.detailsTitle();
    await expect.poll(() => atlas.focused()).toBe(`h2 ${name}`);
    await atlas.switchTo("Map");
    await atlas.clickOnMap("EGY");
    await expect.poll(() => atlas.focused()).toBe("h2 Egypt");
    await atlas.close();
  });

  it("stays put when the selection comes from the address, or from Back", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "select=GEO");
    await expect.poll(() => atlas.detailsTitle()).toBe("Georgia");
    expect(await atlas.focused()).toBe("body");
    await atlas.searchAndSelect("Moldova");
    await expect.poll(() => atlas.focused()).toBe("h2 Moldova");
    await atlas.page.getByRole("combobox", { name: "Find a country" }).focus();
    await atlas.back();
    await expect.poll(() => atlas.detailsTitle()).toBe("Georgia");
    expect(await atlas.focused()).toMatch(/^input/);
    await atlas.close();
  });
});

describe("target size (WCAG 2.2, 24×24 CSS px)", () => {
  it.each(["", "view=table", "view=matrix", "select=GEO&theme=readmission&gaps=1"])(
    "every control is at least 24×24 (%s)",
    async (query) => {
      const atlas = await AtlasDriver.open(browser(), baseUrl, query);
      if (!query.includes("view=")) await atlas.mapSettled();
      expect(await atlas.smallTargets()).toEqual([]);
      await atlas.close();
    },
  );
});
