import { describe, expect, it } from "vitest";
import { compareLinks } from "../../src/data/compare.ts";
import type { Link } from "../../src/data/dataset.ts";

const link = (id: string, ms: string, partner: string): Link => ({
  id,
  member_state: ms,
  partner,
  framework: "bilateral",
  instrument: id,
  status: "signed",
  themes: [],
  start: "",
  end: "",
  other_actors: "",
  source: "",
  quote: "",
  notes: "",
});

// On links written here. The 2010 answers compared with the Mobility Partnerships: tests/invariants/compare2010.test.ts.
describe("compareLinks", () => {
  const a = [link("a1", "FRA", "GEO"), link("a2", "FRA", "GEO"), link("a3", "ESP", "SEN")];
  const b = [link("b1", "FRA", "GEO"), link("b2", "DEU", "MDA")];
  const c = compareLinks(a, b);
  it("counts pairs, not links, in each kind", () => {
    expect(c.pairs).toEqual({ both: ["FRA>GEO"], only_a: ["ESP>SEN"], only_b: ["DEU>MDA"] });
  });
  it("keeps every link of A and adds B's where only B has the pair", () => {
    expect(c.links.map((x) => [x.link.id, x.kind, x.side])).toEqual([
      ["a1", "both", "a"],
      ["a2", "both", "a"],
      ["a3", "only_a", "a"],
      ["b2", "only_b", "b"],
    ]);
  });
  it("gives, for a pair in both, the other side's instruments", () => {
    expect(c.others("FRA>GEO", "a").map((l) => l.id)).toEqual(["b1"]);
    expect(c.others("FRA>GEO", "b").map((l) => l.id)).toEqual(["a1", "a2"]);
  });
});
