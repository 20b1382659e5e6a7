import { describe, expect, inject, it } from "vitest";
import { encodeDeck, type Deck } from "../../src/present/deck.ts";
import { encodeDeckLink } from "../../src/present/deckLink.ts";
import { browserForSpec } from "./support/browser.ts";
import { AtlasDriver } from "./support/AtlasDriver.ts";
import { at } from "../support/at.ts";

const baseUrl = inject("baseUrl");
const browser = browserForSpec();
const deck: Deck = {
  title: "Briefing",
  slides: [
    { id: "s1", title: "Who works on trafficking", note: "As of 2010", query: "theme=trafficking" },
    { id: "s2", title: "Géorgie – partners", note: "", query: "select=GEO" },
  ],
};

describe("decks in links", () => {
  it.each([
    ["an old ?deck= link", `?present=1&slide=1&deck=${encodeDeck(deck)}`],
    ["a #deck= link", `?present=1&slide=1#deck=${encodeDeckLink(deck)}`],
  ])("opens %s on its slides in meeting mode, labelled as a shared deck", async (_kind, link) => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.openLink(link);
    await expect.poll(() => atlas.slideCounter()).toBe(`Slide 1 of ${deck.slides.length}`);
    expect(await atlas.slideTitle()).toBe(at(deck.slides, 0).title);
    expect(await atlas.sharedDeckLabel()).toContain("Shared deck — not saved");
    expect(await atlas.sharedDeckLabel()).toContain(`${deck.slides.length} slides`);
    // The deck lives in the fragment from now on, and never in the query a server would log.
    await expect.poll(() => atlas.fragment()).toBe(`deck=${encodeDeckLink(deck)}`);
    expect(atlas.query().get("deck")).toBeNull();
    await atlas.pressKey("ArrowRight");
    await expect.poll(() => atlas.slideTitle()).toBe(at(deck.slides, 1).title);
    expect(atlas.query().get("select")).toBe("GEO");
    expect(atlas.fragment()).toBe(`deck=${encodeDeckLink(deck)}`);
    expect(atlas.watch.consoleErrors).toEqual([]);
    await atlas.close();
  });

  it("saves a shared deck to My deck, after which it is no longer labelled as shared", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.openLink(`?present=1&slide=1#deck=${encodeDeckLink(deck)}`);
    await expect.poll(() => atlas.sharedDeckLabel()).toContain("Shared deck");
    await atlas.page.getByRole("button", { name: "Save to My deck" }).click();
    await expect.poll(() => atlas.sharedDeckLabel()).toBe("");
    await atlas.pressKey("Escape");
    await expect.poll(() => atlas.query().get("present")).toBeNull();
    await atlas.openMyDeck();
    expect(await atlas.slideTitlesInMyDeck()).toEqual(deck.slides.map((s) => s.title));
    await atlas.close();
  });

  it("keeps a shared deck beside My deck after meeting mode, until it is dismissed", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.openLink(`?present=1&slide=1#deck=${encodeDeckLink(deck)}`);
    await expect.poll(() => atlas.slideCounter()).toBe(`Slide 1 of ${deck.slides.length}`);
    await atlas.pressKey("Escape");
    await expect.poll(() => atlas.sharedDeckLabel()).toContain("Shared deck — not saved");
    await atlas.openMyDeck();
    expect(await atlas.slideTitlesInMyDeck()).toEqual([]);
    await atlas.page.getByRole("button", { name: "Dismiss", exact: true }).click();
    await expect.poll(() => atlas.sharedDeckLabel()).toBe("");
    await atlas.close();
  });

  it("strips formatting characters from a link's titles and says what it left out of a damaged link", async () => {
    const hostile: Deck = {
      title: "x",
      slides: [{ id: "s1", title: "\u202eOfficial\u202c position", note: "", query: "" }],
    };
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.openLink(`?present=1&slide=1&deck=${Buffer.from(JSON.stringify(hostile)).toString("base64url")}`);
    await expect.poll(() => atlas.slideTitle()).toBe("Official position");
    await atlas.openLink("?present=1&slide=1#deck=AAAAdamaged");
    await expect.poll(() => atlas.page.getByRole("alert").filter({ hasText: "could not be opened" }).count()).toBe(1);
    await atlas.close();
  });
});
