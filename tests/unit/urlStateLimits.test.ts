import { describe, expect, it } from "vitest";
import { NOTICE_MAX_CHARS, NOTICE_MAX_VALUES, summarizeDropped } from "../../src/state/droppedSummary.ts";
import { MAX_LIST_VALUES, parseUrlState } from "../../src/state/urlState.ts";

const ctx = { isKnownPlace: (id: string) => /^[A-Z]{3}$/.test(id) };

describe("parseUrlState on oversized links", () => {
  it("bounds a list: values past the limit are ignored and reported once", () => {
    const codes = Array.from(
      { length: MAX_LIST_VALUES + 50 },
      (_, i) => `Q${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}`,
    );
    const { state, dropped } = parseUrlState(`partner=${codes.join(",")}`, ctx);
    expect(state.filters.partners.length).toBe(new Set(codes.slice(0, MAX_LIST_VALUES)).size);
    expect(dropped).toEqual([{ param: "partner", value: "50 more values" }]);
  });

  it("reports each unknown parameter once, with its first value, in one pass", () => {
    const n = 20_000;
    const search = Array.from({ length: n }, (_, i) => `k${i}=${i}`).join("&") + "&k7=again&theme=readmission";
    const { state, dropped } = parseUrlState(search, ctx);
    expect(dropped).toHaveLength(n);
    expect(dropped[7]).toEqual({ param: "k7", value: "7" });
    expect(state.filters.themes).toEqual(["readmission"]);
  });
});

describe("summarizeDropped: what the notice names", () => {
  it("names a few values, each cut short, and counts the rest", () => {
    const dropped = Array.from({ length: 12 }, (_, i) => ({
      param: `p${i}`,
      value: "x".repeat(i === 0 ? 1_000_000 : 3),
    }));
    const { shown, more } = summarizeDropped(dropped);
    expect(shown).toHaveLength(NOTICE_MAX_VALUES);
    expect(more).toBe(12 - NOTICE_MAX_VALUES);
    expect(shown[0]?.length).toBeLessThanOrEqual("p0=".length + NOTICE_MAX_CHARS);
    expect(shown[0]?.endsWith("…")).toBe(true);
    expect(shown[1]).toBe("p1=xxx");
  });
  it("names all of a short list", () => {
    expect(summarizeDropped([{ param: "theme", value: "nonsense" }])).toEqual({ shown: ["theme=nonsense"], more: 0 });
  });
});
