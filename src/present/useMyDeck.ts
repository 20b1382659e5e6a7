import { useCallback, useState } from "react";
import type { Deck } from "./deck.ts";
import { loadDeck, saveDeck } from "./deckStore.ts";

/** The user's own deck, kept in this browser's localStorage; every change is saved at once. */
export function useMyDeck(): [Deck, (next: Deck) => void] {
  const [deck, setDeck] = useState<Deck>(() => loadDeck(window.localStorage));
  const update = useCallback((next: Deck) => {
    setDeck(next);
    saveDeck(window.localStorage, next);
  }, []);
  return [deck, update];
}
