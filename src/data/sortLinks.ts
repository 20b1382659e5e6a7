import type { Link } from "./dataset.ts";
import type { DatasetVocabulary } from "./datasets/datasetVocabulary.ts";
import type { Sort } from "./tableSort.ts";

export { DEFAULT_TABLE_SORT, SORT_KEYS, type Sort, type SortKey } from "./tableSort.ts";

/**
 * Sorts by what the user reads: names for places, the contract's order for vocabularies. Text is
 * compared by the UI language's collation (`locale`), so a French "Égypte" sorts beside "Érythrée",
 * not after "Zambie" as code points would have it.
 */
export function sortLinks(links: readonly Link[], sort: Sort, nameOf: (id: string) => string, vocabulary: Pick<DatasetVocabulary, "frameworks" | "statuses">, locale?: string): Link[] {
  const collator = new Intl.Collator(locale, { numeric: true });
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
    const c = typeof va === "number" && typeof vb === "number" ? va - vb : collator.compare(String(va), String(vb));
    // Ties keep one stable order whatever the direction, so a shared link shows the same rows first.
    return c * sign || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}
