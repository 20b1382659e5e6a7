import { useCallback, useEffect, useMemo, useState } from "react";
import { safeStorage } from "../state/safeStorage.ts";

export type UserAppearance = "light" | "dark";
const KEY = "partnership-atlas.appearance";

/** Light or dark, remembered in this browser; the system preference until the user chooses. */
export function useAppearance(): [UserAppearance, (a: UserAppearance) => void] {
  const store = useMemo(() => safeStorage(), []);
  const [appearance, setAppearance] = useState<UserAppearance>(() => {
    const saved = store.getItem(KEY);
    if (saved === "light" || saved === "dark") return saved;
    return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  });
  const choose = useCallback(
    (a: UserAppearance) => {
      setAppearance(a);
      try {
        store.setItem(KEY, a);
      } catch {
        // Quota or private mode: the choice lasts for this page only.
      }
    },
    [store],
  );
  useEffect(() => {
    document.documentElement.dataset.appearance = appearance;
  }, [appearance]);
  return [appearance, choose];
}
