/** A component's wait for code loaded on demand (onDemand.ts). */
import { useEffect, useReducer } from "react";
import type { OnDemand } from "./onDemand.ts";

/** The module for a component: null until it has loaded, then the module; `wanted` starts the load. */
export function useOnDemand<T>(code: OnDemand<T>, wanted: boolean): T | null {
  const [, arrived] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!wanted || code.now()) return;
    let live = true;
    code.load().then(
      () => live && arrived(),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [code, wanted]);
  return code.now();
}
