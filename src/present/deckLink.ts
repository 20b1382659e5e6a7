/**
 * Decks in share links: `#deck=<text>` in the fragment, where it never reaches a server's logs and
 * has no length limit of the server's. The text is lz-string's compressToEncodedURIComponent of a
 * compact JSON array, short enough for 20 slides to stay under the ~2,000 characters that e-mail
 * clients keep whole. Old links (`?deck=`, base64url JSON) still open. Decoding never throws.
 */
import { compressToEncodedURIComponent } from "lz-string";
import { decodeBase64UrlJson, type Deck } from "./deck.ts";
import { decompressLink } from "./decompressLink.ts";
import { salvageDeck, type SalvagedDeck } from "./salvageDeck.ts";

/** Bumped if the array layout changes, so an old atlas refuses a new link instead of misreading it. */
const FORMAT = 1;
/** Deck text accepted from a link: above the largest valid deck's, even of incompressible text (tested). */
export const MAX_LINK_TEXT = 250_000;
/** Decompressed JSON accepted: above the largest valid deck's, so only a hostile link reaches it. */
export const MAX_LINK_JSON = 400_000;
/** Links up to this length survive the e-mail clients that wrap or cut long lines (Outlook's ~2,048). */
export const MAIL_SAFE_LENGTH = 2_000;

export type DeckFromLink = ({ ok: true } & SalvagedDeck) | { ok: false; reason: "tooLong" | "unreadable" };

/** [FORMAT, title, [title, note, query]…]: no keys and no ids (they are renumbered on opening). */
export function encodeDeckLink(deck: Deck): string {
  return compressToEncodedURIComponent(
    JSON.stringify([FORMAT, deck.title, deck.slides.map((s) => [s.title, s.note, s.query])]),
  );
}

const fromCompact = (raw: unknown): unknown => {
  if (!Array.isArray(raw)) return null;
  const [format, title, compact] = raw as readonly unknown[];
  if (format !== FORMAT || !Array.isArray(compact)) return null;
  const slides = compact.map((s: unknown) => {
    if (!Array.isArray(s)) return null;
    const [slideTitle, note, query] = s as readonly unknown[];
    return { title: slideTitle, note, query };
  });
  return { title, slides };
};

const parseJson = (text: string | null): unknown => {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
};

const salvaged = (raw: unknown): DeckFromLink => {
  const deck = salvageDeck(raw, "");
  return deck ? { ok: true, ...deck } : { ok: false, reason: "unreadable" };
};

/** A deck from the `#deck=` of a link, with what was left out or cut; never throws. */
export function decodeDeckLink(text: string): DeckFromLink {
  if (typeof text !== "string") return { ok: false, reason: "unreadable" };
  if (text.length > MAX_LINK_TEXT) return { ok: false, reason: "tooLong" };
  return salvaged(fromCompact(parseJson(decompressLink(text, MAX_LINK_JSON))));
}

/** A deck from the `?deck=` of a link made before decks moved to the fragment. */
export function decodeLegacyDeckLink(text: string): DeckFromLink {
  if (typeof text !== "string") return { ok: false, reason: "unreadable" };
  if (text.length > MAX_LINK_TEXT) return { ok: false, reason: "tooLong" };
  return salvaged(decodeBase64UrlJson(text));
}
