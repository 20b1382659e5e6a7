import type { Link } from "./dataset.ts";
import type { DatasetVocabulary } from "./datasets/datasetVocabulary.ts";

export const SORT_KEYS = ["member_state", "partner", "framework", "instrument", "status", "themes", "start"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  dir: "asc" | "desc";
}

/** Sorts by what the user reads: names for places, the contract's order for vocabularies. */
export function sortLinks(links: readonly Link[], sort: Sort, nameOf: (id: string) => string, vocabulary: Pick<DatasetVocabulary, "frameworks" | "statuses">): Link[] {
  const value = (l: Link): string | number => {
    switch (sort.key) {
      case "member_state":
        return nameOf(l.member_state);
      case "partner":
        return nameOf(l.partner);
      case "framework":
        return vocabulary.frameworks.indexOf(l.framework);
      case "status":
        return vocabulary.statuses.indexOf(l.status);
      case "themes":
        return l.themes.length;
      case "instrument":
        return l.instrument;
      case "start":
        return l.start || "9999";
    }
  };
  const sign = sort.dir === "asc" ? 1 : -1;
  return [...links].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const c = typeof va === "number" && typeof vb === "number" ? va - vb : String(va).localeCompare(String(vb));
    return c * sign || a.id.localeCompare(b.id);
  });
}
