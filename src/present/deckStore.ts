/**
 * Keeps the user's deck in localStorage. Storage is behind a two-method interface so tests can pass a
 * fake, and so a browser that refuses storage (private mode, quota, disabled) degrades to an unsaved deck.
 */
import { parseDeck, type Deck } from "./deck.ts";
import { salvageDeck } from "./salvageDeck.ts";

export interface KeyValueStore {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  /** false for a stand-in that forgets everything with the page (see safeStorage). */
  readonly persistent?: boolean;
}

export const DECK_STORAGE_KEY = "partnership-atlas.deck.v1";
const DEFAULT_TITLE = "My deck";

/** A fresh object each call, so a caller mutating it cannot change the next default. */
export const emptyDeck = (): Deck => ({ title: DEFAULT_TITLE, slides: [] });

export interface LoadedDeck {
  deck: Deck;
  /** Stored slides that were broken and left out; the others are kept. */
  dropped: number;
  /** Something was stored but it is not a deck at all, so nothing of it could be kept. */
  unreadable: boolean;
}

/** The saved deck's valid slides, or an empty deck when nothing usable is stored. Never throws. */
export function loadDeck(store: KeyValueStore): LoadedDeck {
  let raw: string | null;
  try {
    raw = store.getItem(DECK_STORAGE_KEY);
  } catch {
    // Storage blocked: nothing was kept to lose, and a later save says it failed.
    return { deck: emptyDeck(), dropped: 0, unreadable: false };
  }
  if (raw === null) return { deck: emptyDeck(), dropped: 0, unreadable: false };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = null;
  }
  const salvaged = salvageDeck(json, DEFAULT_TITLE);
  return salvaged
    ? { deck: salvaged.deck, dropped: salvaged.dropped, unreadable: false }
    : { deck: emptyDeck(), dropped: 0, unreadable: true };
}

/**
 * Returns false when the deck was not saved: it fails validation (loadDeck would discard it, so writing it
 * would silently lose the previous good deck), the store refused the write, or the store forgets on close.
 */
export function saveDeck(store: KeyValueStore, deck: Deck): boolean {
  const valid = parseDeck(deck);
  if (valid === null) return false;
  try {
    store.setItem(DECK_STORAGE_KEY, JSON.stringify(valid));
    return store.persistent !== false;
  } catch {
    return false;
  }
}
