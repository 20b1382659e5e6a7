/**
 * Keeps the user's deck in localStorage. Storage is behind a two-method interface so tests can pass a
 * fake, and so a browser that refuses storage (private mode, quota, disabled) degrades to an unsaved deck.
 */
import { parseDeck, type Deck } from "./deck.ts";

export interface KeyValueStore {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
}

export const DECK_STORAGE_KEY = "partnership-atlas.deck.v1";

/** A fresh object each call, so a caller mutating it cannot change the next default. */
export const emptyDeck = (): Deck => ({ title: "My deck", slides: [] });

/** The saved deck, or an empty one when nothing usable is stored. Never throws. */
export function loadDeck(store: KeyValueStore): Deck {
  try {
    const raw = store.getItem(DECK_STORAGE_KEY);
    return (raw === null ? null : parseDeck(JSON.parse(raw))) ?? emptyDeck();
  } catch {
    // getItem itself throws when storage is blocked; JSON.parse when the entry was mangled.
    return emptyDeck();
  }
}

/**
 * Returns false when the deck was not saved: it fails validation (loadDeck would discard it, so writing it
 * would silently lose the previous good deck) or the store refused the write.
 */
export function saveDeck(store: KeyValueStore, deck: Deck): boolean {
  const valid = parseDeck(deck);
  if (valid === null) return false;
  try {
    store.setItem(DECK_STORAGE_KEY, JSON.stringify(valid));
    return true;
  } catch {
    return false;
  }
}
