import Papa from "papaparse";
import type { ValidationIssue } from "./validationIssue.ts";

export interface CsvTable {
  file: string;
  /** Cells by column name; `line` is the row's number as a spreadsheet shows it (header = 1). */
  rows: { line: number; cells: Record<string, string> }[];
}

/** Parses CSV text and checks its header against the contract's exact column list. */
export function parseCsv(file: string, text: string, columns: readonly string[]): { table: CsvTable; issues: ValidationIssue[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const issues: ValidationIssue[] = parsed.errors.map((e) => ({
    file,
    row: (e.row ?? 0) + 1,
    column: "",
    value: "",
    expected: `well-formed CSV (${e.message})`,
  }));
  const [header = [], ...body] = parsed.data;
  const names = header.map((h) => h.trim());
  for (const col of columns) {
    if (!names.includes(col)) issues.push({ file, row: 1, column: col, value: "", expected: `a column named "${col}"` });
  }
  names.forEach((name) => {
    if (!columns.includes(name)) issues.push({ file, row: 1, column: name, value: name, expected: `only the columns ${columns.join(", ")}` });
  });
  const rows = body.map((cells, i) => ({
    line: i + 2,
    cells: Object.fromEntries(names.map((name, c) => [name, cells[c] ?? ""])),
  }));
  return { table: { file, rows }, issues };
}
