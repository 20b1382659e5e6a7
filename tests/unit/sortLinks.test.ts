import { CONTRACT_VOCABULARY } from "../../src/data/datasets/datasetVocabulary.ts";
import { describe, expect, it } from "vitest";
import type { Link } from "../../src/data/dataset.ts";
import { SORT_KEYS, sortLinks, type Sort, type SortKey } from "../../src/data/sortLinks.ts";
import type { Framework, Status, Theme } from "../../src/data/vocabulary.ts";
import { countryName } from "../../src/i18n/countryNames.ts";
import { bundled } from "./bundledDataset.ts";
import { at } from "../support/at.ts";

const link = (id: string, o: Partial<Link> = {}): Link => ({
  id,
  member_state: "FRA",
  partner: "CPV",
  framework: "bilateral",
  instrument: "Instrument",
  status: "signed",
  themes: [],
  start: "",
  end: "",
  other_actors: "",
  source: "s",
  quote: "q",
  notes: "",
  ...o,
});
const EN: Record<string, string> = {
  DEU: "Germany",
  ESP: "Spain",
  FRA: "France",
  NLD: "Netherlands",
  GEO: "Georgia",
  CPV: "Cape Verde",
  MDA: "Moldova",
  "black-sea-cooperation-platform": "Black Sea Cooperation Platform",
};
const DE: Record<string, string> = { DEU: "Deutschland", ESP: "Spanien", FRA: "Frankreich", NLD: "Niederlande" };
const nameIn = (names: Record<string, string>) => (id: string) => names[id] ?? id;
const ids = (links: readonly Link[], sort: Sort, names = EN) =>
  sortLinks(links, sort, nameIn(names), CONTRACT_VOCABULARY).map((l) => l.id);
const asc = (key: SortKey): Sort => ({ key, dir: "asc" });
const desc = (key: SortKey): Sort => ({ key, dir: "desc" });

describe("sortLinks by place names", () => {
  const links = [
    link("1-nld", { member_state: "NLD" }),
    link("2-deu", { member_state: "DEU" }),
    link("3-esp", { member_state: "ESP" }),
    link("4-fra", { member_state: "FRA" }),
  ];
  it("sorts Member States by the name nameOf gives, not by code", () => {
    expect(ids(links, asc("member_state"))).toEqual(["4-fra", "2-deu", "1-nld", "3-esp"]);
    expect(ids(links, desc("member_state"))).toEqual(["3-esp", "1-nld", "2-deu", "4-fra"]);
  });
  it("follows the names of the UI language", () => {
    expect(ids(links, asc("member_state"), DE)).toEqual(["2-deu", "4-fra", "1-nld", "3-esp"]);
  });
  it("sorts partners by name, regions among countries", () => {
    const ps = [
      link("p1", { partner: "MDA" }),
      link("p2", { partner: "black-sea-cooperation-platform" }),
      link("p3", { partner: "GEO" }),
      link("p4", { partner: "CPV" }),
    ];
    expect(ids(ps, asc("partner"))).toEqual(["p2", "p4", "p3", "p1"]);
    expect(ids(ps, desc("partner"))).toEqual(["p1", "p3", "p4", "p2"]);
  });
});

describe("sortLinks in the UI language's collation", () => {
  const FR: Record<string, string> = {
    EGY: "Égypte",
    ERI: "Érythrée",
    EST: "Estonie",
    ZMB: "Zambie",
    ARM: "Arménie",
    ETH: "Éthiopie",
  };
  const ps = ["ZMB", "ETH", "EGY", "ARM", "EST", "ERI"].map((partner) => link(`l-${partner}`, { partner }));
  it("puts French accented names among their letter, not after Z", () => {
    const sorted = sortLinks(ps, asc("partner"), nameIn(FR), CONTRACT_VOCABULARY, "fr").map((l) => FR[l.partner]);
    expect(sorted).toEqual(["Arménie", "Égypte", "Érythrée", "Estonie", "Éthiopie", "Zambie"]);
  });
  it("reverses the same order when descending", () => {
    const sorted = sortLinks(ps, desc("partner"), nameIn(FR), CONTRACT_VOCABULARY, "fr").map((l) => FR[l.partner]);
    expect(sorted).toEqual(["Zambie", "Éthiopie", "Estonie", "Érythrée", "Égypte", "Arménie"]);
  });
  it("orders numbers in instruments by value (Protocol 2 before Protocol 10)", () => {
    const ls = [link("a", { instrument: "Protocol 10" }), link("b", { instrument: "Protocol 2" })];
    expect(sortLinks(ls, asc("instrument"), nameIn(FR), CONTRACT_VOCABULARY, "fr").map((l) => l.id)).toEqual([
      "b",
      "a",
    ]);
  });
});

describe("sortLinks by vocabularies, themes, instrument and start", () => {
  it("sorts frameworks in the contract's order, not alphabetically", () => {
    const fw: Framework[] = [
      "national_strategy",
      "io_ngo_project",
      "regional_process",
      "eu_project",
      "eu_mobility_partnership",
      "bilateral",
    ];
    const links = fw.map((framework) => link(framework, { framework }));
    expect(ids(links, asc("framework"))).toEqual([
      "bilateral",
      "eu_mobility_partnership",
      "eu_project",
      "regional_process",
      "io_ngo_project",
      "national_strategy",
    ]);
    expect(ids(links, desc("framework"))).toEqual(fw);
  });
  it("sorts statuses in the contract's order, not alphabetically", () => {
    const st: Status[] = [
      "interest",
      "completed",
      "ratified",
      "under_negotiation",
      "ongoing",
      "signed",
      "planned",
      "in_force",
    ];
    const links = st.map((status) => link(status, { status }));
    const order = [
      "ratified",
      "signed",
      "in_force",
      "ongoing",
      "completed",
      "planned",
      "under_negotiation",
      "interest",
    ];
    expect(ids(links, asc("status"))).toEqual(order);
    expect(ids(links, desc("status"))).toEqual([...order].reverse());
  });
  it("sorts by number of themes", () => {
    const t = (n: number): Theme[] => (["asylum", "training", "information"] as const).slice(0, n);
    const links = [
      link("two", { themes: t(2) }),
      link("none", { themes: t(0) }),
      link("three", { themes: t(3) }),
      link("one", { themes: t(1) }),
    ];
    expect(ids(links, asc("themes"))).toEqual(["none", "one", "two", "three"]);
    expect(ids(links, desc("themes"))).toEqual(["three", "two", "one", "none"]);
  });
  it("sorts instruments as text", () => {
    const links = [
      link("i1", { instrument: "Söderköping process" }),
      link("i2", { instrument: "EU Mobility Partnership" }),
      link("i3", { instrument: "agreement" }),
    ];
    expect(ids(links, asc("instrument"))).toEqual(["i3", "i2", "i1"]);
    expect(ids(links, desc("instrument"))).toEqual(["i1", "i2", "i3"]);
  });
  it("sorts start dates of mixed precision, with an unknown start last when ascending", () => {
    const links = [
      link("none", { start: "" }),
      link("2010", { start: "2010" }),
      link("2009-11-30", { start: "2009-11-30" }),
      link("2008-05", { start: "2008-05" }),
      link("2010-10", { start: "2010-10" }),
    ];
    expect(ids(links, asc("start"))).toEqual(["2008-05", "2009-11-30", "2010", "2010-10", "none"]);
    expect(ids(links, desc("start"))).toEqual(["none", "2010-10", "2010", "2009-11-30", "2008-05"]);
  });
});

describe("sortLinks ties and purity", () => {
  const tied = [link("c"), link("a"), link("b")];
  it.each(SORT_KEYS)("breaks ties on %s by id, ascending in both directions", (key) => {
    expect(ids(tied, asc(key))).toEqual(["a", "b", "c"]);
    expect(ids(tied, desc(key))).toEqual(["a", "b", "c"]);
  });
  it("breaks ties between equal names by id", () => {
    const links = [
      link("z", { member_state: "DEU" }),
      link("y", { member_state: "FRA" }),
      link("x", { member_state: "DEU" }),
    ];
    expect(ids(links, desc("member_state"))).toEqual(["x", "z", "y"]);
  });
  it("returns a new array and leaves the input alone", () => {
    const input = [link("b", { status: "planned" }), link("a", { status: "ratified" })];
    const out = sortLinks(input, asc("status"), nameIn(EN), CONTRACT_VOCABULARY);
    expect(out.map((l) => l.id)).toEqual(["a", "b"]);
    expect(input.map((l) => l.id)).toEqual(["b", "a"]);
    expect(out).not.toBe(input);
  });
  it("sorts the bundled links by Member State name, then id", () => {
    const nameOf = (id: string) => countryName(id, "en") ?? id;
    const sorted = sortLinks(bundled.dataset.links, asc("member_state"), nameOf, CONTRACT_VOCABULARY);
    expect(sorted).toHaveLength(68);
    expect(at(sorted, 0).id).toBe("bel-geo-mobility-partnership");
    expect(sorted.at(-1)?.id).toBe("gbr-geo-mobility-partnership");
    expect(sorted.slice(1, 3).map((l) => l.id)).toEqual([
      "cze-geo-reintegration-project",
      "fra-ben-concerted-management",
    ]);
    const names = sorted.map((l) => nameOf(l.member_state));
    for (let i = 1; i < names.length; i++)
      expect(at(names, i - 1).localeCompare(at(names, i)) <= 0, `${names[i - 1]} before ${names[i]}`).toBe(true);
  });
});
