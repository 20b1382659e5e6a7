import { useSyncExternalStore } from "react";
import type { HoverStore } from "../app/hoverStore.ts";
import type { OnDemand } from "../app/onDemand.ts";
import { useOnDemand } from "../app/useOnDemand.ts";
import type { HoverTarget } from "../map/MapView.tsx";
import { Tooltip } from "./Tooltip.tsx";

/**
 * The tooltip under the pointer: the only part of the page a mouse move re-renders. Its wording
 * (`code`) loads at the first hover, if the idle prefetch has not brought it yet.
 */
export function HoverTooltip<T>({
  store,
  code,
  describe,
}: {
  store: HoverStore;
  code: OnDemand<T>;
  describe(target: HoverTarget, code: T): string[];
}) {
  const hover = useSyncExternalStore(store.subscribe, store.get);
  const loaded = useOnDemand(code, hover !== null);
  return hover && loaded ? <Tooltip x={hover.x} y={hover.y} lines={describe(hover, loaded)} /> : null;
}
