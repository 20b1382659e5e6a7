/**
 * Meeting mode for the atlas: which deck is presented (one from the link, My deck's or shared and
 * labelled so, else the story built from the data), the slide shown, and the presenter's keys.
 * The work is done by the engine (a chunk of its own, useMeetingEngine.ts): until it has loaded
 * there is no deck, and a step asked for (the "Meeting mode" button) is taken when it arrives.
 */
import { useCallback, useEffect, useMemo } from "react";
import type { Dataset } from "../data/dataset.ts";
import type { I18n } from "../i18n/I18nContext.tsx";
import { serializeLocation } from "../state/locationState.ts";
import { DEFAULT_STATE, serializeUrlState, type ParseContext, type UrlState } from "../state/urlState.ts";
import type { Deck } from "./deck.ts";
import { withMeetingEngine, type MeetingEngine } from "./useMeetingEngine.ts";
import type { PresenterAction } from "./meetingNavigation.ts";
import { usePresenterKeys } from "./usePresenterKeys.ts";
import { useSharedDeck } from "./useSharedDeck.ts";

/** The deck in a link's text (UrlState.deck), or null; what was left out of it is reported by useUrlState. */
function deckOfLink(engine: MeetingEngine, text: string | null): Deck | null {
  const link = text ? engine.decodeDeckLink(text) : null;
  return link?.ok ? link.deck : null;
}

export interface MeetingModeInput {
  engine: MeetingEngine | null;
  dataset: Dataset;
  state: UrlState;
  ctx: ParseContext;
  update(next: UrlState, mode: "push" | "replace"): void;
  i18n: I18n;
  nameOf(id: string): string;
  myDeck: Deck | null;
  setMyDeck(deck: Deck): void;
}

export function useMeetingMode({
  engine,
  dataset,
  state,
  ctx,
  update,
  i18n,
  nameOf,
  myDeck,
  setMyDeck,
}: MeetingModeInput) {
  const storyOf = useCallback(
    (e: MeetingEngine) => e.storyDeck({ dataset, datasetParam: state.dataset, i18n, nameOf }),
    [dataset, state.dataset, i18n, nameOf],
  );
  const story = useMemo(() => (engine ? storyOf(engine) : null), [engine, storyOf]);
  const linkDeck = useMemo(() => (engine ? deckOfLink(engine, state.deck) : null), [engine, state.deck]);
  const deck = linkDeck ?? story;
  const sharing = useSharedDeck(engine, linkDeck, state.deck, myDeck, setMyDeck);

  const goToSlide = useCallback(
    (n: number, deckText: string | null = state.deck) =>
      withMeetingEngine((e) => {
        const slides = deckOfLink(e, deckText)?.slides ?? (story ?? storyOf(e)).slides;
        const index = Math.min(Math.max(n, 1), slides.length);
        const slide = slides[index - 1];
        if (slide) update(e.slideState(slide, index, deckText, state, ctx), "push");
      }),
    [state, story, storyOf, ctx, update],
  );

  const onPresenterAction = useCallback(
    (a: PresenterAction) => {
      if (!engine || !deck) return;
      const step = engine.meetingStep({ slide: state.slide, select: state.select, total: deck.slides.length }, a);
      if (step.kind === "goto") goToSlide(step.slide);
      else if (step.kind === "clearSelection") update({ ...state, select: null }, "push");
      else if (step.kind === "leave") {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        update({ ...state, present: false, slide: null, deck: null }, "push");
      }
    },
    [engine, state, deck, goToSlide, update],
  );
  usePresenterKeys(state.present, engine?.presenterAction ?? null, onPresenterAction);

  // A link that names only the slide (?present=1&slide=3) opens on that slide's view.
  const bareSlideLink =
    state.present &&
    state.slide !== null &&
    serializeUrlState({ ...state, dataset: null, present: false, slide: null, deck: null, lang: null }) === "";
  useEffect(() => {
    if (!bareSlideLink || state.slide === null || !engine || !deck) return;
    const target = deck.slides[state.slide - 1];
    if (target && target.query !== "")
      update(engine.slideState(target, state.slide, state.deck, state, ctx), "replace");
  }, [bareSlideLink, engine, state, deck, ctx, update]);

  const slideIndex = state.present && state.slide !== null && deck ? Math.min(state.slide, deck.slides.length) : null;
  const slide = slideIndex && deck ? (deck.slides[slideIndex - 1] ?? null) : null;
  // "Add this view" saves the view without its meeting-mode parameters; the share link carries My deck.
  const currentQuery = engine
    ? engine.stripDeckParams(serializeUrlState({ ...state, present: false, slide: null, deck: null, lang: null }))
    : null;
  const myDeckText = useMemo(() => (engine && myDeck ? engine.encodeDeckLink(myDeck) : null), [engine, myDeck]);
  const shareUrl = useMemo(
    () =>
      myDeckText === null
        ? null
        : `${window.location.origin}${window.location.pathname}${serializeLocation({ ...DEFAULT_STATE, dataset: state.dataset, lang: state.lang, present: true, slide: 1, deck: myDeckText })}`,
    [myDeckText, state.lang, state.dataset],
  );
  const presentMyDeck = useCallback(() => {
    if (myDeckText !== null) goToSlide(1, myDeckText);
  }, [goToSlide, myDeckText]);
  return {
    story,
    deck,
    sharing,
    goToSlide,
    onPresenterAction,
    slideIndex,
    slide,
    currentQuery,
    shareUrl,
    presentMyDeck,
  };
}
