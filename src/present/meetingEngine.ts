/**
 * Meeting mode's code that the first screen does not run: the story decks, deck links (and
 * lz-string), the stored deck's checks, slide navigation and deck files' content. One chunk,
 * loaded as the atlas starts and awaited only where it is needed (useMeetingEngine.ts): a
 * link into meeting mode waits for it behind the loading screen, a click on "Meeting mode" for
 * the moment it takes to arrive.
 */
export { appendShared, sameSlides } from "./appendShared.ts";
export { stripDeckParams } from "./deck.ts";
export { deckContent, deckFile } from "./deckContent.ts";
export { decodeDeckLink, decodeLegacyDeckLink, encodeDeckLink } from "./deckLink.ts";
export { loadDeck, saveDeck } from "./deckStore.ts";
export { meetingStep, presenterAction, slideState } from "./meetingNavigation.ts";
export { storyDeck } from "./storyDeck.ts";
