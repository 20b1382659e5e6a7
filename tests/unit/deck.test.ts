import { describe, expect, it } from "vitest";
import {
  MAX_ENCODED_LENGTH,
  MAX_NOTE,
  MAX_QUERY,
  MAX_SLIDES,
  MAX_TITLE,
  addSlide,
  clampSlideIndex,
  cleanText,
  decodeDeck,
  deleteSlide,
  encodeDeck,
  moveSlide,
  newSlideId,
  parseDeck,
  renameSlide,
  type Deck,
  type Slide,
} from "../../src/present/deck.ts";
import { DEFAULT_STATE, serializeUrlState } from "../../src/state/urlState.ts";
import { at } from "../support/at.ts";

const slide = (id: string, extra: Partial<Slide> = {}): Slide => ({
  id,
  title: `Slide ${id}`,
  note: "",
  query: "",
  ...extra,
});
const deckOf = (...ids: string[]): Deck => ({ title: "Deck", slides: ids.map((id) => slide(id)) });
const ids = (d: Deck) => d.slides.map((s) => s.id);
const toB64Url = (text: string) => Buffer.from(text, "utf8").toString("base64url");

describe("encodeDeck / decodeDeck", () => {
  const deck: Deck = {
    title: "Géorgie – Mobilität 🌍",
    slides: [
      slide("s1", {
        title: "Géorgie – Mobilität 🌍",
        note: 'Ελλάδα, 日本語, ‘quotes’ "and" \\ backslash',
        query: "theme=return,readmission&ms=DE,FR&camera=12.5,45.1,3.2",
      }),
      slide("s2", { query: "partner=GE&select=%25odd%2C&lang=fr" }),
      slide("s3", { query: serializeUrlState({ ...DEFAULT_STATE, view: "table" }) }),
    ],
  };

  it("round-trips, including non-ASCII text and queries with commas and percent signs", () => {
    expect(decodeDeck(encodeDeck(deck))).toEqual(deck);
    expect(decodeDeck(encodeDeck({ title: "", slides: [] }))).toEqual({ title: "", slides: [] });
  });

  it("produces URL-safe text without padding, matching Node's base64url", () => {
    const text = encodeDeck(deck);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(text).toBe(toB64Url(JSON.stringify(deck)));
    expect(encodeURIComponent(text)).toBe(text);
  });

  it("returns null for garbage, never throwing", () => {
    const bad = [
      "",
      "!!!",
      "abc=",
      "a",
      "abcde",
      "ab+/",
      " " + encodeDeck(deck),
      encodeDeck(deck).slice(0, -3),
      toB64Url("not json"),
      toB64Url("null"),
      toB64Url("[]"),
      toB64Url('{"title":"x"}'),
      toB64Url('{"title":1,"slides":[]}'),
    ];
    for (const text of bad) expect(decodeDeck(text), text).toBeNull();
    expect(decodeDeck(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString("base64url"))).toBeNull(); // invalid UTF-8
    expect(decodeDeck(undefined as unknown as string)).toBeNull();
    expect(decodeDeck("A".repeat(MAX_ENCODED_LENGTH + 4))).toBeNull();
  });

  it("decodes the largest valid deck, which stays under MAX_ENCODED_LENGTH", () => {
    const big: Deck = {
      title: "€".repeat(MAX_TITLE),
      slides: Array.from({ length: MAX_SLIDES }, (_, i) =>
        slide(`s${i}`.padEnd(16, "x"), {
          title: "€".repeat(MAX_TITLE),
          note: "€".repeat(MAX_NOTE),
          query: "€".repeat(MAX_QUERY),
        }),
      ),
    };
    const text = encodeDeck(big);
    expect(text.length).toBeLessThan(MAX_ENCODED_LENGTH);
    expect(decodeDeck(text)).toEqual(big);
  });
});

describe("parseDeck limits", () => {
  const ok = (d: unknown) => parseDeck(d) !== null;
  const one = (extra: Partial<Slide>) => ({ title: "T", slides: [slide("s1", extra)] });

  it("enforces the length limits exactly", () => {
    expect(ok({ title: "x".repeat(MAX_TITLE), slides: [] })).toBe(true);
    expect(ok({ title: "x".repeat(MAX_TITLE + 1), slides: [] })).toBe(false);
    expect(ok(one({ title: "x".repeat(MAX_TITLE + 1) }))).toBe(false);
    expect(ok(one({ note: "x".repeat(MAX_NOTE) }))).toBe(true);
    expect(ok(one({ note: "x".repeat(MAX_NOTE + 1) }))).toBe(false);
    expect(ok(one({ query: "a=" + "x".repeat(MAX_QUERY - 2) }))).toBe(true);
    expect(ok(one({ query: "a=" + "x".repeat(MAX_QUERY - 1) }))).toBe(false);
    const many = (n: number) => ({ title: "T", slides: Array.from({ length: n }, (_, i) => slide(`s${i}`)) });
    expect(ok(many(MAX_SLIDES))).toBe(true);
    expect(ok(many(MAX_SLIDES + 1))).toBe(false);
  });

  it("refuses bad ids, duplicate ids, multi-line text and deck parameters in a query", () => {
    for (const id of ["", "x".repeat(17), "a b", "é", "a/b"]) expect(ok(one({ id })), id).toBe(false);
    expect(ok({ title: "T", slides: [slide("a"), slide("a")] })).toBe(false);
    expect(ok(one({ title: "two\nlines" }))).toBe(false);
    expect(ok(one({ note: "lone \ud800 surrogate" }))).toBe(false);
    for (const query of ["present=1", "view=table&slide=2", "deck=abc", "%70resent=1", "?view=table", "view=table#x"])
      expect(ok(one({ query })), query).toBe(false);
    expect(ok(one({ query: "presenter=1&slides=2" }))).toBe(true);
  });

  it("drops unknown keys rather than refusing the deck", () => {
    expect(parseDeck({ title: "T", extra: 1, slides: [{ ...slide("s1"), color: "red" }] })).toEqual({
      title: "T",
      slides: [slide("s1")],
    });
  });
});

describe("editing helpers", () => {
  it("addSlide appends a cleaned copy and refuses what it cannot add", () => {
    const d = deckOf("s1");
    const added = addSlide(
      d,
      slide("s2", {
        title: "  Two\n lines\t here ",
        query: serializeUrlState({ ...DEFAULT_STATE, view: "table", present: true }),
      }),
    );
    expect(added.slides[1]).toEqual({ id: "s2", title: "Two lines here", note: "", query: "view=table" });
    expect(ids(d)).toEqual(["s1"]);
    expect(addSlide(d, slide("s1"))).toBe(d);
    expect(addSlide(d, slide("bad id"))).toBe(d);
    expect(addSlide(d, slide("s2", { query: "a=" + "x".repeat(MAX_QUERY) }))).toBe(d);
    const full: Deck = { title: "F", slides: Array.from({ length: MAX_SLIDES }, (_, i) => slide(`s${i}`)) };
    expect(addSlide(full, slide("new"))).toBe(full);
  });

  it("addSlide results always pass the schema", () => {
    const d = addSlide(
      deckOf(),
      slide("s1", { title: "🌍".repeat(MAX_TITLE), note: "x".repeat(1000), query: "?present=0&deck=x&ms=DE,FR" }),
    );
    expect(parseDeck(d)).toEqual(d);
    expect(at(d.slides, 0).title).toBe("🌍".repeat(MAX_TITLE / 2));
    expect(at(d.slides, 0).query).toBe("ms=DE,FR");
  });

  it("cleanText strips bidi controls, zero-width and other formatting characters, for typed text too", () => {
    const invisible = [
      "\u202a",
      "\u202b",
      "\u202c",
      "\u202d",
      "\u202e",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
      "\u200e",
      "\u200f",
      "\u200b",
      "\u200c",
      "\u200d",
      "\ufeff",
      "\u00ad",
      "\u0007",
      "\ud800",
    ];
    for (const ch of invisible) expect(cleanText(`a${ch}b`, 10), escape(ch)).toBe(ch === "\u0007" ? "a b" : "ab");
    expect(addSlide(deckOf(), slide("s1", { title: "\u202eevil\u202c", note: "x\u2066y" })).slides[0]).toMatchObject({
      title: "evil",
      note: "xy",
    });
    expect(at(renameSlide(deckOf("s1"), "s1", "\u200fMy\u200b title").slides, 0).title).toBe("My title");
    expect(parseDeck({ title: "T", slides: [slide("s1", { title: "a\u202eb" })] })).toBeNull();
  });

  it("renameSlide keeps one trailing space while typing, so the next word can follow", () => {
    expect(at(renameSlide(deckOf("s1"), "s1", "Who   ").slides, 0).title).toBe("Who ");
    expect(at(renameSlide(deckOf("s1"), "s1", "T", "note ").slides, 0).note).toBe("note ");
  });

  it("cleanText cuts on character boundaries", () => {
    expect(cleanText("a🌍", 2)).toBe("a");
    expect(cleanText("ab cd", 3)).toBe("ab");
  });

  it("renameSlide sets the title and, when given, the note", () => {
    const d = addSlide(deckOf("s1", "s2"), slide("s3", { note: "keep" }));
    const r = renameSlide(d, "s3", "New\ntitle");
    expect(r.slides[2]).toMatchObject({ title: "New title", note: "keep" });
    expect(renameSlide(r, "s3", "T", "").slides[2]).toMatchObject({ title: "T", note: "" });
    expect(r.slides[0]).toBe(d.slides[0]);
    expect(renameSlide(d, "nope", "x")).toBe(d);
  });

  it("moveSlide moves by delta and clamps at both ends", () => {
    const d = deckOf("a", "b", "c", "d");
    expect(ids(moveSlide(d, "b", 1))).toEqual(["a", "c", "b", "d"]);
    expect(ids(moveSlide(d, "c", -2))).toEqual(["c", "a", "b", "d"]);
    expect(ids(moveSlide(d, "b", 99))).toEqual(["a", "c", "d", "b"]);
    expect(ids(moveSlide(d, "c", -99))).toEqual(["c", "a", "b", "d"]);
    expect(moveSlide(d, "a", -1)).toBe(d);
    expect(moveSlide(d, "d", 1)).toBe(d);
    expect(moveSlide(d, "b", Number.NaN)).toBe(d);
    expect(moveSlide(d, "zz", 1)).toBe(d);
    expect(ids(d)).toEqual(["a", "b", "c", "d"]);
  });

  it("deleteSlide removes only the given slide", () => {
    const d = deckOf("a", "b", "c");
    expect(ids(deleteSlide(d, "b"))).toEqual(["a", "c"]);
    expect(deleteSlide(d, "zz")).toBe(d);
  });

  it("newSlideId never collides, even with adversarial ids", () => {
    let d = deckOf();
    for (let i = 0; i < MAX_SLIDES; i++) {
      if (i % 3 === 2) d = deleteSlide(d, at(d.slides, 0).id);
      d = addSlide(d, slide(newSlideId(d)));
    }
    expect(new Set(ids(d)).size).toBe(d.slides.length);
    expect(newSlideId(deckOf("s1", "s2"))).toBe("s3");
    expect(newSlideId(deckOf("s3", "s4", "s9"))).toBe("s5");
    expect(newSlideId(deckOf())).toMatch(/^[A-Za-z0-9_-]{1,16}$/);
  });

  it("clampSlideIndex keeps an index inside the deck", () => {
    const d = deckOf("a", "b", "c");
    expect([-5, 0, 1, 2, 3, 99, 1.7, Number.NaN, Infinity].map((i) => clampSlideIndex(d, i))).toEqual([
      0, 0, 1, 2, 2, 2, 1, 0, 0,
    ]);
    expect(clampSlideIndex(deckOf(), 3)).toBe(0);
  });
});
