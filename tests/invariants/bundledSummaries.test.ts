/** Summaries of views of the bundled data: their numbers and names are facts of the data. The summary code is tested on fixtures in tests/unit/viewSummary.test.ts. */
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
import { join } from "node:path";
import { readDatasetFiles } from "../../scripts/readDatasetFiles.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { datasetStyle } from "../../src/scales/frameworkColors.ts";
import { ROOT, bundled } from "../unit/bundledDataset.ts";

const { dataset } = bundled;
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
describe("the written summary of the 2010 data", () => {
  it("reads as a paragraph in English", () => {
    const { text } = summaryFor({ ...EMPTY_FILTERS, themes: ["readmission"] }, "en");
    expect(text).toMatch(
      /^The view shows 8 links between 8 Member States and 2 partners\. Filters: Focus areas: Readmission\. Most links: /,
    );
    expect(text).toContain("Most linked partners: Cape Verde (4) and Georgia (4).");
    expect(text).toContain("6 in place or done, 2 planned, under negotiation or of interest.");
  });
  it("lists with the locale's conjunction and says what the selection adds", () => {
    expect(summaryFor(EMPTY_FILTERS, "fr", "FRA").text).toMatch(
      / et .*France est sélectionné\u00a0: 12 de ces liens le concernent\./,
    );
    expect(summaryFor(EMPTY_FILTERS, "de").text).toContain(" und ");
  });
});

describe("participation in the summary of the 2015–2026 partnerships", () => {
  it("counts Member States taking part without signing apart from links in place", () => {
    const d = validateDataset(readDatasetFiles(join(ROOT, "data/eu-partnerships-2015-2026"))).dataset;
    const style = datasetStyle(d.vocabulary);
    const shown = filterLinks(d.links, { ...EMPTY_FILTERS, frameworks: ["comprehensive_partnership"] });
    const facts = viewFacts(shown, {
      isRegion: (id) => d.regions.has(id),
      isTentative: style.isTentative,
      isParticipation: style.isParticipation,
      frameworkOrder: d.vocabulary.frameworks,
      selected: null,
    });
    const participating = shown.filter((l) => l.status === "participating").length;
    expect(participating).toBeGreaterThan(0);
    expect(facts.participating).toBe(participating);
    expect(facts.firm + facts.tentative + facts.participating).toBe(shown.length);
    const text = summaryText(facts, [], makeI18n("en", d.vocabulary), (id) => id);
    expect(text).toContain(`${participating} Member States take part without signing.`);
  });
});
