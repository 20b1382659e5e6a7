import { useCallback, useState } from "react";
import type { Deck } from "./deck.ts";
import type { MeetingEngine } from "./useMeetingEngine.ts";

/** A deck opened from a link that is not (yet) the user's: shown as shared, never as the atlas's own. */
export interface SharedDeck {
  deck: Deck;
  /** Its link text (UrlState.deck), to present it and to tell it apart from My deck in the address. */
  text: string;
}

/** What "Save to My deck" did: slides added, and how many of the shared deck there were. */
export interface SavedShared {
  added: number;
  total: number;
}

/**
 * The shared deck of this session. It stays after meeting mode is left, so the deck panel can offer
 * it, until it is saved to My deck or dismissed. A link deck equal to My deck is My deck being presented.
 * A link deck comes with the engine, as My deck does (null until then).
 */
export function useSharedDeck(
  engine: MeetingEngine | null,
  linkDeck: Deck | null,
  linkText: string | null,
  myDeck: Deck | null,
  setMyDeck: (d: Deck) => void,
) {
  const [held, setHeld] = useState<SharedDeck | null>(null);
  // Link texts saved or dismissed in this session: presenting one again does not bring the label back.
  const [settled, setSettled] = useState<ReadonlySet<string>>(() => new Set());
  const [saved, setSaved] = useState<SavedShared | null>(null);
  // A link deck and a held deck both come with the engine: it is there whenever they are.
  if (
    engine &&
    linkDeck &&
    linkText &&
    linkText !== held?.text &&
    !settled.has(linkText) &&
    !engine.sameSlides(linkDeck, myDeck)
  ) {
    // Adjusting state while rendering (React's pattern for state that follows a prop): no flash unlabelled.
    setHeld({ deck: linkDeck, text: linkText });
  }
  const shared = engine && held && !settled.has(held.text) && !engine.sameSlides(held.deck, myDeck) ? held : null;
  const settle = useCallback((text: string) => setSettled((s) => new Set(s).add(text)), []);
  const save = useCallback(() => {
    if (!shared || !engine || !myDeck) return;
    const next = engine.appendShared(myDeck, shared.deck);
    // An empty My deck takes the shared deck's title too; a deck of the user's keeps its own.
    setMyDeck(myDeck.slides.length === 0 && shared.deck.title ? { ...next, title: shared.deck.title } : next);
    setSaved({ added: next.slides.length - myDeck.slides.length, total: shared.deck.slides.length });
    settle(shared.text);
  }, [shared, engine, myDeck, setMyDeck, settle]);
  const dismiss = useCallback(() => {
    if (shared) settle(shared.text);
  }, [shared, settle]);
  return {
    shared,
    /** Whether the deck presented now is the shared one, to label meeting mode. */
    presentingShared: shared !== null && linkText === shared.text,
    save,
    dismiss,
    saved,
    dismissSaved: useCallback(() => setSaved(null), []),
  };
}
