import { describe, expect, it } from "vitest";
import { datasetVocabulary } from "../../src/data/datasets/datasetVocabulary.ts";
import { localize } from "../../src/data/datasets/manifest.ts";
import { manifestSchema } from "../../src/data/datasets/manifestSchema.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { FRAMEWORKS, MEMBER_STATES_2010 } from "../../src/data/vocabulary.ts";
import { TINY_MANIFEST, tinyFiles } from "../fixtures/tinyDataset.ts";

const manifest = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 2, id: "test", title: "Test", citation: "Source", as_of: "2016-12-31", ...extra });

describe("dataset manifest (format 2)", () => {
  it("describes a dataset: its fields, a localized citation, a source text, a story and its origins", () => {
    // The tiny fixture's manifest (tests/fixtures/tinyDataset.ts) with a citation in two languages; the bundled ones: tests/invariants/bundledManifests.test.ts.
    const citation = { en: "European Migration Network", de: "Europäisches Migrationsnetzwerk" };
    const { dataset, issues } = validateDataset(
      tinyFiles({ manifest: { ...TINY_MANIFEST, citation, story: "emn-ahq-2010" } }),
    );
    expect(issues).toEqual([]);
    expect(dataset.manifest).toMatchObject({
      format: 2,
      id: "tiny",
      as_of: "2010-10-08",
      source_text: "source.txt",
      story: "emn-ahq-2010",
    });
    expect(dataset.origins).toEqual([...MEMBER_STATES_2010]);
    expect(localize(dataset.manifest.citation, "de")).toContain("Europäisches Migrationsnetzwerk");
    expect(localize(dataset.manifest.citation, "fr")).toBe("European Migration Network");
  });
  it("rejects a manifest without its required fields, naming them", () => {
    const { issues } = validateDataset({
      manifest: JSON.stringify({ format: 1, id: "Bad Id" }),
      partnerships: "member_state,partner\nFRA,MAR\n",
      names: { manifest: "dataset.json" },
    });
    expect(issues.map((i) => i.column).sort()).toEqual(["as_of", "citation", "format", "id", "title"]);
    expect(issues.every((i) => i.file === "dataset.json")).toBe(true);
  });
  it("reports JSON that does not parse", () => {
    const { issues } = validateDataset({ manifest: "{ not json", partnerships: "member_state,partner\nFRA,MAR\n" });
    expect(issues[0]?.expected).toMatch(/^well-formed JSON/);
  });
  it("adds the manifest's own vocabulary to the contract's, and lists it when a value is unknown", () => {
    const vocabulary = datasetVocabulary(
      manifestSchema.parse(
        JSON.parse(
          manifest({
            vocabulary: {
              frameworks: [{ id: "eu_camm", label: { en: "Common Agenda", fr: "Agenda commun" } }],
              statuses: [{ id: "announced", label: "Announced", tentative: true }],
            },
          }),
        ),
      ),
    );
    expect(vocabulary.frameworks).toEqual([...FRAMEWORKS, "eu_camm"]);
    expect(vocabulary.tentative).toContain("announced");
    const files = (framework: string) => ({
      manifest: manifest({ vocabulary: { frameworks: [{ id: "eu_camm", label: "Common Agenda" }] } }),
      partnerships: `member_state,partner,framework\nFRA,NGA,${framework}\n`,
    });
    expect(validateDataset(files("eu_camm")).issues).toEqual([]);
    expect(validateDataset(files("eu_agenda")).issues[0]?.expected).toContain("national_strategy, eu_camm (or empty)");
  });
  it("lets origins narrow who may stand as Member State, and defaults to every country that has been one", () => {
    const links = "member_state,partner\nHRV,BIH\n";
    expect(validateDataset({ manifest: manifest(), partnerships: links }).issues).toEqual([]);
    expect(
      validateDataset({ manifest: manifest({ origins: ["FRA"] }), partnerships: links }).issues[0]?.expected,
    ).toContain("may stand as Member State in this dataset (FRA)");
  });
  it("draws an EU-level origin from regions.csv, never counting it as a Member State", () => {
    const { dataset, issues } = validateDataset({
      manifest: manifest(),
      partnerships: "member_state,partner\neu,NGA\nFRA,NGA\n",
      regions: "id,name,lon,lat,members\neu,European Union,4.35,50.85,\n",
    });
    expect(issues).toEqual([]);
    expect(dataset.links.map((l) => l.member_state)).toEqual(["eu", "FRA"]);
  });
  it("needs no quote or source without a source text: links say so instead of failing", () => {
    const { dataset, issues } = validateDataset({
      manifest: manifest(),
      partnerships: "member_state,partner,quote,source\nFRA,MAR,,\n",
    });
    expect(issues).toEqual([]);
    expect(dataset.links[0]).toMatchObject({ quote: "", source: "" });
  });
});
