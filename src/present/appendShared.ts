import { addSlide, newSlideId, type Deck } from "./deck.ts";

/** My deck with the shared slides appended (all of them into an empty deck), up to MAX_SLIDES. */
export function appendShared(mine: Deck, shared: Deck): Deck {
  return shared.slides.reduce((deck, s) => addSlide(deck, { ...s, id: newSlideId(deck) }), mine);
}

/** Whether two decks have the same slides (title, note, view): a link deck equal to My deck is My deck. */
export const sameSlides = (a: Deck, b: Deck | null): boolean =>
  b !== null &&
  a.slides.length === b.slides.length &&
  a.slides.every(
    (s, i) => s.title === b.slides[i]?.title && s.note === b.slides[i]?.note && s.query === b.slides[i]?.query,
  );
