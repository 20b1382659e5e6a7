import { describe, expect, it } from "vitest";
import { describeFilters } from "../../src/app/describeFilters.ts";
import type { Dataset } from "../../src/data/dataset.ts";
import { EMPTY_FILTERS, type Filters } from "../../src/data/filters.ts";
import { placeName } from "../../src/data/places.ts";
import type { Locale } from "../../src/i18n/countryNames.ts";
import { makeI18n } from "../../src/i18n/I18nContext.tsx";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { tinyFiles } from "../fixtures/tinyDataset.ts";

// Place names from the tiny fixture (tests/fixtures/tinyDataset.ts): countries by the name library, its one region by regions.csv.
const dataset: Dataset = validateDataset(tinyFiles()).dataset;
const describeIn = (locale: Locale, f: Partial<Filters>) =>
  describeFilters({ ...EMPTY_FILTERS, ...f }, makeI18n(locale), (id) => placeName(id, dataset, locale));
const en = (f: Partial<Filters>) => describeIn("en", f);

describe("describeFilters", () => {
  it("says there are no filters, in one line, in each language", () => {
    expect(en({})).toEqual(["No filters: all links"]);
    expect(describeIn("fr", {})).toEqual(["Aucun filtre\u00a0: tous les liens"]);
    expect(describeIn("de", {})).toEqual(["Keine Filter: alle Verbindungen"]);
  });

  it("ignores the match mode when no theme is chosen", () => {
    expect(en({ match: "all" })).toEqual(["No filters: all links"]);
  });

  it("names one theme without a match mode", () => {
    expect(en({ themes: ["readmission"], match: "all" })).toEqual(["Focus areas: Readmission"]);
  });

  it("names several themes with the match mode", () => {
    expect(en({ themes: ["readmission", "trafficking"], match: "all" })).toEqual([
      "Focus areas: Readmission and Trafficking in human beings (matching all chosen areas)",
    ]);
    expect(en({ themes: ["readmission", "trafficking", "asylum"] })).toEqual([
      "Focus areas: Readmission, Trafficking in human beings and Asylum and protection (matching any chosen area)",
    ]);
  });

  it("names Member States and partners by their names in the language", () => {
    expect(en({ memberStates: ["FRA", "ESP"] })).toEqual(["Member States: France and Spain"]);
    expect(describeIn("de", { memberStates: ["FRA", "ESP"] })).toEqual(["Mitgliedstaaten: Frankreich und Spanien"]);
    expect(en({ partners: ["GEO", "black-sea-cooperation-platform"] })).toEqual([
      "Partners: Georgia and Black Sea Cooperation Platform",
    ]);
    expect(describeIn("fr", { partners: ["GEO", "black-sea-cooperation-platform"] })).toEqual([
      "Partenaires\u00a0: Géorgie et Black Sea Cooperation Platform",
    ]);
  });

  it("gives one line per kind of filter, in a fixed order", () => {
    expect(
      en({
        partners: ["CPV"],
        memberStates: ["PRT"],
        statuses: ["ratified", "signed"],
        frameworks: ["bilateral"],
        themes: ["asylum"],
      }),
    ).toEqual([
      "Focus areas: Asylum and protection",
      "Framework: Bilateral agreement",
      "Status: Ratified and Signed",
      "Member States: Portugal",
      "Partners: Cape Verde",
    ]);
  });

  it("uses the French labels and list words", () => {
    const lines = describeIn("fr", { themes: ["readmission", "trafficking"], match: "all", statuses: ["ratified"] });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^Domaines d’action\u00a0?: Réadmission et Traite des êtres humains \(couvrant tous les domaines choisis\)$/,
    );
    expect(lines[1]).toMatch(/^Statut\u00a0?: Ratifié$/);
  });

  // Known bug: describeFilters joins label and values with a hard-coded ": ", so French lines
  // lack the no-break space before the colon that the French catalogue uses everywhere else
  // ("Aucun filtre\u00a0: tous les liens"). Remove `.fails` once src/app/describeFilters.ts is fixed.
  it("follows French typography: a no-break space before the colon", () => {
    expect(describeIn("fr", { statuses: ["ratified"], memberStates: ["FRA"] })).toEqual([
      "Statut\u00a0: Ratifié",
      "États membres\u00a0: France",
    ]);
  });
});
