import { describe, expect, it } from "vitest";
import { countryName } from "../../src/i18n/countryNames.ts";
import { makeI18n } from "../../src/i18n/I18nContext.tsx";
import { deckContent } from "../../src/present/deckContent.ts";
import { storyDeck } from "../../src/present/storyDeck.ts";
import { PALETTES } from "../../src/scales/colors.ts";
import { datasetStyle } from "../../src/scales/frameworkColors.ts";
import { SMALL, SMALL_WORLD } from "../fixtures/smallDataset.ts";

// The 2010 story on the small fixture (its manifest names it) and its world of anchors only.
const dataset = SMALL;
const i18n = makeI18n("en", dataset.vocabulary);
const nameOf = (id: string) => dataset.regions.get(id)?.name ?? countryName(id, "en") ?? id;
const ctx = {
  isKnownPlace: (id: string) => dataset.regions.has(id) || /^[A-Z]{3}$/.test(id),
  vocabulary: dataset.vocabulary,
  origins: dataset.origins,
};

describe("deckContent: what a deck file holds", () => {
  const deck = storyDeck({ dataset, datasetParam: null, i18n, nameOf });
  const content = deckContent(deck, {
    dataset,
    world: SMALL_WORLD,
    ctx,
    palette: PALETTES.projector,
    style: datasetStyle(dataset.vocabulary),
    i18n,
    title: "Migration partnerships",
    source: "Source: EMN",
    nameOf,
  });

  it("has the deck's slides in order, with their titles and notes", () => {
    expect(content.slides.map((s) => s.title)).toEqual(deck.slides.map((s) => s.title));
    expect(content.slides.map((s) => s.note)).toEqual(deck.slides.map((s) => s.note));
    expect(content).toMatchObject({
      title: deck.title,
      subtitle: "Migration partnerships",
      source: "Source: EMN",
      language: "en",
    });
  });
  it("draws each slide's own view: the Mobility Partnership slide has only those arcs, with that legend", () => {
    const i = deck.slides.findIndex((s) => s.id === "mobility");
    const slide = content.slides[i];
    // Every slide holds the dataset's lines; a slide's own view is which of them it shows.
    const model = slide?.model;
    const shownFlows = model ? model.flows.lines.features.filter((_, i) => (model.counts[i] ?? 0) > 0) : [];
    expect(shownFlows.length).toBeGreaterThan(0);
    expect(shownFlows.every((f) => f.properties.framework === "eu_mobility_partnership")).toBe(true);
    const section = (id: string) => slide?.legend.find((s) => s.id === id)?.entries.map((e) => e.label);
    expect(section("frameworks")).toEqual(["EU Mobility Partnership"]);
    // Spain–Ghana is of interest only: the dashed line is in the legend.
    expect(section("status")).toContain("planned, negotiating or of interest");
    // The same key as the screen: the answers' fills and the partner shading too.
    expect(section("partners")).toEqual(["1", "2–3", "4–5", "6+"]);
    const shownIds = model ? [...model.flows.flowOf].filter(([, i]) => (model.counts[i] ?? 0) > 0) : [];
    expect(model?.counts.reduce((a, b) => a + b, 0)).toBe(
      dataset.links.filter((l) => l.framework === "eu_mobility_partnership").length,
    );
    expect(shownIds.map(([id]) => id)).toEqual(
      expect.arrayContaining(dataset.links.filter((l) => l.framework === "eu_mobility_partnership").map((l) => l.id)),
    );
    // Its links span Cape Verde (west) and Ghana (south) to Georgia (east) and the Netherlands (north).
    const lonLat = (id: string) => SMALL_WORLD.anchors.get(id) ?? [NaN, NaN];
    expect(slide?.bounds).toEqual([lonLat("CPV")[0], lonLat("GHA")[1], lonLat("GEO")[0], lonLat("NLD")[1]]);
  });
  it("keeps the overview on the home view, with every link drawn", () => {
    expect(content.slides[0]?.bounds).toBeNull();
    expect(content.slides[0]?.model.counts.reduce((a, b) => a + b, 0)).toBe(dataset.links.length);
  });
});
