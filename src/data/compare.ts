/**
 * Two lists of links side by side, matched by Member State and partner (datasets name their
 * frameworks differently, so the pair is what both can say): in both, only in the shown one
 * (A), only in the other (B). The same serves two dates of one dataset. Pure.
 */
import type { Link } from "./dataset.ts";

export type CompareKind = "both" | "only_a" | "only_b";

export interface Comparison {
  /** Pairs ("FRA>GEO") by kind, each pair once. */
  pairs: Record<CompareKind, string[]>;
  /** Every link of A, and B's links of the pairs only B has, each with its kind. */
  links: { link: Link; kind: CompareKind; side: "a" | "b" }[];
  /** For a pair in both: the other side's instruments, to show side by side. */
  others(pair: string, side: "a" | "b"): Link[];
}

export const pairOf = (l: Pick<Link, "member_state" | "partner">) => `${l.member_state}>${l.partner}`;

export function compareLinks(a: readonly Link[], b: readonly Link[]): Comparison {
  const byPair = (links: readonly Link[]) => {
    const m = new Map<string, Link[]>();
    for (const l of links) {
      const k = pairOf(l);
      const list = m.get(k);
      if (list) list.push(l);
      else m.set(k, [l]);
    }
    return m;
  };
  const pa = byPair(a);
  const pb = byPair(b);
  const kindOf = (pair: string): CompareKind => (pa.has(pair) && pb.has(pair) ? "both" : pa.has(pair) ? "only_a" : "only_b");
  const pairs: Record<CompareKind, string[]> = { both: [], only_a: [], only_b: [] };
  for (const pair of new Set([...pa.keys(), ...pb.keys()])) pairs[kindOf(pair)].push(pair);
  const links = [
    ...a.map((link) => ({ link, kind: kindOf(pairOf(link)), side: "a" as const })),
    ...b.filter((l) => !pa.has(pairOf(l))).map((link) => ({ link, kind: "only_b" as const, side: "b" as const })),
  ];
  return { pairs, links, others: (pair, side) => (side === "a" ? pb.get(pair) : pa.get(pair)) ?? [] };
}
