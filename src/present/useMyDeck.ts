import { useCallback, useMemo, useState } from "react";
import { safeStorage } from "../state/safeStorage.ts";
import type { Deck } from "./deck.ts";
import { loadDeck, saveDeck } from "./deckStore.ts";

/** What went wrong with the stored deck, for a visible notice; the deck on screen is still usable. */
export type MyDeckProblem = { kind: "dropped"; count: number } | { kind: "unreadable" } | { kind: "saveFailed" };

/** The user's own deck, kept in this browser's localStorage; every change is saved at once. */
export function useMyDeck(): {
  deck: Deck;
  setDeck(next: Deck): void;
  problem: MyDeckProblem | null;
  dismissProblem(): void;
} {
  const store = useMemo(() => safeStorage(), []);
  const [loaded] = useState(() => loadDeck(store));
  const [deck, setDeckState] = useState<Deck>(loaded.deck);
  const [problem, setProblem] = useState<MyDeckProblem | null>(
    loaded.unreadable ? { kind: "unreadable" } : loaded.dropped > 0 ? { kind: "dropped", count: loaded.dropped } : null,
  );
  const setDeck = useCallback(
    (next: Deck) => {
      setDeckState(next);
      // A failed save stays on screen until a later one succeeds: the user must know the deck is not kept.
      if (!saveDeck(store, next)) setProblem({ kind: "saveFailed" });
      else setProblem((p) => (p?.kind === "saveFailed" ? null : p));
    },
    [store],
  );
  const dismissProblem = useCallback(() => setProblem(null), []);
  return { deck, setDeck, problem, dismissProblem };
}
