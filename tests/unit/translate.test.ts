import { describe, expect, it } from "vitest";
import { de } from "../../src/i18n/messages/de.ts";
import { en, type Messages } from "../../src/i18n/messages/en.ts";
import { fr } from "../../src/i18n/messages/fr.ts";
import { LOCALES, type Locale } from "../../src/i18n/countryNames.ts";
import { browserLocale, createTranslator, formatIsoDate, formatList } from "../../src/i18n/translate.ts";

const NNBSP = "\u202f"; // narrow no-break space: the French group separator in Node 20's ICU

describe("createTranslator: placeholders", () => {
  const t = createTranslator("en", en);

  it("returns a template without placeholders unchanged", () => {
    expect(t("story.title")).toBe("Migration partnerships in 2010");
  });

  it("fills every placeholder, string and number alike", () => {
    expect(t("error.http", { url: "data/partnerships.csv", status: 404 })).toBe(
      "Could not load data/partnerships.csv (HTTP 404).",
    );
    expect(t("present.counter", { n: 3, total: 7 })).toBe("Slide 3 of 7");
    expect(t("story.overview.title", { ms: 15, links: 68, partners: 36 })).toBe(
      "68 partnership links join 15 Member States to 36 partners",
    );
  });

  it("leaves a placeholder without a parameter as written", () => {
    expect(t("error.http", { url: "x.csv" })).toBe("Could not load x.csv (HTTP {status}).");
    expect(t("present.counter")).toBe("Slide {n} of {total}");
  });

  it("ignores parameters the template does not use", () => {
    expect(t("story.title", { count: 3, extra: "x" })).toBe("Migration partnerships in 2010");
  });

  it("does not re-expand braces that come in through a parameter", () => {
    expect(t("search.none", { query: "{query}" })).toBe("No country matches “{query}”.");
  });

  it("inserts string parameters verbatim, without number formatting", () => {
    expect(t("present.counter", { n: "1234", total: "x" })).toBe("Slide 1234 of x");
  });
});

describe("createTranslator: numbers per locale", () => {
  it("groups thousands as each locale does", () => {
    expect(createTranslator("en", en)("present.counter", { n: 1234, total: 1234567 })).toBe("Slide 1,234 of 1,234,567");
    expect(createTranslator("fr", fr)("present.counter", { n: 1234, total: 2 })).toBe(`Diapositive 1${NNBSP}234 sur 2`);
    expect(createTranslator("de", de)("present.counter", { n: 1234, total: 2 })).toBe("Folie 1.234 von 2");
  });

  it("formats decimals with the locale's decimal sign", () => {
    expect(createTranslator("en", en)("present.counter", { n: 1.5, total: 2 })).toBe("Slide 1.5 of 2");
    expect(createTranslator("fr", fr)("present.counter", { n: 1.5, total: 2 })).toBe("Diapositive 1,5 sur 2");
    expect(createTranslator("de", de)("present.counter", { n: 1.5, total: 2 })).toBe("Folie 1,5 von 2");
  });

  it("formats the count inside a plural form too", () => {
    expect(createTranslator("en", en)("status.links", { count: 1234 })).toBe("1,234 links");
    expect(createTranslator("fr", fr)("status.links", { count: 1234 })).toBe(`1${NNBSP}234 liens`);
    expect(createTranslator("de", de)("status.links", { count: 1234 })).toBe("1.234 Verbindungen");
  });
});

describe("createTranslator: plural forms by Intl.PluralRules", () => {
  const cases: [Locale, Messages, number, string][] = [
    ["en", en, 0, "0 links"],
    ["en", en, 1, "1 link"],
    ["en", en, 2, "2 links"],
    ["fr", fr, 0, "0 lien"],
    ["fr", fr, 1, "1 lien"],
    ["fr", fr, 2, "2 liens"],
    ["de", de, 0, "0 Verbindungen"],
    ["de", de, 1, "1 Verbindung"],
    ["de", de, 2, "2 Verbindungen"],
  ];
  it.each(cases)("%s, count %d → %s", (locale, messages, count, expected) => {
    const t = createTranslator(locale, messages);
    expect(t("status.links", { count })).toBe(expected);
  });

  it("treats French 1.5 as singular and English 1.5 as plural", () => {
    expect(createTranslator("fr", fr)("status.links", { count: 1.5 })).toBe("1,5 lien");
    expect(createTranslator("en", en)("status.links", { count: 1.5 })).toBe("1.5 links");
  });

  it("reads a numeric string count for the form, and inserts it as given", () => {
    expect(createTranslator("en", en)("status.links", { count: "1" })).toBe("1 link");
    expect(createTranslator("en", en)("status.links", { count: "3" })).toBe("3 links");
  });

  it("picks the form for count 0 when no count is given", () => {
    expect(createTranslator("en", en)("status.links")).toBe("{count} links");
    expect(createTranslator("fr", fr)("status.links")).toBe("{count} lien");
  });
});

describe("formatIsoDate", () => {
  it.each([
    ["2010", "en", "2010"],
    ["2010-10", "en", "October 2010"],
    ["2010-10-08", "en", "8 October 2010"],
    ["2010", "fr", "2010"],
    ["2010-10", "fr", "octobre 2010"],
    ["2010-10-08", "fr", "8 octobre 2010"],
    ["2010", "de", "2010"],
    ["2010-10", "de", "Oktober 2010"],
    ["2010-10-08", "de", "8. Oktober 2010"],
    ["2009-12-14", "en", "14 December 2009"],
    ["2010-01-01", "de", "1. Januar 2010"],
  ] as const)("%s in %s → %s", (iso, locale, expected) => {
    expect(formatIsoDate(iso, locale)).toBe(expected);
  });

  it("is not shifted by the time zone at the first of a month or year", () => {
    expect(formatIsoDate("2010-01", "en")).toBe("January 2010");
    expect(formatIsoDate("2011", "en")).toBe("2011");
  });

  it("returns text that is not a date unchanged", () => {
    expect(formatIsoDate("soon", "en")).toBe("soon");
    expect(formatIsoDate("2010-xx", "fr")).toBe("2010-xx");
  });
});

describe("formatList", () => {
  it.each([
    ["en", "Finland, Slovakia and Sweden", "Finland and Sweden"],
    ["fr", "Finland, Slovakia et Sweden", "Finland et Sweden"],
    ["de", "Finland, Slovakia und Sweden", "Finland und Sweden"],
  ] as const)("joins in %s", (locale, three, two) => {
    expect(formatList(["Finland", "Slovakia", "Sweden"], locale)).toBe(three);
    expect(formatList(["Finland", "Sweden"], locale)).toBe(two);
    expect(formatList(["Finland"], locale)).toBe("Finland");
    expect(formatList([], locale)).toBe("");
  });

  it("uses British English, without the serial comma", () => {
    expect(formatList(["A", "B", "C", "D"], "en")).toBe("A, B, C and D");
  });
});

describe("browserLocale", () => {
  const all = LOCALES;
  it.each<[readonly string[], string]>([
    [["de-AT"], "de"],
    [["es", "fr-CA"], "fr"],
    [[], "en"],
    [["fr"], "fr"],
    [["FR-be"], "fr"],
    [["en-US", "de"], "en"],
    [["es", "it", "pt-BR"], "en"],
    [["de-CH", "fr-CH"], "de"],
  ])("%j → %s", (languages, expected) => {
    expect(browserLocale(languages, all)).toBe(expected);
  });

  it("only picks languages it is told are supported", () => {
    expect(browserLocale(["de", "fr"], ["en", "fr"])).toBe("fr");
    expect(browserLocale(["de"], ["en"])).toBe("en");
  });

  it("does not match a language by prefix alone", () => {
    expect(browserLocale(["fra", "den"], all)).toBe("en");
  });
});
