/**
 * A meeting deck: slides are saved atlas views (serializeUrlState query strings) with a title and a note.
 * Decks arrive from localStorage and from shared links, so everything read back is validated and
 * parsing never throws. Editing helpers are pure and return the same object when nothing changes.
 */
import { cleanText, isCleanLine } from "./cleanText.ts";

export { cleanText } from "./cleanText.ts";

export interface Slide {
  id: string;
  title: string;
  note: string;
  query: string;
}

export interface Deck {
  title: string;
  slides: Slide[];
}

export const MAX_TITLE = 120;
export const MAX_NOTE = 300;
export const MAX_QUERY = 2000;
export const MAX_SLIDES = 50;
/** Parameters that drive presenting itself; a slide that carried them would nest decks or jump slides. */
export const DECK_PARAMS = ["present", "slide", "deck"] as const;

// Titles and notes render on one line; line breaks, control and formatting characters (bidi
// overrides, zero-width) and lone surrogates are refused: cleanText removes them before saving.
const isLine = (v: unknown, max: number): v is string => typeof v === "string" && v.length <= max && isCleanLine(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const SLIDE_ID = /^[A-Za-z0-9_-]{1,16}$/;

const hasDeckParam = (query: string) => {
  const params = new URLSearchParams(query);
  return DECK_PARAMS.some((p) => params.has(p));
};

/*
 * The checks are written out rather than declared with zod: decks are read on the first screen
 * (a saved deck, a shared link), and zod would be most of the first load's weight (issue #9).
 * Like a schema, they return a fresh object of the known fields only, or null.
 */

/** A slide: an id to address it by, one-line title and note, and a bare query without deck parameters. */
export function parseSlide(v: unknown): Slide | null {
  if (!isRecord(v)) return null;
  const { id, title, note, query } = v;
  if (typeof id !== "string" || !SLIDE_ID.test(id) || !isLine(title, MAX_TITLE) || !isLine(note, MAX_NOTE)) return null;
  if (typeof query !== "string" || query.length > MAX_QUERY) return null;
  if (query.startsWith("?") || query.includes("#") || hasDeckParam(query)) return null;
  return { id, title, note, query };
}

export function parseDeck(json: unknown): Deck | null {
  if (!isRecord(json) || !isLine(json.title, MAX_TITLE)) return null;
  if (!Array.isArray(json.slides) || json.slides.length > MAX_SLIDES) return null;
  const slides: Slide[] = [];
  for (const item of json.slides as unknown[]) {
    const slide = parseSlide(item);
    if (!slide) return null;
    slides.push(slide);
  }
  // Editing and navigation address slides by id, so a duplicate would make them ambiguous.
  if (new Set(slides.map((s) => s.id)).size !== slides.length) return null;
  return { title: json.title, slides };
}

// Well above what encodeDeck yields for any valid deck (tested); stops a hostile link from making us
// decode megabytes before the schema gets to refuse it.
export const MAX_ENCODED_LENGTH = 600_000;

export function encodeDeck(deck: Deck): string {
  const bytes = new TextEncoder().encode(JSON.stringify(deck));
  let binary = "";
  // Chunked so a large deck does not exceed the engine's argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The JSON inside encodeDeck's text, or undefined when it is not our base64url of UTF-8 JSON. */
export function decodeBase64UrlJson(text: string): unknown {
  // atob is forgiving (whitespace, standard alphabet); be strict so only our own encoding is accepted.
  if (
    typeof text !== "string" ||
    text.length > MAX_ENCODED_LENGTH ||
    !/^[A-Za-z0-9_-]*$/.test(text) ||
    text.length % 4 === 1
  )
    return undefined;
  try {
    const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
    const binary = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

/** The old share format (`?deck=`), strictly: the whole deck valid or null. Links now use deckLink.ts. */
export function decodeDeck(text: string): Deck | null {
  return parseDeck(decodeBase64UrlJson(text));
}

/** Removes present/slide/deck parameters, leaving the rest of the query exactly as written. */
export function stripDeckParams(query: string): string {
  return query
    .replace(/^\?/, "")
    .split("&")
    .filter((part) => part !== "" && !hasDeckParam(part))
    .join("&");
}

/**
 * Appends a slide, cleaning its title, note and query. Returns `deck` itself when the slide cannot be
 * added: the deck is full, the id is taken or invalid, or the query is too long.
 */
export function addSlide(deck: Deck, slide: Slide): Deck {
  const clean: Slide = {
    id: slide.id,
    title: cleanText(slide.title, MAX_TITLE),
    note: cleanText(slide.note, MAX_NOTE),
    query: stripDeckParams(slide.query),
  };
  if (deck.slides.length >= MAX_SLIDES || deck.slides.some((s) => s.id === slide.id) || !parseSlide(clean)) return deck;
  return { ...deck, slides: [...deck.slides, clean] };
}

/** Sets the title and, when given, the note, cleaned as typed; an unknown id returns `deck` itself. */
export function renameSlide(deck: Deck, id: string, title: string, note?: string): Deck {
  if (!deck.slides.some((s) => s.id === id)) return deck;
  // Called on every keystroke: a trailing space stays so the next word can be typed.
  const update = (s: Slide): Slide => ({
    ...s,
    title: cleanText(title, MAX_TITLE, true),
    note: note === undefined ? s.note : cleanText(note, MAX_NOTE, true),
  });
  return { ...deck, slides: deck.slides.map((s) => (s.id === id ? update(s) : s)) };
}

/** Moves a slide by `delta` places, stopping at either end; `deck` itself when it would not move. */
export function moveSlide(deck: Deck, id: string, delta: number): Deck {
  const from = deck.slides.findIndex((s) => s.id === id);
  if (from < 0) return deck;
  const to = clampSlideIndex(deck, from + (Number.isFinite(delta) ? Math.trunc(delta) : 0));
  if (to === from) return deck;
  const moved = deck.slides[from];
  if (!moved) return deck;
  const slides = deck.slides.filter((s) => s.id !== id);
  slides.splice(to, 0, moved);
  return { ...deck, slides };
}

export function deleteSlide(deck: Deck, id: string): Deck {
  return deck.slides.some((s) => s.id === id) ? { ...deck, slides: deck.slides.filter((s) => s.id !== id) } : deck;
}

/** "s<n>" for the first n from slides.length + 1 not in use: short, stable for a given deck, and found within MAX_SLIDES + 1 tries. */
export function newSlideId(existing: Deck): string {
  const used = new Set(existing.slides.map((s) => s.id));
  let n = existing.slides.length + 1;
  while (used.has(`s${n}`)) n++;
  return `s${n}`;
}

/** A valid index for `deck` (0 for an empty deck, which has no slide to show). */
export function clampSlideIndex(deck: Deck, index: number): number {
  const i = Number.isFinite(index) ? Math.trunc(index) : 0;
  return Math.min(Math.max(i, 0), Math.max(deck.slides.length - 1, 0));
}
