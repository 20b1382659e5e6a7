import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { DEFAULT_STATE, parseUrlState, serializeUrlState, type DroppedValue, type ParseContext, type UrlState } from "../state/urlState.ts";

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

/**
 * The URL as the app's state: read on load and on back/forward, written on every change.
 * Filter and selection changes push a history entry; camera moves replace the current one, so
 * Back steps through what the user chose rather than every pan.
 */
export function useUrlState(ctx: ParseContext | null): {
  state: UrlState;
  dropped: DroppedValue[];
  update(next: UrlState, mode?: "push" | "replace"): void;
} {
  const [search, setSearch] = useState(() => window.location.search);
  useEffect(() => {
    const onPop = () => setSearch(window.location.search);
    window.addEventListener("popstate", onPop);
    // Not URL_CHANGE: this hook is what writes the URL, and a rewrite must keep the notice of what it dropped.
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  // Without a context (another dataset is still loading) the address is not read against the
  // dataset on screen: the last reading stands, and nothing is rewritten.
  const last = useRef<{ state: UrlState; dropped: DroppedValue[] }>({ state: DEFAULT_STATE, dropped: [] });
  const parsed = useMemo(() => (ctx ? parseUrlState(search, ctx) : last.current), [search, ctx]);
  last.current = parsed;

  // A link with values the app dropped is rewritten to what is actually shown.
  useEffect(() => {
    if (!ctx || parsed.dropped.length === 0) return;
    const qs = serializeUrlState(parsed.state);
    window.history.replaceState(null, "", qs ? `?${qs}` : window.location.pathname);
    window.dispatchEvent(new Event(URL_CHANGE));
  }, [ctx, parsed]);

  const update = useCallback((next: UrlState, mode: "push" | "replace" = "push") => {
    const qs = serializeUrlState(next);
    const target = qs ? `?${qs}` : "";
    if (target === window.location.search) return;
    const url = target || window.location.pathname;
    if (mode === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    setSearch(target);
    window.dispatchEvent(new Event(URL_CHANGE));
  }, []);

  return { state: parsed.state, dropped: parsed.dropped, update };
}
