import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/dataset.ts";
import { filterLinks } from "../../src/data/filterLinks.ts";
import { EMPTY_FILTERS, type Filters } from "../../src/data/filters.ts";
import { isKnownPlace, placeName } from "../../src/data/places.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { catalogue } from "../../src/i18n/catalogues.ts";
import type { Locale } from "../../src/i18n/countryNames.ts";
import { en } from "../../src/i18n/messages/en.ts";
import { createTranslator, formatList } from "../../src/i18n/translate.ts";
import { parseDeck, type Deck } from "../../src/present/deck.ts";
import { buildStoryDeck } from "../../src/present/defaultDeck.ts";
import { DEFAULT_STATE, parseUrlState, type ParseContext } from "../../src/state/urlState.ts";
import { SMALL, SMALL_LINK_ROWS, smallFiles } from "../fixtures/smallDataset.ts";
import { at } from "../support/at.ts";

// The rules that build the 2010 story, on the small fixture (tests/fixtures/smallDataset.ts).
// The story of the bundled 2010 data is checked in tests/invariants/storyDeck2010.test.ts.

function deckIn(locale: Locale, dataset: Dataset = SMALL): Deck {
  const messages = locale === "en" ? en : catalogue(locale).messages;
  return buildStoryDeck({
    dataset,
    t: createTranslator(locale, messages),
    nameOf: (id) => placeName(id, dataset, locale),
    list: (items) => formatList(items, locale),
  });
}

const ctx: ParseContext = { isKnownPlace: (id) => isKnownPlace(id, SMALL) };
const deck = deckIn("en");
const slideOf = (d: Deck, id: string) => {
  const s = d.slides.find((x) => x.id === id);
  if (!s) throw new Error(`no slide ${id}`);
  return s;
};
const slide = (id: string) => slideOf(deck, id);
const filtersOf = (id: string): Filters => {
  const { state, dropped } = parseUrlState(slide(id).query, ctx);
  expect(dropped).toEqual([]);
  expect({ ...state, filters: DEFAULT_STATE.filters }).toEqual(DEFAULT_STATE);
  return state.filters;
};
const shown = (id: string) => filterLinks(SMALL.links, filtersOf(id));
/** The fixture with one more link, as a row of partnerships.csv. */
const withLink = (row: Record<string, string>) => validateDataset(smallFiles([...SMALL_LINK_ROWS, row])).dataset;
const extra = { ...at(SMALL_LINK_ROWS, 0), id: "fra-tun-concerted-management", partner: "TUN", status: "signed" };

describe("buildStoryDeck (English, small fixture)", () => {
  it("has the story title and seven slides in order", () => {
    expect(deck.title).toBe("Migration partnerships in 2010");
    expect(deck.slides.map((s) => s.id)).toEqual([
      "overview",
      "mobility",
      "france",
      "spain",
      "italy",
      "portugal",
      "silent",
    ]);
  });

  it("is a valid deck by the deck parser's own rules", () => {
    expect(parseDeck(JSON.parse(JSON.stringify(deck)))).toEqual(deck);
  });

  it("overview: no filters, and counts of the whole data", () => {
    expect(slide("overview").query).toBe("");
    expect(filtersOf("overview")).toEqual(EMPTY_FILTERS);
    // 20 rows; FRA ESP PRT ITA POL NLD DEU LUX; BEN CPV SEN MLI MDA GHA AGO MAR TUN EGY GEO and the Black Sea platform.
    expect(slide("overview").title).toBe("20 partnership links join 8 Member States to 12 partners");
    expect(withLink(extra).links).toHaveLength(21);
    expect(deckIn("en", withLink(extra)).slides[0]?.title).toBe(
      "21 partnership links join 8 Member States to 12 partners",
    );
  });

  it("mobility: partnerships in place that two answers confirm, oldest first; the single one in the note; tentative ones left out", () => {
    expect(filtersOf("mobility")).toEqual({ ...EMPTY_FILTERS, frameworks: ["eu_mobility_partnership"] });
    expect(shown("mobility").map((l) => l.partner)).toEqual(["CPV", "MDA", "GHA", "MDA", "GEO", "GEO", "GEO"]);
    // Moldova (2 Member States, 2008) before Georgia (3, 2009): by date, neither by count nor by name.
    expect(slide("mobility").title).toBe("The EU Mobility Partnerships: Moldova and Georgia");
    // Ghana is only of interest (Spain): not in the title, nor among those reported once.
    expect(slide("mobility").title).not.toContain("Ghana");
    // FRA ESP PRT POL NLD DEU take part (Spain's Ghana link counts here); Georgia has 3; Cape Verde France alone.
    expect(slide("mobility").note).toBe(
      "6 Member States take part; most links go to Georgia. Reported by one Member State only: Cape Verde.",
    );
  });

  it("mobility: a second answer moves a partnership from the note to the title", () => {
    const d = deckIn(
      "en",
      withLink({ ...at(SMALL_LINK_ROWS, 2), id: "lux-cpv-mobility-partnership", member_state: "LUX" }),
    );
    // Cape Verde starts on Moldova's day (2008-06-05): a tie keeps file order, where Cape Verde comes first.
    expect(slideOf(d, "mobility").title).toBe("The EU Mobility Partnerships: Cape Verde, Moldova and Georgia");
    expect(slideOf(d, "mobility").note).toBe(
      "7 Member States take part; most links go to Georgia. Reported by one Member State only: –.",
    );
  });

  it("france: its bilateral agreements, ratified and signed counted", () => {
    expect(filtersOf("france")).toEqual({ ...EMPTY_FILTERS, memberStates: ["FRA"], frameworks: ["bilateral"] });
    // Benin and Cape Verde ratified, Senegal signed; the Mobility Partnership with Cape Verde is not bilateral.
    expect(shown("france").map((l) => [l.partner, l.status])).toEqual([
      ["BEN", "ratified"],
      ["CPV", "ratified"],
      ["SEN", "signed"],
    ]);
    expect(slide("france").title).toBe("France: 3 agreements on the concerted management of migratory flows");
    expect(slide("france").note).toMatch(/^2 ratified, 1 signed; /);
    const more = slideOf(deckIn("en", withLink(extra)), "france");
    expect(more.title).toBe("France: 4 agreements on the concerted management of migratory flows");
    expect(more.note).toMatch(/^2 ratified, 2 signed; /);
  });

  it("spain: counts partners, not links", () => {
    expect(filtersOf("spain")).toEqual({ ...EMPTY_FILTERS, memberStates: ["ESP"], frameworks: ["bilateral"] });
    expect(shown("spain").map((l) => l.partner)).toEqual(["MLI", "SEN", "SEN"]);
    expect(slide("spain").title).toBe("Spain: framework agreements with 2 West African countries");
  });

  it("italy: names its partners in file order, and counts in force and negotiating", () => {
    expect(filtersOf("italy")).toEqual({ ...EMPTY_FILTERS, memberStates: ["ITA"] });
    expect(shown("italy").every((l) => l.framework === "bilateral")).toBe(true);
    expect(slide("italy").title).toBe("Italy: labour migration agreements with Morocco, Tunisia and Egypt");
    expect(slide("italy").note).toMatch(/^2 in force, 1 under negotiation; /);
  });

  it("portugal: counts its bilateral partnerships", () => {
    expect(filtersOf("portugal")).toEqual({ ...EMPTY_FILTERS, memberStates: ["PRT"], frameworks: ["bilateral"] });
    // Cape Verde and Angola; the Mobility Partnership with Moldova is not bilateral.
    expect(shown("portugal")).toHaveLength(2);
    expect(slide("portugal").title).toBe("Portugal: partnerships with the Portuguese-speaking countries and Ukraine");
    expect(slide("portugal").note).toBe("2 bilateral partnerships, on migration, asylum and borders.");
  });

  it("silent: the Member States with no partnership and those that did not answer, names sorted", () => {
    // In the order of member-states.csv: FIN SWE SVK, then MLT CYP.
    expect(filtersOf("silent")).toEqual({ ...EMPTY_FILTERS, memberStates: ["FIN", "SWE", "SVK", "MLT", "CYP"] });
    expect(slide("silent").title).toBe("3 Member States reported no partnership; 2 did not answer");
    expect(slide("silent").note).toBe(
      "No partnership: Finland, Slovakia and Sweden. Did not answer: Cyprus and Malta. " +
        "Not disseminated: Austria. The lines are what the source still reports for them.",
    );
  });

  it("every slide's query round-trips through the URL parser without dropped values", () => {
    for (const s of deck.slides) expect(parseUrlState(s.query, ctx).dropped, s.id).toEqual([]);
  });
});

describe("buildStoryDeck in French and German", () => {
  const english = deck.slides.map((s) => s.title);

  it.each(["fr", "de"] as const)("%s: same slides and queries, no English title", (locale) => {
    const d = deckIn(locale);
    expect(d.slides.map((s) => s.id)).toEqual(deck.slides.map((s) => s.id));
    expect(d.slides.map((s) => s.query)).toEqual(deck.slides.map((s) => s.query));
    expect(d.title).not.toBe(deck.title);
    d.slides.forEach((s, i) => {
      expect(s.title, s.id).not.toBe(english[i]);
      expect(s.title, s.id).not.toMatch(/Member States|agreements|partnerships with| and /);
    });
  });

  it("fr: titles in French with French names and lists, a no-break space before each colon", () => {
    const NBSP = "\u00a0";
    const d = deckIn("fr");
    expect(d.title).toBe("Les partenariats migratoires en 2010");
    expect(at(d.slides, 0).title).toBe("20 liens de partenariat relient 8 États membres à 12 partenaires");
    expect(at(d.slides, 1).title).toBe(`Les partenariats pour la mobilité de l’UE${NBSP}: Moldavie et Géorgie`);
    expect(at(d.slides, 2).title).toBe(`France${NBSP}: 3 accords relatifs à la gestion concertée des flux migratoires`);
    expect(at(d.slides, 6).note).toContain(`Aucun partenariat${NBSP}: Finlande, Slovaquie et Suède.`);
  });

  it("de: titles in German, names sorted by German spelling", () => {
    const d = deckIn("de");
    expect(d.title).toBe("Migrationspartnerschaften im Jahr 2010");
    expect(at(d.slides, 3).title).toBe("Spanien: Rahmenabkommen mit 2 westafrikanischen Staaten");
    expect(at(d.slides, 4).title).toBe("Italien: Abkommen über Arbeitsmigration mit Marokko, Tunesien und Ägypten");
    expect(at(d.slides, 6).title).toBe("3 Mitgliedstaaten meldeten keine Partnerschaft; 2 antworteten nicht");
    // Schweden before Slowakei in German, where English has Slovakia before Sweden.
    expect(at(d.slides, 6).note).toContain("Keine Partnerschaft: Finnland, Schweden und Slowakei.");
  });
});
