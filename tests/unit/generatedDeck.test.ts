import { describe, expect, it } from "vitest";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { makeI18n } from "../../src/i18n/I18nContext.tsx";
import { countryName } from "../../src/i18n/countryNames.ts";
import { parseDeck } from "../../src/present/deck.ts";
import { buildGeneratedDeck } from "../../src/present/generatedDeck.ts";
import { storyDeck } from "../../src/present/storyDeck.ts";
import { buildStoryDeck } from "../../src/present/defaultDeck.ts";
import { SMALL } from "../fixtures/smallDataset.ts";

const i18n = makeI18n("en");
const nameOf = (id: string) => countryName(id, "en") ?? id;
const own = validateDataset({
  partnerships:
    "member_state,partner,themes\nFRA,MAR,readmission\nFRA,SEN,readmission;legal_migration\nESP,SEN,legal_migration\nFRA,TUN,\nDEU,GEO,asylum\n",
}).dataset;

describe("a deck for a dataset without a story", () => {
  const deck = buildGeneratedDeck({
    dataset: own,
    datasetParam: "own-a1b2c3d4e5",
    title: "My list",
    t: i18n.t,
    nameOf,
    themeLabel: (id) => i18n.vocab("themes", id),
    list: i18n.list,
  });
  it("opens on the overview, counted from the links", () => {
    expect(deck.slides[0]).toMatchObject({
      title: "5 links between 3 Member States and 4 partners",
      query: "dataset=own-a1b2c3d4e5",
    });
  });
  it("shows the busiest Member States and partners", () => {
    expect(deck.slides[1]).toMatchObject({
      title: "Most links: France (3), Germany (1) and Spain (1)",
      query: "dataset=own-a1b2c3d4e5&ms=FRA,DEU,ESP",
    });
    expect(deck.slides[2]?.title).toBe("Most linked partners: Senegal (2), Georgia (1) and Morocco (1)");
  });
  it("has a slide for each focus area in use, in the vocabulary's order", () => {
    expect(deck.slides.slice(3).map((s) => s.title)).toEqual([
      "Legal and labour migration: 2 links",
      "Readmission: 2 links",
      "Asylum and protection: 1 link",
    ]);
    expect(deck.slides[3]?.query).toBe("dataset=own-a1b2c3d4e5&theme=legal_migration");
  });
  it("is a valid deck", () => {
    expect(parseDeck(deck)).toEqual(deck);
  });
});

describe("storyDeck picks the deck a dataset presents with", () => {
  it("tells the 2010 story for a manifest that names it", () => {
    // The small fixture's manifest says story: "emn-ahq-2010"; the 2010 data's own deck is in tests/invariants/storyDeck2010.test.ts.
    expect(SMALL.manifest.story).toBe("emn-ahq-2010");
    const deck = storyDeck({ dataset: SMALL, datasetParam: null, i18n, nameOf });
    expect(deck.slides).toHaveLength(7);
    expect(deck.slides[0]?.id).toBe("overview");
    expect(deck).toEqual(buildStoryDeck({ dataset: SMALL, t: i18n.t, nameOf, list: i18n.list }));
  });
  it("makes a deck from the data when the manifest names no story", () => {
    expect(own.manifest.story).toBeUndefined();
    expect(storyDeck({ dataset: own, datasetParam: "own-a1b2c3d4e5", i18n, nameOf }).slides[0]?.title).toBe(
      "5 links between 3 Member States and 4 partners",
    );
  });
  it("uses a manifest's own slides", () => {
    const dataset = {
      ...own,
      manifest: {
        ...own.manifest,
        story: { title: { en: "Story", fr: "Récit" }, slides: [{ title: "One", query: "theme=asylum" }] },
      },
    };
    expect(storyDeck({ dataset, datasetParam: null, i18n: makeI18n("fr"), nameOf })).toEqual({
      title: "Récit",
      slides: [{ id: "s1", title: "One", note: "", query: "theme=asylum" }],
    });
  });
});

describe("the partnerships year by year", () => {
  // Moldova and Cape Verde in 2008, Georgia in 2009 (ended May 2010), Nigeria with the EU as a whole in 2015, Morocco undated.
  const { dataset, issues } = validateDataset({
    manifest: JSON.stringify({
      format: 2,
      id: "by-year-test",
      title: "By year",
      citation: "Test",
      as_of: "2016-12-31",
      story: "by-year",
    }),
    partnerships:
      "member_state,partner,start,end\nFRA,MDA,2008-06-05,\nESP,MDA,2008-06-05,\nFRA,CPV,2008-06-05,\nDEU,GEO,2009-11-30,2010-05\neu,NGA,2015-03-12,\nITA,MAR,,\n",
    regions: "id,name,lon,lat,members\neu,European Union,4.35,50.85,\n",
  });
  const deck = storyDeck({ dataset, datasetParam: null, i18n, nameOf });
  it("loads its fixture", () => {
    expect(issues).toEqual([]);
  });
  it("has a slide for each year with a new instrument, opening the dataset at that year", () => {
    expect(deck.title).toBe("By year");
    expect(deck.slides.map((s) => s.query)).toEqual(
      ["2008", "2009", "2015"].map((y) => `dataset=by-year-test&at=${y}`),
    );
  });
  it("names each new partner with how many Member States signed, or the EU as a whole", () => {
    expect(deck.slides.map((s) => s.title)).toEqual([
      "2008: Moldova (2 Member States) and Cape Verde (1 Member State)",
      "2009: Georgia (1 Member State)",
      "2015: Nigeria (the EU as a whole)",
    ]);
  });
  it("counts the partners in place at the end of each year: an ended link drops out, an undated one never counts", () => {
    expect(deck.slides.map((s) => s.note)).toEqual([
      "At the end of 2008: 2 partners.",
      "At the end of 2009: 3 partners.",
      "At the end of 2015: 3 partners.",
    ]);
  });
});
