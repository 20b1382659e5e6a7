/** The EU Mobility Partnerships year by year: the deck of the bundled dataset, whose titles state facts of it. The rules are tested in tests/unit/generatedDeck.test.ts. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDatasetFiles } from "../../scripts/readDatasetFiles.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { makeI18n } from "../../src/i18n/I18nContext.tsx";
import { countryName } from "../../src/i18n/countryNames.ts";
import { storyDeck } from "../../src/present/storyDeck.ts";
import { ROOT } from "../unit/bundledDataset.ts";

describe("the EU Mobility Partnerships year by year", () => {
  it("has a slide for each year with a new instrument, named and counted from the data", () => {
    const mp = validateDataset(readDatasetFiles(join(ROOT, "data/eu-mobility-partnerships"))).dataset;
    const deck = storyDeck({
      dataset: mp,
      datasetParam: null,
      i18n: makeI18n("en"),
      nameOf: (id) => countryName(id, "en") ?? id,
    });
    expect(deck.slides.map((s) => s.query)).toEqual(
      ["2008", "2009", "2011", "2013", "2014", "2015", "2016"].map((y) => `dataset=eu-mobility-partnerships&at=${y}`),
    );
    expect(deck.slides[0]?.title).toBe("2008: Moldova (15 Member States) and Cape Verde (4 Member States)");
    expect(deck.slides[5]?.title).toBe("2015: Nigeria (the EU as a whole) and Ethiopia (the EU as a whole)");
    expect(deck.slides[6]?.note).toBe("At the end of 2016: 12 partners.");
  });
});
