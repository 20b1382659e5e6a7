import { describe, expect, it } from "vitest";
import type { Deck } from "../../src/present/deck.ts";
import { DECK_STORAGE_KEY, loadDeck, saveDeck, type KeyValueStore } from "../../src/present/deckStore.ts";
import { at } from "../support/at.ts";

class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  getItem(k: string): string | null { return this.data.get(k) ?? null; }
  setItem(k: string, v: string): void { this.data.set(k, v); }
}

const deck: Deck = { title: "Géorgie – Mobilität 🌍", slides: [{ id: "s1", title: "Return", note: "2010 survey", query: "theme=return&ms=DE,FR" }] };
const EMPTY: Deck = { title: "My deck", slides: [] };
const storing = (raw: string) => { const s = new MemoryStore(); s.data.set(DECK_STORAGE_KEY, raw); return s; };

describe("deckStore", () => {
  it("saves under the versioned key and loads the same deck back", () => {
    const store = new MemoryStore();
    expect(saveDeck(store, deck)).toBe(true);
    expect([...store.data.keys()]).toEqual(["partnership-atlas.deck.v1"]);
    expect(loadDeck(store)).toEqual(deck);
  });

  it("returns a fresh empty deck when nothing is stored", () => {
    const store = new MemoryStore();
    const a = loadDeck(store);
    expect(a).toEqual(EMPTY);
    a.slides.push(at(deck.slides, 0));
    expect(loadDeck(store)).toEqual(EMPTY);
  });

  it("returns the empty deck for corrupt JSON or a wrong shape", () => {
    for (const raw of ["{not json", "", "null", "42", "[]", '{"title":"x"}', '{"title":"x","slides":[{"id":"s1"}]}']) {
      expect(loadDeck(storing(raw)), raw).toEqual(EMPTY);
    }
  });

  it("returns the empty deck when reading storage throws", () => {
    const blocked: KeyValueStore = { getItem: () => { throw new Error("SecurityError"); }, setItem: () => {} };
    expect(loadDeck(blocked)).toEqual(EMPTY);
  });

  it("returns false when the store refuses the write", () => {
    const full: KeyValueStore = { getItem: () => null, setItem: () => { throw new DOMException("quota", "QuotaExceededError"); } };
    expect(saveDeck(full, deck)).toBe(false);
  });

  it("refuses to save an invalid deck, keeping the previous one", () => {
    const store = new MemoryStore();
    saveDeck(store, deck);
    expect(saveDeck(store, { title: "x".repeat(500), slides: [] })).toBe(false);
    expect(loadDeck(store)).toEqual(deck);
  });
});
