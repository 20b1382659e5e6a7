/** The 2010 story deck on the bundled 2010 data: its titles and notes state facts of the source. The rules that build it are tested in tests/unit/defaultDeck.test.ts. */
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/dataset.ts";
import { filterLinks } from "../../src/data/filterLinks.ts";
import { EMPTY_FILTERS, type Filters } from "../../src/data/filters.ts";
import { isKnownPlace, placeName } from "../../src/data/places.ts";
import { TENTATIVE_STATUSES } from "../../src/data/vocabulary.ts";
import { catalogue } from "../../src/i18n/catalogues.ts";
import { countryName, type Locale } from "../../src/i18n/countryNames.ts";
import { en } from "../../src/i18n/messages/en.ts";
import { createTranslator, formatList } from "../../src/i18n/translate.ts";
import { parseDeck, type Deck } from "../../src/present/deck.ts";
import { buildStoryDeck } from "../../src/present/defaultDeck.ts";
import { storyDeck } from "../../src/present/storyDeck.ts";
import { makeI18n } from "../../src/i18n/I18nContext.tsx";
import { DEFAULT_STATE, parseUrlState, type ParseContext } from "../../src/state/urlState.ts";
import { bundled } from "../unit/bundledDataset.ts";
import { at } from "../support/at.ts";

const dataset: Dataset = bundled.dataset;
const ctx: ParseContext = { isKnownPlace: (id) => isKnownPlace(id, dataset) };

function deckIn(locale: Locale): Deck {
  const messages = locale === "en" ? en : catalogue(locale).messages;
  return buildStoryDeck({
    dataset,
    t: createTranslator(locale, messages),
    nameOf: (id) => placeName(id, dataset, locale),
    list: (items) => formatList(items, locale),
  });
}

const deck = deckIn("en");
const slide = (id: string) => {
  const s = deck.slides.find((x) => x.id === id);
  if (!s) throw new Error(`no slide ${id}`);
  return s;
};
const filtersOf = (id: string): Filters => {
  const { state, dropped } = parseUrlState(slide(id).query, ctx);
  expect(dropped).toEqual([]);
  expect({ ...state, filters: DEFAULT_STATE.filters }).toEqual(DEFAULT_STATE);
  return state.filters;
};
const shown = (id: string) => filterLinks(dataset.links, filtersOf(id));

describe("buildStoryDeck (English, bundled data)", () => {
  it("loads the bundled data without issues", () => {
    expect(bundled.issues).toEqual([]);
  });

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
    expect(slide("overview").title).toBe("68 partnership links join 15 Member States to 36 partners");
    expect(dataset.links).toHaveLength(68);
    expect(new Set(dataset.links.map((l) => l.member_state)).size).toBe(15);
    expect(new Set(dataset.links.map((l) => l.partner)).size).toBe(36);
  });

  it("mobility: the EU Mobility Partnerships in place, not the tentative ones", () => {
    expect(filtersOf("mobility")).toEqual({ ...EMPTY_FILTERS, frameworks: ["eu_mobility_partnership"] });
    const links = shown("mobility");
    const inPlace = new Set(links.filter((l) => !TENTATIVE_STATUSES.has(l.status)).map((l) => l.partner));
    // Armenia is in place per the Netherlands alone (data/README.md, "Netherlands–Armenia"), so the
    // title names the partnerships two or more answers confirm, oldest first, and the note Armenia.
    expect([...inPlace].sort()).toEqual(["ARM", "CPV", "GEO", "MDA"]);
    // Ghana is only planned (Netherlands) or of interest (Spain), so the title leaves it out.
    expect(
      links
        .filter((l) => l.partner === "GHA")
        .map((l) => l.status)
        .sort(),
    ).toEqual(["interest", "planned"]);
    expect(slide("mobility").title).toBe("The EU Mobility Partnerships: Cape Verde, Moldova and Georgia");
    expect(slide("mobility").title).not.toContain("Ghana");
    expect(slide("mobility").note).toBe(
      "9 Member States take part; most links go to Georgia. Reported by one Member State only: Armenia.",
    );
    expect(new Set(links.map((l) => l.member_state)).size).toBe(9);
    expect(
      links
        .filter((l) => l.partner === "GEO")
        .map((l) => l.member_state)
        .sort(),
    ).toEqual(["BEL", "GBR", "LTU", "NLD", "POL"]);
  });

  it("france: 11 bilateral agreements, 6 ratified and 5 signed", () => {
    expect(filtersOf("france")).toEqual({ ...EMPTY_FILTERS, memberStates: ["FRA"], frameworks: ["bilateral"] });
    const links = shown("france");
    expect(links).toHaveLength(11);
    expect(links.filter((l) => l.status === "ratified")).toHaveLength(6);
    expect(links.filter((l) => l.status === "signed")).toHaveLength(5);
    expect(slide("france").title).toBe("France: 11 agreements on the concerted management of migratory flows");
    expect(slide("france").note).toMatch(/^6 ratified, 5 signed; /);
  });

  it("spain: bilateral framework agreements with 6 West African countries", () => {
    expect(filtersOf("spain")).toEqual({ ...EMPTY_FILTERS, memberStates: ["ESP"], frameworks: ["bilateral"] });
    expect(
      shown("spain")
        .map((l) => l.partner)
        .sort(),
    ).toEqual(["CPV", "GIN", "GMB", "GNB", "MLI", "NER"]);
    expect(slide("spain").title).toBe("Spain: framework agreements with 6 West African countries");
  });

  it("italy: the four partners of its labour agreements, 3 in force and 1 negotiating", () => {
    expect(filtersOf("italy")).toEqual({ ...EMPTY_FILTERS, memberStates: ["ITA"] });
    expect(shown("italy").every((l) => l.framework === "bilateral")).toBe(true);
    expect(slide("italy").title).toBe("Italy: labour migration agreements with Moldova, Morocco, Egypt and Tunisia");
    expect(slide("italy").note).toMatch(/^3 in force, 1 under negotiation; /);
  });

  it("portugal: 8 bilateral partnerships", () => {
    expect(filtersOf("portugal")).toEqual({ ...EMPTY_FILTERS, memberStates: ["PRT"], frameworks: ["bilateral"] });
    expect(shown("portugal")).toHaveLength(8);
    expect(slide("portugal").title).toBe("Portugal: partnerships with the Portuguese-speaking countries and Ukraine");
    expect(slide("portugal").note).toBe("8 bilateral partnerships, on migration, asylum and borders.");
  });

  it("silent: the 4 Member States with no partnership and the 9 that did not answer", () => {
    const none = ["FIN", "SVK", "SVN", "SWE"];
    const silent = ["BGR", "CYP", "DNK", "EST", "GRC", "HUN", "IRL", "MLT", "ROU"];
    expect(filtersOf("silent")).toEqual({ ...EMPTY_FILTERS, memberStates: [...none, ...silent] });
    expect(slide("silent").title).toBe("4 Member States reported no partnership; 9 did not answer");
    expect(slide("silent").note).toBe(
      "No partnership: Finland, Slovakia, Slovenia and Sweden. " +
        "Did not answer: Bulgaria, Cyprus, Denmark, Estonia, Greece, Hungary, Ireland, Malta and Romania. " +
        "Not disseminated: Austria and Czech Republic. The lines are what the source still reports for them.",
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
    expect(at(d.slides, 0).title).toBe("68 liens de partenariat relient 15 États membres à 36 partenaires");
    expect(at(d.slides, 1).title).toBe(
      `Les partenariats pour la mobilité de l’UE${NBSP}: Cap-Vert, Moldavie et Géorgie`,
    );
    expect(at(d.slides, 2).title).toBe(
      `France${NBSP}: 11 accords relatifs à la gestion concertée des flux migratoires`,
    );
    expect(at(d.slides, 6).note).toContain(`Aucun partenariat${NBSP}: Finlande, Slovaquie, Slovénie et Suède.`);
  });

  it("de: titles in German, names sorted by German spelling", () => {
    const d = deckIn("de");
    expect(d.title).toBe("Migrationspartnerschaften im Jahr 2010");
    expect(at(d.slides, 3).title).toBe("Spanien: Rahmenabkommen mit 6 westafrikanischen Staaten");
    expect(at(d.slides, 4).title).toBe(
      "Italien: Abkommen über Arbeitsmigration mit Moldawien, Marokko, Ägypten und Tunesien",
    );
    expect(at(d.slides, 6).title).toBe("4 Mitgliedstaaten meldeten keine Partnerschaft; 9 antworteten nicht");
    expect(at(d.slides, 6).note).toContain("Keine Partnerschaft: Finnland, Schweden, Slowakei und Slowenien.");
  });
});

describe("storyDeck picks the deck the bundled 2010 dataset presents with", () => {
  it("keeps the 2010 story for the 2010 dataset", () => {
    const deck = storyDeck({
      dataset: bundled.dataset,
      datasetParam: null,
      i18n: makeI18n("en"),
      nameOf: (id) => countryName(id, "en") ?? id,
    });
    expect(deck.slides).toHaveLength(7);
    expect(deck.slides[0]?.id).toBe("overview");
  });
});
