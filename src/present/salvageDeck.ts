/**
 * Reads a deck from untrusted data (localStorage, an old or new share link) slide by slide: one
 * broken slide is left out rather than losing the whole deck, and the caller learns how many went.
 */
import { cleanText } from "./cleanText.ts";
import { MAX_NOTE, MAX_SLIDES, MAX_TITLE, parseDeck, parseSlide, type Deck, type Slide } from "./deck.ts";

export interface SalvagedDeck {
  deck: Deck;
  /** Slides left out: not a slide, a query the atlas refuses, or past MAX_SLIDES. */
  dropped: number;
  /** Titles or notes cut to their maximum length. */
  shortened: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const ID = /^[A-Za-z0-9_-]{1,16}$/;

/** null when `raw` is not a deck at all (no slide list); otherwise the slides that are valid. */
export function salvageDeck(raw: unknown, fallbackTitle: string): SalvagedDeck | null {
  if (!isRecord(raw) || !Array.isArray(raw.slides)) return null;
  let shortened = 0;
  const clean = (text: unknown, max: number): string | null => {
    if (typeof text !== "string") return null;
    const out = cleanText(text, max);
    if (out !== cleanText(text, Infinity)) shortened++;
    return out;
  };
  const slides: Slide[] = [];
  const used = new Set<string>();
  let dropped = 0;
  for (const item of raw.slides as unknown[]) {
    const title = isRecord(item) ? clean(item.title, MAX_TITLE) : null;
    const note = isRecord(item) ? (item.note === undefined ? "" : clean(item.note, MAX_NOTE)) : null;
    if (!isRecord(item) || title === null || note === null || slides.length >= MAX_SLIDES) {
      dropped++;
      continue;
    }
    // Ids only address slides while editing: a missing or repeated one is replaced, not a reason to drop.
    let id = typeof item.id === "string" && ID.test(item.id) && !used.has(item.id) ? item.id : "";
    for (let n = slides.length + 1; id === ""; n++) if (!used.has(`s${n}`)) id = `s${n}`;
    const slide = parseSlide({ id, title, note, query: item.query });
    if (!slide) {
      dropped++;
      continue;
    }
    used.add(id);
    slides.push(slide);
  }
  const title = clean(raw.title, MAX_TITLE) ?? fallbackTitle;
  // Every part was checked above; parsing the whole keeps the promise that a salvaged deck is a valid one.
  const deck = parseDeck({ title, slides });
  return deck && { deck, dropped, shortened };
}
