import type { DroppedValue } from "./urlState.ts";

/** How many ignored values the notice names, and how much of each: a link can carry a megabyte. */
export const NOTICE_MAX_VALUES = 5;
export const NOTICE_MAX_CHARS = 40;

/** The first few ignored values as `param=value`, each cut short, and how many more there are. Pure. */
export function summarizeDropped(dropped: readonly DroppedValue[]): { shown: string[]; more: number } {
  const cut = (s: string) => (s.length > NOTICE_MAX_CHARS ? `${s.slice(0, NOTICE_MAX_CHARS - 1)}…` : s);
  const shown = dropped.slice(0, NOTICE_MAX_VALUES).map((d) => `${cut(d.param)}=${cut(d.value)}`);
  return { shown, more: Math.max(0, dropped.length - NOTICE_MAX_VALUES) };
}
