import { useSyncExternalStore } from "react";
import type { HoverStore } from "../app/hoverStore.ts";
import type { HoverTarget } from "../map/MapView.tsx";
import { Tooltip } from "./Tooltip.tsx";

/** The tooltip under the pointer: the only part of the page a mouse move re-renders. */
export function HoverTooltip({ store, describe }: { store: HoverStore; describe(target: HoverTarget): string[] }) {
  const hover = useSyncExternalStore(store.subscribe, store.get);
  return hover ? <Tooltip x={hover.x} y={hover.y} lines={describe(hover)} /> : null;
}
