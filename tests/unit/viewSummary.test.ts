import { describe, expect, it } from "vitest";
import { describeFilters } from "../../src/app/describeFilters.ts";
import { filterLinks, summarize } from "../../src/data/filterLinks.ts";
import { EMPTY_FILTERS, type Filters } from "../../src/data/filters.ts";
import { placeName } from "../../src/data/places.ts";
import { TENTATIVE_STATUSES } from "../../src/data/vocabulary.ts";
import { LOCALES } from "../../src/i18n/countryNames.ts";
import { makeI18n } from "../../src/i18n/I18nContext.tsx";
import { statusText } from "../../src/components/StatusLine.tsx";
import { summaryText, viewFacts } from "../../src/summary/viewSummary.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { datasetStyle } from "../../src/scales/frameworkColors.ts";
import { SMALL } from "../fixtures/smallDataset.ts";

// On the small fixture (tests/fixtures/smallDataset.ts). Summaries of the bundled data: tests/invariants/bundledSummaries.test.ts.
const dataset = SMALL;
const summaryFor = (filters: Filters, locale: (typeof LOCALES)[number], selected: string | null = null) => {
  const i18n = makeI18n(locale, dataset.vocabulary);
  const nameOf = (id: string) => placeName(id, dataset, locale);
  const shown = filterLinks(dataset.links, filters);
  const facts = viewFacts(shown, {
    isRegion: (id) => dataset.regions.has(id),
    isTentative: (s) => TENTATIVE_STATUSES.has(s),
    frameworkOrder: dataset.vocabulary.frameworks,
    selected,
  });
  const lines = describeFilters(filters, i18n, nameOf);
  return {
    text: summaryText(facts, lines[0] === i18n.t("export.noFilters") ? [] : lines, i18n, nameOf),
    status: statusText(
      summarize(shown, (id) => dataset.regions.has(id)),
      i18n.t,
    ),
  };
};
const FILTERS: Filters[] = [
  EMPTY_FILTERS,
  { ...EMPTY_FILTERS, themes: ["readmission"] },
  { ...EMPTY_FILTERS, themes: ["trafficking", "asylum"], match: "all" },
  { ...EMPTY_FILTERS, memberStates: ["FRA", "ESP"], frameworks: ["bilateral"] },
  { ...EMPTY_FILTERS, statuses: ["planned", "under_negotiation"] },
  { ...EMPTY_FILTERS, partners: ["AGO"] },
];

describe("the written summary", () => {
  for (const locale of LOCALES) {
    it.each(FILTERS.map((f, i) => [i, f] as const))(
      `says the status line's numbers in ${locale} (filters #%i)`,
      (_, filters) => {
        const { text, status } = summaryFor(filters, locale);
        // The status line reads e.g. "20 links · 8 Member States · 12 partners": each part is in the summary.
        for (const part of status.split(" · ")) expect(text).toContain(part);
      },
    );
  }
  it("counts as the status line does, singular included", () => {
    expect(summaryFor(EMPTY_FILTERS, "en").status).toBe("20 links · 8 Member States · 12 partners");
    // Portugal–Angola is the one link to Angola.
    expect(summaryFor({ ...EMPTY_FILTERS, partners: ["AGO"] }, "en").status).toBe(
      "1 link · 1 Member State · 1 partner",
    );
  });
  it("reads as a paragraph in English", () => {
    // Readmission: France–Cape Verde twice (bilateral, ratified; Mobility Partnership, ongoing), Spain–Senegal (signed), Poland–Georgia (ongoing).
    // Ties go by code: ESP before POL, GEO before SEN.
    expect(summaryFor({ ...EMPTY_FILTERS, themes: ["readmission"] }, "en").text).toBe(
      "The view shows 4 links between 3 Member States and 3 partners. Filters: Focus areas: Readmission. " +
        "Most links: France (2), Spain (1) and Poland (1). Most linked partners: Cape Verde (2), Georgia (1) and Senegal (1). " +
        "By framework: Bilateral agreement (2) and EU Mobility Partnership (2). 4 in place or done, 0 planned, under negotiation or of interest.",
    );
  });
  it("counts tentative links apart from those in place", () => {
    // Italy–Tunisia and Luxembourg–Cape Verde under negotiation, the Black Sea platform planned.
    expect(summaryFor({ ...EMPTY_FILTERS, statuses: ["planned", "under_negotiation"] }, "en").text).toContain(
      "0 in place or done, 3 planned, under negotiation or of interest.",
    );
    expect(summaryFor(EMPTY_FILTERS, "en").text).toContain(
      "16 in place or done, 4 planned, under negotiation or of interest.",
    );
  });
  it("lists with the locale's conjunction and says what the selection adds", () => {
    expect(summaryFor(EMPTY_FILTERS, "fr", "FRA").text).toMatch(
      / et .*France est sélectionné\u00a0: 4 de ces liens le concernent\./,
    );
    expect(summaryFor(EMPTY_FILTERS, "de").text).toContain(" und ");
  });
  it("says so when nothing matches", () => {
    expect(summaryFor({ ...EMPTY_FILTERS, memberStates: ["FIN"] }, "en").text).toBe(
      "The view shows 0 links between 0 Member States and 0 partners. No link matches the current filters. Filters: Member States: Finland.",
    );
  });
});

describe("participation in the summary", () => {
  // Egypt: the EU signs, Italy and Greece take part without signing; Tunisia only announced; one bilateral link besides.
  const { dataset: d, issues } = validateDataset({
    manifest: JSON.stringify({
      format: 2,
      id: "participation-test",
      title: "Participation",
      citation: "Test",
      as_of: "2025-01-01",
      vocabulary: {
        frameworks: [{ id: "comprehensive_partnership", label: "Comprehensive partnership" }],
        statuses: [
          { id: "participating", label: "Takes part, not a signatory", participation: true },
          { id: "announced", label: "Announced", tentative: true },
        ],
      },
    }),
    partnerships:
      "member_state,partner,framework,status\neu,EGY,comprehensive_partnership,signed\nITA,EGY,comprehensive_partnership,participating\nGRC,EGY,comprehensive_partnership,participating\neu,TUN,comprehensive_partnership,announced\nFRA,MAR,bilateral,signed\n",
    regions: "id,name,lon,lat,members\neu,European Union,4.35,50.85,\n",
  });
  it("counts Member States taking part without signing apart from links in place and tentative ones", () => {
    expect(issues).toEqual([]);
    const style = datasetStyle(d.vocabulary);
    const shown = filterLinks(d.links, { ...EMPTY_FILTERS, frameworks: ["comprehensive_partnership"] });
    const facts = viewFacts(shown, {
      isRegion: (id) => d.regions.has(id),
      isTentative: style.isTentative,
      isParticipation: style.isParticipation,
      frameworkOrder: d.vocabulary.frameworks,
      selected: null,
    });
    expect([facts.firm, facts.tentative, facts.participating]).toEqual([1, 1, 2]);
    // The EU is an origin, not a Member State: Italy and Greece are the two.
    expect(facts.summary).toEqual({ links: 4, memberStates: 2, partners: 2 });
    const text = summaryText(facts, [], makeI18n("en", d.vocabulary), (id) => id);
    expect(text).toContain("1 in place or done, 1 planned, under negotiation or of interest.");
    expect(text).toContain("2 Member States take part without signing.");
  });
  it("says nothing of participation where no one takes part without signing", () => {
    const style = datasetStyle(d.vocabulary);
    const shown = filterLinks(d.links, { ...EMPTY_FILTERS, frameworks: ["bilateral"] });
    const facts = viewFacts(shown, {
      isRegion: (id) => d.regions.has(id),
      isTentative: style.isTentative,
      isParticipation: style.isParticipation,
      frameworkOrder: d.vocabulary.frameworks,
      selected: null,
    });
    expect(summaryText(facts, [], makeI18n("en", d.vocabulary), (id) => id)).not.toContain("without signing");
  });
});
