/**
 * What is selected and how: a place (in the URL), or one pair's links opened from a matrix cell,
 * and whether the user's choice should move the focus to the details heading.
 */
import { useCallback, useMemo, useState } from "react";
import type { Dataset, Link } from "../data/dataset.ts";
import { linksOf } from "../data/filterLinks.ts";
import type { UrlState } from "../state/urlState.ts";
import { useEscape } from "./useGlobalKeys.ts";

export function useSelection(args: {
  state: UrlState;
  set(patch: Partial<UrlState>): void;
  shown: Link[];
  dataset: Dataset;
}) {
  const { state, set, shown, dataset } = args;
  // A matrix cell opens one pair's links; any other selection ends that.
  const [pair, setPair] = useState<{ ms: string; partner: string } | null>(null);
  // A place the user chose moves the focus to the details heading; one from the address does not.
  const [focusRequest, setFocusRequest] = useState<{ id: string; n: number } | null>(null);
  const select = useCallback(
    (id: string | null) => {
      setPair(null);
      set({ select: id });
      // In meeting mode there is no details panel, and the presenter's keys must keep working.
      setFocusRequest((r) => (id && !state.present ? { id, n: (r?.n ?? 0) + 1 } : null));
    },
    [set, state.present],
  );
  const selectPair = useCallback(
    (ms: string, partner: string) => {
      select(ms);
      setPair({ ms, partner });
    },
    [select],
  );
  const onDetailsFocused = useCallback(() => setFocusRequest(null), []);
  useEscape(
    useCallback(() => {
      if (!state.present && state.select) select(null);
    }, [state.present, state.select, select]),
  );

  const pairShown = pair && state.select === pair.ms ? pair : null;
  const { selectedLinks, hiddenCount } = useMemo(() => {
    const ofSelection = (links: readonly Link[]) => {
      const own = state.select ? linksOf(links, state.select) : [];
      return pairShown ? own.filter((l) => l.partner === pairShown.partner) : own;
    };
    const selected = ofSelection(shown);
    return {
      selectedLinks: selected,
      hiddenCount: state.select ? ofSelection(dataset.links).length - selected.length : 0,
    };
  }, [shown, dataset, state.select, pairShown]);
  const focusFor = focusRequest?.id === state.select ? (focusRequest?.n ?? null) : null;
  return {
    select,
    selectPair,
    pairWith: pairShown?.partner ?? null,
    selectedLinks,
    hiddenCount,
    focusFor,
    onDetailsFocused,
  };
}
