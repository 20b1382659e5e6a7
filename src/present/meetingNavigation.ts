/**
 * Meeting-mode navigation as a pure reducer: where a presenter's action takes the deck, and the
 * atlas state a slide opens. The hook (useMeetingMode) only applies what these return.
 */
import { parseUrlState, type ParseContext, type UrlState } from "../state/urlState.ts";
import type { Slide } from "./deck.ts";

export type PresenterAction = "next" | "previous" | "first" | "last" | "leave";

/** What a presenter's clicker and keyboard send (usePresenterKeys), as deck actions. */
export function presenterAction(key: string): PresenterAction | null {
  switch (key) {
    case "ArrowRight":
    case "PageDown":
    case " ":
    case "Spacebar":
      return "next";
    case "ArrowLeft":
    case "PageUp":
      return "previous";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "Escape":
      return "leave";
    default:
      return null;
  }
}

export interface MeetingPosition {
  /** The 1-based slide shown, or null before the first. */
  slide: number | null;
  /** A place clicked during the talk: Escape undoes it before leaving the deck. */
  select: string | null;
  total: number;
}

export type MeetingStep =
  { kind: "goto"; slide: number } | { kind: "clearSelection" } | { kind: "leave" } | { kind: "none" };

export function meetingStep(at: MeetingPosition, action: PresenterAction): MeetingStep {
  if (at.total === 0)
    return action === "leave" ? (at.select ? { kind: "clearSelection" } : { kind: "leave" }) : { kind: "none" };
  const current = at.slide ?? 0;
  const clamp = (n: number) => Math.min(Math.max(n, 1), at.total);
  switch (action) {
    case "next":
      return { kind: "goto", slide: clamp(current + 1) };
    case "previous":
      return { kind: "goto", slide: clamp(current - 1) };
    case "first":
      return { kind: "goto", slide: 1 };
    case "last":
      return { kind: "goto", slide: at.total };
    case "leave":
      return at.select ? { kind: "clearSelection" } : { kind: "leave" };
  }
}

/**
 * The state a slide opens: its own view, in the language and (when the slide names none) the
 * dataset being presented, still in meeting mode on that slide of that deck.
 */
export function slideState(
  slide: Slide,
  index: number,
  deckText: string | null,
  presenting: Pick<UrlState, "dataset" | "lang">,
  ctx: ParseContext,
): UrlState {
  const parsed = parseUrlState(slide.query, ctx).state;
  return {
    ...parsed,
    dataset: parsed.dataset ?? presenting.dataset,
    lang: presenting.lang,
    present: true,
    slide: index,
    deck: deckText,
  };
}
