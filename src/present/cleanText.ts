/**
 * The one cleaning step for every title and note, wherever it comes from: typed by the user, read
 * back from localStorage, or decoded from a shared link. Text from a link is shown on the atlas's
 * own screen, so nothing invisible may survive that could reorder or hide what a reader sees.
 */

// Format characters (Cf: bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069,
// marks U+200E/F, zero-width U+200B–U+200D, U+FEFF, soft hyphens, tags), lone surrogates (which
// TextEncoder silently turns into U+FFFD) and line/paragraph separators. Control characters (Cc) are
// whitespace-like and handled below, so a tab or line break becomes a space rather than gluing words.
const FORMATTING = /[\p{Cf}\p{Cs}]/gu;
const SPACING = /[\s\p{Cc}\u2028\u2029]+/gu;

/** Removes invisible formatting characters and turns control characters into spaces; nothing else changes. */
export function stripFormatting(text: string): string {
  return text.replace(FORMATTING, "").replace(SPACING, (run) => (run === " " ? run : " "));
}

/** True when `text` is already one clean line: what the deck schema insists on for stored text. */
export function isCleanLine(text: string): boolean {
  return !/[\p{Cf}\p{Cs}\p{Cc}\u2028\u2029]/u.test(text);
}

/**
 * One line of at most `max` UTF-16 units, cut without splitting a character. `editing` keeps one
 * trailing space, so that a title being typed into a controlled input can get its next word.
 */
export function cleanText(text: string, max: number, editing = false): string {
  const flat = stripFormatting(text).trimStart();
  let out = "";
  for (const ch of flat) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return editing ? out.replace(/ +$/, (s) => s.slice(0, 1)) : out.trimEnd();
}
