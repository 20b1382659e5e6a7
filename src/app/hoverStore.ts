/**
 * What the pointer is over, kept outside React state: the map reports every mouse move, and only
 * the tooltip should re-render for it, never the whole atlas.
 */
import type { HoverTarget } from "../map/MapView.tsx";

export interface HoverStore {
  get(): HoverTarget | null;
  set(target: HoverTarget | null): void;
  subscribe(onChange: () => void): () => void;
}

export function createHoverStore(): HoverStore {
  let current: HoverTarget | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(target) {
      if (target === current) return;
      current = target;
      for (const l of listeners) l();
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}
