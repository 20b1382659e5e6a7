import type { Link } from "./dataset.ts";

/**
 * How many links each value of `key` has, most first; ties by id, so decks and summaries read the
 * same on every machine. Pure.
 */
export function countBy(links: readonly Link[], key: (l: Link) => string, keep: (id: string) => boolean = () => true): [string, number][] {
  const counts = new Map<string, number>();
  for (const l of links) {
    const id = key(l);
    if (keep(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
