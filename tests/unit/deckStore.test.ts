import { describe, expect, it } from "vitest";
import type { Deck } from "../../src/present/deck.ts";
import { DECK_STORAGE_KEY, loadDeck, saveDeck, type KeyValueStore } from "../../src/present/deckStore.ts";
import { at } from "../support/at.ts";

class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  getItem(k: string): string | null {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.data.set(k, v);
  }
}

const deck: Deck = {
  title: "Géorgie – Mobilität 🌍",
  slides: [{ id: "s1", title: "Return", note: "2010 survey", query: "theme=return&ms=DE,FR" }],
};
const EMPTY: Deck = { title: "My deck", slides: [] };
const storing = (raw: string) => {
  const s = new MemoryStore();
  s.data.set(DECK_STORAGE_KEY, raw);
  return s;
};

describe("deckStore", () => {
  it("saves under the versioned key and loads the same deck back", () => {
    const store = new MemoryStore();
    expect(saveDeck(store, deck)).toBe(true);
    expect([...store.data.keys()]).toEqual(["partnership-atlas.deck.v1"]);
    expect(loadDeck(store)).toEqual({ deck, dropped: 0, unreadable: false });
  });

  it("returns a fresh empty deck when nothing is stored", () => {
    const store = new MemoryStore();
    const a = loadDeck(store).deck;
    expect(a).toEqual(EMPTY);
    a.slides.push(at(deck.slides, 0));
    expect(loadDeck(store).deck).toEqual(EMPTY);
  });

  it("returns the empty deck, saying so, for corrupt JSON or what is not a deck", () => {
    for (const raw of ["{not json", "", "null", "42", "[]", '{"title":"x"}']) {
      expect(loadDeck(storing(raw)), raw).toEqual({ deck: EMPTY, dropped: 0, unreadable: true });
    }
  });

  it("keeps the valid slides when one is broken, and counts the ones left out", () => {
    const slides = [
      deck.slides[0],
      { id: "s2" },
      { ...deck.slides[0], id: "s3", query: "present=1" },
      "text",
      { ...deck.slides[0], id: "s4", title: "Fourth" },
    ];
    const loaded = loadDeck(storing(JSON.stringify({ title: deck.title, slides })));
    expect(loaded.deck.slides.map((s) => s.title)).toEqual(["Return", "Fourth"]);
    expect(loaded.dropped).toBe(3);
    expect(loaded.unreadable).toBe(false);
  });

  it("cleans formatting characters and repairs ids of stored slides instead of dropping them", () => {
    const slides = [
      { ...deck.slides[0], title: "Re\u202eturn\u200b" },
      { ...deck.slides[0], title: "Twin" },
      { ...deck.slides[0], id: "bad id", title: "Third" },
    ];
    const loaded = loadDeck(storing(JSON.stringify({ title: 7, slides })));
    expect(loaded.deck.title).toBe("My deck");
    expect(loaded.deck.slides.map((s) => s.title)).toEqual(["Return", "Twin", "Third"]);
    expect(new Set(loaded.deck.slides.map((s) => s.id)).size).toBe(3);
    expect(loaded.dropped).toBe(0);
  });

  it("returns the empty deck when reading storage throws", () => {
    const blocked: KeyValueStore = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {},
    };
    expect(loadDeck(blocked)).toEqual({ deck: EMPTY, dropped: 0, unreadable: false });
  });

  it("returns false when the store refuses the write", () => {
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("quota", "QuotaExceededError");
      },
    };
    expect(saveDeck(full, deck)).toBe(false);
  });

  it("returns false for a store that forgets with the page (storage blocked), though it keeps the deck for now", () => {
    const memory = Object.assign(new MemoryStore(), { persistent: false });
    expect(saveDeck(memory, deck)).toBe(false);
    expect(loadDeck(memory).deck).toEqual(deck);
  });

  it("refuses to save an invalid deck, keeping the previous one", () => {
    const store = new MemoryStore();
    saveDeck(store, deck);
    expect(saveDeck(store, { title: "x".repeat(500), slides: [] })).toBe(false);
    expect(loadDeck(store).deck).toEqual(deck);
  });
});
