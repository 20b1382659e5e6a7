import { useEffect } from "react";

export type PresenterAction = "next" | "previous" | "first" | "last" | "leave";

/** What a presenter's clicker and keyboard send, as deck actions. Pure, so it is unit-tested. */
export function presenterAction(key: string): PresenterAction | null {
  switch (key) {
    case "ArrowRight":
    case "PageDown":
    case " ":
    case "Spacebar":
      return "next";
    case "ArrowLeft":
    case "PageUp":
      return "previous";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "Escape":
      return "leave";
    default:
      return null;
  }
}

/**
 * Listens in the capture phase so that the map, which also reads arrow keys to pan, never sees
 * a key meant for the deck. Inactive outside meeting mode.
 */
export function usePresenterKeys(active: boolean, onAction: (a: PresenterAction) => void) {
  useEffect(() => {
    if (!active) return;
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
      const action = presenterAction(e.key);
      if (!action) return;
      // Space and arrows on a focused button would otherwise click it or scroll the page.
      e.preventDefault();
      e.stopPropagation();
      onAction(action);
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [active, onAction]);
}
