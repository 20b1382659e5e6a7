import { describe, expect, it } from "vitest";
import { isKnownCountry } from "../../src/i18n/countryNames.ts";
import { encodeDeck, type Deck } from "../../src/present/deck.ts";
import * as codec from "../../src/present/deckLink.ts";
import { fragmentDeck, parseLocation, serializeLocation } from "../../src/state/locationState.ts";
import { DEFAULT_STATE, type ParseContext } from "../../src/state/urlState.ts";
import { at } from "../support/at.ts";

const ctx: ParseContext = { isKnownPlace: (id) => isKnownCountry(id) };
const deck: Deck = {
  title: "Briefing",
  slides: [
    { id: "s1", title: "Return", note: "12 links", query: "theme=return" },
    { id: "s2", title: "Géorgie", note: "", query: "select=GEO" },
  ],
};
const text = codec.encodeDeckLink(deck);

describe("parseLocation / serializeLocation", () => {
  it("reads a deck from the fragment and writes it back there, the rest in the query", () => {
    const parsed = parseLocation("?present=1&slide=2&lang=fr", `#deck=${text}`, ctx, codec);
    expect(parsed.state).toEqual({ ...DEFAULT_STATE, present: true, slide: 2, lang: "fr", deck: text });
    expect(parsed.deckLink?.deck).toEqual(deck);
    expect(parsed.rewrite).toBe(false);
    expect(serializeLocation(parsed.state)).toBe(`?lang=fr&present=1&slide=2#deck=${text}`);
  });

  it("opens an old ?deck= link as before, and rewrites it with the deck in the fragment", () => {
    const parsed = parseLocation(`?present=1&slide=1&deck=${encodeDeck(deck)}`, "", ctx, codec);
    expect(parsed.deckLink?.deck).toEqual(deck);
    expect(parsed.state.deck).toBe(text);
    expect(parsed.dropped).toEqual([]);
    expect(parsed.rewrite).toBe(true);
    expect(serializeLocation(parsed.state)).toBe(`?present=1&slide=1#deck=${text}`);
  });

  it("prefers the fragment when a link has both", () => {
    const other: Deck = { title: "Old", slides: [{ id: "s1", title: "Old slide", note: "", query: "" }] };
    expect(parseLocation(`?present=1&deck=${encodeDeck(other)}`, `#deck=${text}`, ctx, codec).deckLink?.deck).toEqual(
      deck,
    );
  });

  it("undoes percent-escapes a mail client may add to the fragment", () => {
    expect(fragmentDeck(`#deck=${encodeURIComponent(text)}`)).toBe(text);
    expect(fragmentDeck("#other=1&deck=abc")).toBe("abc");
    expect(fragmentDeck("#deck=%E0%A4%A")).toBe("%E0%A4%A");
    expect(fragmentDeck("#section-2")).toBeNull();
  });

  it("ignores a deck outside meeting mode, as old links did", () => {
    for (const [search, hash] of <[string, string][]>[
      ["?view=table", `#deck=${text}`],
      [`?slide=2&deck=${encodeDeck(deck)}`, ""],
    ]) {
      const parsed = parseLocation(search, hash, ctx, codec);
      expect(parsed.state.deck).toBeNull();
      expect(parsed.deckLink).toBeNull();
      expect(parsed.dropped).toEqual([]);
    }
  });

  it("reports a damaged deck as dropped, shortened, and removes it from the address", () => {
    for (const [search, hash] of <[string, string][]>[
      ["?present=1", "#deck=AAAAnotadeck"],
      ["?present=1&deck=not-base64-json", ""],
    ]) {
      const parsed = parseLocation(search, hash, ctx, codec);
      expect(parsed.state).toEqual({ ...DEFAULT_STATE, present: true });
      expect(parsed.dropped).toHaveLength(1);
      expect(at(parsed.dropped, 0).param).toBe("deck");
      expect(at(parsed.dropped, 0).value.length).toBeLessThanOrEqual(25);
      expect(parsed.rewrite).toBe(true);
    }
  });

  it("reads an address without the deck codec (a chunk of its own) unless it carries a deck to present", () => {
    expect(parseLocation("?view=table", `#deck=${text}`, ctx, null)?.state.view).toBe("table");
    expect(parseLocation("?present=1&slide=2", "", ctx, null)?.state).toEqual({
      ...DEFAULT_STATE,
      present: true,
      slide: 2,
    });
    expect(parseLocation("?present=1", `#deck=${text}`, ctx, null)).toBeNull();
    expect(parseLocation(`?present=1&deck=${encodeDeck(deck)}`, "", ctx, null)).toBeNull();
  });

  it("writes no fragment without a deck, and nothing for the default state", () => {
    expect(serializeLocation(DEFAULT_STATE)).toBe("");
    expect(serializeLocation({ ...DEFAULT_STATE, deck: text })).toBe("");
    expect(serializeLocation({ ...DEFAULT_STATE, present: true, deck: text })).toBe(`?present=1#deck=${text}`);
  });
});
