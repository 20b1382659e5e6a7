import { useCallback, useMemo, useState } from "react";
import { safeStorage } from "../state/safeStorage.ts";
import type { Deck } from "./deck.ts";
import { loadDeck, saveDeck } from "./deckStore.ts";

/** The user's own deck, kept in this browser's localStorage; every change is saved at once. */
export function useMyDeck(): [Deck, (next: Deck) => void] {
  const store = useMemo(safeStorage, []);
  const [deck, setDeck] = useState<Deck>(() => loadDeck(store));
  const update = useCallback((next: Deck) => {
    setDeck(next);
    saveDeck(store, next);
  }, [store]);
  return [deck, update];
}
