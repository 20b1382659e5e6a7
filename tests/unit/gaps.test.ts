import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS } from "../../src/data/filters.ts";
import { memberStateGaps, partnerGaps } from "../../src/data/gaps.ts";
import { linksAt } from "../../src/data/time.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { SMALL, SMALL_LINK_ROWS, SMALL_MEMBER_STATE_ROWS } from "../fixtures/smallDataset.ts";

// On the small fixture (tests/fixtures/smallDataset.ts), whose fourteen answers are, in file order:
// FRA ESP PRT ITA POL NLD DEU (has_partnership), LUX (eu_framework_only), FIN SWE SVK (no_partnership),
// MLT CYP (no_response), AUT (not_disseminated). The bundled data's gaps: tests/invariants/bundledGaps.test.ts.
const themes = (...t: string[]) => ({ ...EMPTY_FILTERS, themes: t });

/** The expected answer computed from the fixture's rows, without the app's modules. */
const withoutTheme = (theme: string) => {
  const withLink = new Set(
    SMALL_LINK_ROWS.filter((r) => (r.themes ?? "").split(";").includes(theme)).map((r) => r.member_state),
  );
  return SMALL_MEMBER_STATE_ROWS.map((r) => r.code ?? "").filter((code) => !withLink.has(code));
};

describe("memberStateGaps with answers to a query", () => {
  it("lists the answering Member States without a link on the focus area, in the order of the answers", () => {
    // Readmission: France (Cape Verde), Spain (Senegal) and Poland (Georgia) have one.
    expect(memberStateGaps(SMALL, themes("readmission")).map((g) => g.id)).toEqual([
      "PRT",
      "ITA",
      "NLD",
      "DEU",
      "LUX",
      "FIN",
      "SWE",
      "SVK",
      "MLT",
      "CYP",
      "AUT",
    ]);
    // Asylum: Portugal alone.
    expect(memberStateGaps(SMALL, themes("asylum")).map((g) => g.id)).toEqual([
      "FRA",
      "ESP",
      "ITA",
      "POL",
      "NLD",
      "DEU",
      "LUX",
      "FIN",
      "SWE",
      "SVK",
      "MLT",
      "CYP",
      "AUT",
    ]);
  });
  it.each(["readmission", "trafficking", "asylum", "legal_migration"])(
    "lists exactly the Member States without a %s link",
    (theme) => {
      expect(memberStateGaps(SMALL, themes(theme)).map((g) => g.id)).toEqual(withoutTheme(theme));
    },
  );
  it("gives each its answer, so 'did not answer' is never read as 'has none'", () => {
    const gaps = memberStateGaps(SMALL, themes("readmission"));
    const answers = Object.fromEntries(SMALL_MEMBER_STATE_ROWS.map((r) => [r.code, r.response]));
    for (const g of gaps) expect(g.response, g.id).toBe(answers[g.id]);
    expect(gaps.filter((g) => g.response === "no_response").map((g) => g.id)).toEqual(["MLT", "CYP"]);
    expect(gaps.find((g) => g.id === "FIN")?.response).toBe("no_partnership");
  });
  it("keeps to the Member States the filter names, one without an answer included", () => {
    const gaps = memberStateGaps(SMALL, { ...themes("readmission"), memberStates: ["FRA", "FIN", "BEL"] });
    // France has a readmission link; Belgium is not among the answers, so its answer is null.
    expect(gaps).toEqual([
      { id: "FIN", response: "no_partnership" },
      { id: "BEL", response: null },
    ]);
  });
  it("follows 'all' as the filter does", () => {
    const any = memberStateGaps(SMALL, themes("readmission", "asylum")).length;
    const all = memberStateGaps(SMALL, { ...themes("readmission", "asylum"), match: "all" }).length;
    expect(all).toBeGreaterThanOrEqual(any);
    // Any: France, Spain, Poland and Portugal are covered; all: no link has both, so none is.
    expect([any, all]).toEqual([14 - 4, 14]);
  });
});

describe("gaps without answers to a query", () => {
  const { dataset } = validateDataset({
    partnerships:
      "member_state,partner,themes\nFRA,MAR,readmission\nESP,MAR,legal_migration\nDEU,SEN,readmission\neu,NGA,\n",
    regions: "id,name,lon,lat,members\neu,European Union,4.35,50.85,\n",
  });
  it("looks at the Member States with links, never at an EU-level origin", () => {
    expect(memberStateGaps(dataset, { ...EMPTY_FILTERS, themes: ["readmission"] })).toEqual([
      { id: "ESP", response: null },
    ]);
  });
  it("names, for a partner, who works with it but not on the chosen focus areas", () => {
    expect(partnerGaps(dataset, { ...EMPTY_FILTERS, themes: ["readmission"] }, "MAR")).toEqual(["ESP"]);
    expect(partnerGaps(dataset, { ...EMPTY_FILTERS, themes: ["readmission"] }, "SEN")).toEqual([]);
  });
});

describe("gaps on a date", () => {
  it("count only the links in place then", () => {
    // Readmission links start: Spain–Senegal 2006-10, France–Cape Verde 2008-06-05 and 2008-11-24, Poland–Georgia 2009-11-30.
    const gapsAt = (year: string) =>
      memberStateGaps(SMALL, themes("readmission"), linksAt(SMALL.links, year).inPlace).map((g) => g.id);
    expect(gapsAt("2007")).toEqual(expect.arrayContaining(["FRA", "POL"]));
    expect(gapsAt("2007")).not.toContain("ESP");
    expect(gapsAt("2008")).toEqual(expect.arrayContaining(["POL"]));
    expect(gapsAt("2008")).not.toContain("FRA");
    expect(gapsAt("2009")).toEqual(memberStateGaps(SMALL, themes("readmission")).map((g) => g.id));
  });
});
