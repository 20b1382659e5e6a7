/**
 * The table's sort orders, apart from the sorting itself (sortLinks.ts): the address reads them
 * on the first screen, and the table that sorts is a chunk of its own.
 */
export const SORT_KEYS = ["member_state", "partner", "framework", "instrument", "status", "themes", "start"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  dir: "asc" | "desc";
}

/** The table's first order: by Member State, A to Z. */
export const DEFAULT_TABLE_SORT: Sort = { key: "member_state", dir: "asc" };
