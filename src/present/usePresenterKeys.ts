import { useEffect } from "react";
import type { PresenterAction } from "./meetingNavigation.ts";

/**
 * Listens in the capture phase so that the map, which also reads arrow keys to pan, never sees
 * a key meant for the deck. Inactive outside meeting mode, and until meeting mode's engine, which
 * reads the keys (`presenterAction`), has loaded: `toAction` is null until then.
 */
export function usePresenterKeys(
  active: boolean,
  toAction: ((key: string) => PresenterAction | null) | null,
  onAction: (a: PresenterAction) => void,
) {
  useEffect(() => {
    if (!active || !toAction) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target;
      if (
        target instanceof HTMLInputElement ||
        target instanceof HTMLTextAreaElement ||
        target instanceof HTMLSelectElement
      )
        return;
      // Space on a focused button presses it (Leave, Full screen), as everywhere else.
      if (target instanceof HTMLButtonElement && (e.key === " " || e.key === "Enter")) return;
      const action = toAction(e.key);
      if (!action) return;
      // Space and arrows on a focused button would otherwise click it or scroll the page.
      e.preventDefault();
      e.stopPropagation();
      onAction(action);
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [active, toAction, onAction]);
}
