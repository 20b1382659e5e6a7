import { addSlide, newSlideId, type Deck } from "./deck.ts";

/** My deck with the shared slides appended (all of them into an empty deck), up to MAX_SLIDES. */
export function appendShared(mine: Deck, shared: Deck): Deck {
  return shared.slides.reduce((deck, s) => addSlide(deck, { ...s, id: newSlideId(deck) }), mine);
}
