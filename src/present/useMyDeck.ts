import { useCallback, useMemo, useState } from "react";
import { safeStorage } from "../state/safeStorage.ts";
import type { Deck } from "./deck.ts";
import type { LoadedDeck } from "./deckStore.ts";
import type { MeetingEngine } from "./useMeetingEngine.ts";

/** What went wrong with the stored deck, for a visible notice; the deck on screen is still usable. */
export type MyDeckProblem = { kind: "dropped"; count: number } | { kind: "unreadable" } | { kind: "saveFailed" };

const problemOf = (loaded: LoadedDeck): MyDeckProblem | null =>
  loaded.unreadable ? { kind: "unreadable" } : loaded.dropped > 0 ? { kind: "dropped", count: loaded.dropped } : null;

/**
 * The user's own deck, kept in this browser's localStorage; every change is saved at once. It is
 * read (and checked) by meeting mode's engine, so it is null until the engine has loaded.
 */
export function useMyDeck(engine: MeetingEngine | null): {
  deck: Deck | null;
  setDeck(next: Deck): void;
  problem: MyDeckProblem | null;
  dismissProblem(): void;
} {
  const store = useMemo(() => safeStorage(), []);
  const [deck, setDeckState] = useState<Deck | null>(null);
  const [problem, setProblem] = useState<MyDeckProblem | null>(null);
  if (engine && deck === null) {
    // Read once, in the render the engine arrives in (React's pattern for state that follows a
    // prop): a link into meeting mode, which waits for the engine, has My deck from the first render.
    const loaded = engine.loadDeck(store);
    setDeckState(loaded.deck);
    setProblem(problemOf(loaded));
  }
  const setDeck = useCallback(
    (next: Deck) => {
      if (!engine) return;
      setDeckState(next);
      // A failed save stays on screen until a later one succeeds: the user must know the deck is not kept.
      if (!engine.saveDeck(store, next)) setProblem({ kind: "saveFailed" });
      else setProblem((p) => (p?.kind === "saveFailed" ? null : p));
    },
    [engine, store],
  );
  const dismissProblem = useCallback(() => setProblem(null), []);
  return { deck, setDeck, problem, dismissProblem };
}
