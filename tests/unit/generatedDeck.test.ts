import { describe, expect, it } from "vitest";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { makeI18n } from "../../src/i18n/I18nContext.tsx";
import { countryName } from "../../src/i18n/countryNames.ts";
import { parseDeck } from "../../src/present/deck.ts";
import { buildGeneratedDeck } from "../../src/present/generatedDeck.ts";
import { storyDeck } from "../../src/present/storyDeck.ts";
import { bundled } from "./bundledDataset.ts";

const i18n = makeI18n("en");
const nameOf = (id: string) => countryName(id, "en") ?? id;
const own = validateDataset({
  partnerships: "member_state,partner,themes\nFRA,MAR,readmission\nFRA,SEN,readmission;legal_migration\nESP,SEN,legal_migration\nFRA,TUN,\nDEU,GEO,asylum\n",
}).dataset;

describe("a deck for a dataset without a story", () => {
  const deck = buildGeneratedDeck({ dataset: own, datasetParam: "own-a1b2c3d4e5", title: "My list", t: i18n.t, nameOf, themeLabel: (id) => i18n.vocab("themes", id), list: i18n.list });
  it("opens on the overview, counted from the links", () => {
    expect(deck.slides[0]).toMatchObject({ title: "5 links between 3 Member States and 4 partners", query: "dataset=own-a1b2c3d4e5" });
  });
  it("shows the busiest Member States and partners", () => {
    expect(deck.slides[1]).toMatchObject({ title: "Most links: France (3), Germany (1) and Spain (1)", query: "dataset=own-a1b2c3d4e5&ms=FRA,DEU,ESP" });
    expect(deck.slides[2]?.title).toBe("Most linked partners: Senegal (2), Georgia (1) and Morocco (1)");
  });
  it("has a slide for each focus area in use, in the vocabulary's order", () => {
    expect(deck.slides.slice(3).map((s) => s.title)).toEqual(["Legal and labour migration: 2 links", "Readmission: 2 links", "Asylum and protection: 1 link"]);
    expect(deck.slides[3]?.query).toBe("dataset=own-a1b2c3d4e5&theme=legal_migration");
  });
  it("is a valid deck", () => {
    expect(parseDeck(deck)).toEqual(deck);
  });
});

describe("storyDeck picks the deck a dataset presents with", () => {
  it("keeps the 2010 story for the 2010 dataset", () => {
    const deck = storyDeck({ dataset: bundled.dataset, datasetParam: null, i18n, nameOf });
    expect(deck.slides).toHaveLength(7);
    expect(deck.slides[0]?.id).toBe("overview");
  });
  it("uses a manifest's own slides", () => {
    const dataset = { ...own, manifest: { ...own.manifest, story: { title: { en: "Story", fr: "Récit" }, slides: [{ title: "One", query: "theme=asylum" }] } } };
    expect(storyDeck({ dataset, datasetParam: null, i18n: makeI18n("fr"), nameOf })).toEqual({ title: "Récit", slides: [{ id: "s1", title: "One", note: "", query: "theme=asylum" }] });
  });
});

describe("the partnerships year by year", () => {
  it("has a slide for each year with a new instrument, named and counted from the data", async () => {
    const { readDatasetFiles } = await import("../../scripts/readDatasetFiles.ts");
    const { join } = await import("node:path");
    const { ROOT } = await import("./bundledDataset.ts");
    const mp = validateDataset(readDatasetFiles(join(ROOT, "data/eu-mobility-partnerships"))).dataset;
    const deck = storyDeck({ dataset: mp, datasetParam: null, i18n, nameOf: (id) => countryName(id, "en") ?? id });
    expect(deck.slides.map((s) => s.query)).toEqual(["2008", "2009", "2011", "2013", "2014", "2015", "2016"].map((y) => `dataset=eu-mobility-partnerships&at=${y}`));
    expect(deck.slides[0]?.title).toBe("2008: Moldova (15 Member States) and Cape Verde (4 Member States)");
    expect(deck.slides[5]?.title).toBe("2015: Nigeria (the EU as a whole) and Ethiopia (the EU as a whole)");
    expect(deck.slides[6]?.note).toBe("At the end of 2016: 12 partners.");
  });
});
