import { describe, expect, it } from "vitest";
import { meetingStep, slideState } from "../../src/present/meetingNavigation.ts";
import { DEFAULT_STATE } from "../../src/state/urlState.ts";

const at = (slide: number | null, total = 5, select: string | null = null) => ({ slide, total, select });

describe("meetingStep: where a presenter's key takes the deck", () => {
  it("steps forward and back within the deck, never past its ends", () => {
    expect(meetingStep(at(null), "next")).toEqual({ kind: "goto", slide: 1 });
    expect(meetingStep(at(2), "next")).toEqual({ kind: "goto", slide: 3 });
    expect(meetingStep(at(5), "next")).toEqual({ kind: "goto", slide: 5 });
    expect(meetingStep(at(2), "previous")).toEqual({ kind: "goto", slide: 1 });
    expect(meetingStep(at(1), "previous")).toEqual({ kind: "goto", slide: 1 });
    expect(meetingStep(at(3), "first")).toEqual({ kind: "goto", slide: 1 });
    expect(meetingStep(at(3), "last")).toEqual({ kind: "goto", slide: 5 });
  });
  it("brings a slide number past a shortened deck back inside it", () => {
    expect(meetingStep(at(9, 4), "previous")).toEqual({ kind: "goto", slide: 4 });
  });
  it("on Escape first undoes a stray click on a country, then leaves", () => {
    expect(meetingStep(at(2, 5, "FRA"), "leave")).toEqual({ kind: "clearSelection" });
    expect(meetingStep(at(2), "leave")).toEqual({ kind: "leave" });
  });
  it("does nothing but leave in an empty deck", () => {
    expect(meetingStep(at(null, 0), "next")).toEqual({ kind: "none" });
    expect(meetingStep(at(null, 0), "leave")).toEqual({ kind: "leave" });
  });
});

describe("slideState: what a slide opens", () => {
  const ctx = { isKnownPlace: (id: string) => /^[A-Z]{3}$/.test(id) };
  const slide = { id: "s1", title: "Trafficking", note: "", query: "theme=trafficking&select=NGA" };
  it("opens the slide's view in meeting mode, in the presenter's language and dataset", () => {
    const s = slideState(slide, 3, "deck-text", { dataset: "eu-mobility-partnerships", lang: "fr" }, ctx);
    expect(s).toEqual({
      ...DEFAULT_STATE,
      filters: { ...DEFAULT_STATE.filters, themes: ["trafficking"] },
      select: "NGA",
      dataset: "eu-mobility-partnerships",
      lang: "fr",
      present: true,
      slide: 3,
      deck: "deck-text",
    });
  });
  it("keeps a dataset the slide names itself", () => {
    expect(
      slideState(
        { ...slide, query: "dataset=emn-ahq-2010" },
        1,
        null,
        { dataset: "x", lang: null },
        { ...ctx, isDataset: () => true },
      ).dataset,
    ).toBe("emn-ahq-2010");
  });
});
