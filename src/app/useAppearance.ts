import { useCallback, useEffect, useState } from "react";

export type UserAppearance = "light" | "dark";
const KEY = "partnership-atlas.appearance";

function initial(): UserAppearance {
  const saved = window.localStorage.getItem(KEY);
  if (saved === "light" || saved === "dark") return saved;
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** Light or dark, remembered in this browser; the system preference until the user chooses. */
export function useAppearance(): [UserAppearance, (a: UserAppearance) => void] {
  const [appearance, setAppearance] = useState<UserAppearance>(initial);
  const choose = useCallback((a: UserAppearance) => {
    setAppearance(a);
    try {
      window.localStorage.setItem(KEY, a);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.dataset.appearance = appearance;
  }, [appearance]);
  return [appearance, choose];
}
