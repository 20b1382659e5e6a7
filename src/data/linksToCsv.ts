import Papa from "papaparse";
import type { Link } from "./dataset.ts";
import { FORMULA_START } from "./formulaCells.ts";
import { PARTNERSHIP_COLUMNS } from "./schemas.ts";

/**
 * Serializes links back to the exact format of data/partnerships.csv, so a download loads back
 * unchanged; cells a spreadsheet would run as formulas are written as text (see formulaCells.ts).
 */
export function linksToCsv(links: readonly Link[], extra?: { column: string; value(l: Link, i: number): string }): string {
  const rows = links.map((l, i) => [...PARTNERSHIP_COLUMNS.map((c) => (c === "themes" ? l.themes.join(";") : l[c])), ...(extra ? [extra.value(l, i)] : [])]);
  const fields = extra ? [...PARTNERSHIP_COLUMNS, extra.column] : [...PARTNERSHIP_COLUMNS];
  // Papa ends a header-only file with a newline already; every file ends with exactly one.
  return `${Papa.unparse({ fields, data: rows }, { newline: "\n", escapeFormulae: FORMULA_START }).replace(/\n+$/, "")}\n`;
}
