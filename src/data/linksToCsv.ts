import Papa from "papaparse";
import type { Link } from "./dataset.ts";
import { PARTNERSHIP_COLUMNS } from "./schemas.ts";

/** Serializes links back to the exact format of data/partnerships.csv, so a download loads back unchanged. */
export function linksToCsv(links: readonly Link[]): string {
  const rows = links.map((l) => PARTNERSHIP_COLUMNS.map((c) => (c === "themes" ? l.themes.join(";") : l[c])));
  // Papa ends a header-only file with a newline already; every file ends with exactly one.
  return `${Papa.unparse({ fields: [...PARTNERSHIP_COLUMNS], data: rows }, { newline: "\n" }).replace(/\n+$/, "")}\n`;
}
