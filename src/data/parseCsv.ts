import Papa from "papaparse";
import type { ValidationIssue } from "./validationIssue.ts";

export interface CsvTable {
  file: string;
  /** Cells by column name; `line` is the row's number as a spreadsheet shows it (header = 1). */
  rows: { line: number; cells: Record<string, string> }[];
}

/** Parses CSV text and checks its header against the contract's exact column list. */
export function parseCsv(file: string, text: string, columns: readonly string[]): { table: CsvTable; issues: ValidationIssue[] } {
  // Blank lines are kept while numbering so that row numbers match what a spreadsheet shows.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { delimiter: ",", skipEmptyLines: false });
  const issues: ValidationIssue[] = parsed.errors.map((e) => ({
    file,
    row: (e.row ?? 0) + 1,
    column: "",
    value: "",
    expected: `well-formed CSV (${e.message})`,
  }));
  const [header = [], ...body] = parsed.data;
  if (header.length === 0 || isEmptyHeader(header)) {
    issues.push({ file, row: 1, column: "", value: "", expected: `a header row: ${columns.join(",")}` });
  }
  const names = header.map((h) => h.trim());
  for (const col of columns) {
    if (!names.includes(col)) issues.push({ file, row: 1, column: col, value: "", expected: `a column named "${col}"` });
  }
  names.forEach((name) => {
    if (!columns.includes(name)) issues.push({ file, row: 1, column: name, value: name, expected: `only the columns ${columns.join(", ")}` });
  });
  const isBlank = (cells: string[]) => cells.every((c) => c.trim() === "");
  const rows: CsvTable["rows"] = [];
  body.forEach((cells, i) => {
    if (isBlank(cells)) return;
    const line = i + 2;
    if (cells.length > names.length) {
      issues.push({ file, row: line, column: "", value: cells.slice(names.length).join(","), expected: `at most ${names.length} cells, as many as the header has (a comma inside a cell needs quotes)` });
    }
    // Missing contract columns are reported once on the header; here they read as empty.
    const known = Object.fromEntries(columns.map((c) => [c, ""]));
    rows.push({ line, cells: { ...known, ...Object.fromEntries(names.map((name, c) => [name, cells[c] ?? ""])) } });
  });
  return { table: { file, rows }, issues };
}

function isEmptyHeader(header: string[]): boolean {
  return header.every((h) => h.trim() === "");
}
