/**
 * The whole address as state: the query (urlState.ts) plus a shared deck, which travels in the
 * fragment (`#deck=`) so that it never reaches a server's logs and is not bound by its URL limit.
 * Links made before that carried it as `?deck=`; they open as before and are rewritten to the fragment.
 */
import type { Deck } from "../present/deck.ts";
import type { DeckFromLink } from "../present/deckLink.ts";
import type { SalvagedDeck } from "../present/salvageDeck.ts";
import { parseUrlState, serializeUrlState, type DroppedValue, type ParseContext, type UrlState } from "./urlState.ts";

export interface ParsedLocation {
  state: UrlState;
  dropped: DroppedValue[];
  /** The deck the link carried, with what had to be left out of it; null when it carried none. */
  deckLink: SalvagedDeck | null;
  /** The address is not what serializeLocation writes (an old `?deck=`, values dropped): rewrite it. */
  rewrite: boolean;
}

/** The `deck` value of a fragment such as `#deck=…`, or null. Percent-escapes (some mail clients add them) are undone. */
export function fragmentDeck(hash: string): string | null {
  const part = hash
    .replace(/^#/, "")
    .split("&")
    .find((p) => p.startsWith("deck="));
  if (part === undefined) return null;
  const value = part.slice("deck=".length);
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

// A damaged deck is named in the notice of dropped values; a few characters are enough to recognise it.
const shortened = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

/**
 * What reads and writes a link's deck (present/deckLink.ts). It comes with meeting mode's chunk
 * (present/useMeetingEngine.ts), not with the page: most addresses carry no deck.
 */
export interface DeckLinkCodec {
  decodeDeckLink(text: string): DeckFromLink;
  decodeLegacyDeckLink(text: string): DeckFromLink;
  encodeDeckLink(deck: Deck): string;
}

/**
 * The address as state. Without a codec, an address that carries a deck in meeting mode cannot
 * be read yet: null, and the caller reads it again once the codec has loaded.
 */
export function parseLocation(search: string, hash: string, ctx: ParseContext, codec: DeckLinkCodec): ParsedLocation;
export function parseLocation(
  search: string,
  hash: string,
  ctx: ParseContext,
  codec: DeckLinkCodec | null,
): ParsedLocation | null;
export function parseLocation(
  search: string,
  hash: string,
  ctx: ParseContext,
  codec: DeckLinkCodec | null,
): ParsedLocation | null {
  const { state, dropped } = parseUrlState(search, ctx);
  const inFragment = fragmentDeck(hash);
  const inQuery = new URLSearchParams(search).get("deck");
  const text = inFragment ?? inQuery;
  // As before the fragment: a deck means something only in meeting mode, and is otherwise ignored.
  if (!state.present || text === null || text === "")
    return { state, dropped, deckLink: null, rewrite: dropped.length > 0 };
  if (!codec) return null;
  const { decodeDeckLink, decodeLegacyDeckLink, encodeDeckLink } = codec;
  const link: DeckFromLink = inFragment !== null ? decodeDeckLink(text) : decodeLegacyDeckLink(text);
  if (!link.ok) {
    dropped.push({ param: "deck", value: shortened(text) });
    return { state, dropped, deckLink: null, rewrite: true };
  }
  const deckLink: SalvagedDeck = { deck: link.deck, dropped: link.dropped, shortened: link.shortened };
  state.deck = encodeDeckLink(deckLink.deck);
  return { state, dropped, deckLink, rewrite: dropped.length > 0 || state.deck !== inFragment };
}

/** The address for `s`: "?query#deck=…", either part left out when empty; "" for the default view. */
export function serializeLocation(s: UrlState): string {
  const qs = serializeUrlState(s);
  return `${qs ? `?${qs}` : ""}${s.present && s.deck ? `#deck=${s.deck}` : ""}`;
}
