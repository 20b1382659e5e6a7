/**
 * Meeting mode for the atlas: which deck is presented (one from the link, My deck's or shared and
 * labelled so, else the story built from the data), the slide shown, and the presenter's keys.
 */
import { useCallback, useEffect, useMemo } from "react";
import type { Dataset } from "../data/dataset.ts";
import type { I18n } from "../i18n/I18nContext.tsx";
import { serializeLocation } from "../state/locationState.ts";
import { DEFAULT_STATE, serializeUrlState, type ParseContext, type UrlState } from "../state/urlState.ts";
import { stripDeckParams, type Deck } from "./deck.ts";
import { decodeDeckLink, encodeDeckLink } from "./deckLink.ts";
import { meetingStep, slideState } from "./meetingNavigation.ts";
import { storyDeck } from "./storyDeck.ts";
import { usePresenterKeys, type PresenterAction } from "./usePresenterKeys.ts";
import { useSharedDeck } from "./useSharedDeck.ts";

/** The deck in a link's text (UrlState.deck), or null; what was left out of it is reported by useUrlState. */
function deckOfLink(text: string | null): Deck | null {
  const link = text ? decodeDeckLink(text) : null;
  return link?.ok ? link.deck : null;
}

export interface MeetingModeInput {
  dataset: Dataset;
  state: UrlState;
  ctx: ParseContext;
  update(next: UrlState, mode: "push" | "replace"): void;
  i18n: I18n;
  nameOf(id: string): string;
  myDeck: Deck;
  setMyDeck(deck: Deck): void;
}

export function useMeetingMode({ dataset, state, ctx, update, i18n, nameOf, myDeck, setMyDeck }: MeetingModeInput) {
  const story = useMemo(
    () => storyDeck({ dataset, datasetParam: state.dataset, i18n, nameOf }),
    [dataset, state.dataset, i18n, nameOf],
  );
  const linkDeck = useMemo(() => deckOfLink(state.deck), [state.deck]);
  const deck = linkDeck ?? story;
  const sharing = useSharedDeck(linkDeck, state.deck, myDeck, setMyDeck);

  const goToSlide = useCallback(
    (n: number, deckText: string | null = state.deck) => {
      const slides = deckOfLink(deckText)?.slides ?? story.slides;
      const index = Math.min(Math.max(n, 1), slides.length);
      const slide = slides[index - 1];
      if (slide) update(slideState(slide, index, deckText, state, ctx), "push");
    },
    [state, story, ctx, update],
  );

  const onPresenterAction = useCallback(
    (a: PresenterAction) => {
      const step = meetingStep({ slide: state.slide, select: state.select, total: deck.slides.length }, a);
      if (step.kind === "goto") goToSlide(step.slide);
      else if (step.kind === "clearSelection") update({ ...state, select: null }, "push");
      else if (step.kind === "leave") {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        update({ ...state, present: false, slide: null, deck: null }, "push");
      }
    },
    [state, deck.slides.length, goToSlide, update],
  );
  usePresenterKeys(state.present, onPresenterAction);

  // A link that names only the slide (?present=1&slide=3) opens on that slide's view.
  const bareSlideLink =
    state.present &&
    state.slide !== null &&
    serializeUrlState({ ...state, dataset: null, present: false, slide: null, deck: null, lang: null }) === "";
  useEffect(() => {
    if (!bareSlideLink || state.slide === null) return;
    const target = deck.slides[state.slide - 1];
    if (target && target.query !== "") update(slideState(target, state.slide, state.deck, state, ctx), "replace");
  }, [bareSlideLink, state, deck, ctx, update]);

  const slideIndex = state.present && state.slide !== null ? Math.min(state.slide, deck.slides.length) : null;
  const slide = slideIndex ? (deck.slides[slideIndex - 1] ?? null) : null;
  // "Add this view" saves the view without its meeting-mode parameters; the share link carries My deck.
  const currentQuery = stripDeckParams(
    serializeUrlState({ ...state, present: false, slide: null, deck: null, lang: null }),
  );
  const shareUrl = useMemo(
    () =>
      `${window.location.origin}${window.location.pathname}${serializeLocation({ ...DEFAULT_STATE, dataset: state.dataset, lang: state.lang, present: true, slide: 1, deck: encodeDeckLink(myDeck) })}`,
    [myDeck, state.lang, state.dataset],
  );
  return { story, deck, sharing, goToSlide, onPresenterAction, slideIndex, slide, currentQuery, shareUrl };
}
