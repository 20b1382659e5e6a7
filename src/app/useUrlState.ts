import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { parseLocation, serializeLocation, type DeckLinkCodec, type ParsedLocation } from "../state/locationState.ts";
import { DEFAULT_STATE, type ParseContext, type UrlState } from "../state/urlState.ts";

/** Fired after the atlas rewrites the URL, so that what sits above the atlas (which dataset to load) follows. */
export const URL_CHANGE = "atlas:urlchange";

/** The `dataset` parameter as it is in the address bar now, following every change. */
export function useDatasetParam(): string | null {
  const read = () => new URLSearchParams(window.location.search).get("dataset");
  const [id, setId] = useState(read);
  useEffect(() => {
    const onChange = () => setId(read());
    window.addEventListener("popstate", onChange);
    window.addEventListener(URL_CHANGE, onChange);
    return () => {
      window.removeEventListener("popstate", onChange);
      window.removeEventListener(URL_CHANGE, onChange);
    };
  }, []);
  return id;
}

/** Query and fragment (where a shared deck travels); a query never contains "#", so this splits back. */
const here = () => window.location.search + window.location.hash;

/**
 * The URL as the app's state: read on load and on back/forward, written on every change.
 * Filter and selection changes push a history entry; camera moves replace the current one, so
 * Back steps through what the user chose rather than every pan. A deck in the address is read
 * with `codec` (meeting mode's chunk): until it has loaded, such an address waits, as below.
 */
export function useUrlState(
  ctx: ParseContext | null,
  codec: DeckLinkCodec | null,
): Omit<ParsedLocation, "rewrite"> & {
  update(next: UrlState, mode?: "push" | "replace"): void;
} {
  const [address, setAddress] = useState(here);
  useEffect(() => {
    const onPop = () => setAddress(here());
    // Also fired for a pasted link that differs only in its fragment (no reload). Not hashchange too: it
    // comes after our rewrite of that link and would read the rewritten address, losing the notice.
    window.addEventListener("popstate", onPop);
    // Not URL_CHANGE: this hook is what writes the URL, and a rewrite must keep the notice of what it dropped.
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  // Without a context (another dataset is still loading) the address is not read against the
  // dataset on screen: the last reading stands, and nothing is rewritten. So for a deck before its codec.
  const last = useRef<ParsedLocation>({ state: DEFAULT_STATE, dropped: [], deckLink: null, rewrite: false });
  const parsed = useMemo(() => {
    const hashAt = address.indexOf("#");
    const search = hashAt < 0 ? address : address.slice(0, hashAt);
    return (ctx && parseLocation(search, hashAt < 0 ? "" : address.slice(hashAt), ctx, codec)) || last.current;
  }, [address, ctx, codec]);
  last.current = parsed;

  // A link with values the app dropped, or an old `?deck=`, is rewritten to what is actually shown.
  // The address state is left as read, so the notices of what was dropped or cut stay up.
  useEffect(() => {
    if (!ctx || !parsed.rewrite) return;
    window.history.replaceState(null, "", serializeLocation(parsed.state) || window.location.pathname);
    window.dispatchEvent(new Event(URL_CHANGE));
  }, [ctx, parsed]);

  const update = useCallback((next: UrlState, mode: "push" | "replace" = "push") => {
    const target = serializeLocation(next);
    if (target === here()) return;
    const url = target || window.location.pathname;
    if (mode === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    setAddress(target);
    window.dispatchEvent(new Event(URL_CHANGE));
  }, []);

  return { state: parsed.state, dropped: parsed.dropped, deckLink: parsed.deckLink, update };
}
