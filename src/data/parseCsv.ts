/**
 * From a file's rows to cells by column name, checking what a spreadsheet can get wrong: the
 * header (required, unknown and duplicated columns), short and long rows, huge cells, an empty file.
 * Column names match case-insensitively ("Member State" is member_state). Pure.
 */
import Papa from "papaparse";
import { unescapeFormula } from "./formulaCells.ts";
import type { ValidationIssue } from "./validationIssue.ts";

export interface CsvTable {
  file: string;
  /** Cells by column name; `line` is the row's number as a spreadsheet shows it (header = 1). */
  rows: { line: number; cells: Record<string, string> }[];
}

export interface TableSpec {
  /** Every column the contract knows for this file. */
  columns: readonly string[];
  /** Columns without which the file means nothing. */
  required: readonly string[];
}

/** A cell longer than this is a pasted document, not data. */
export const MAX_CELL = 10_000;

/** Reads delimited text: `,`, `;` or tab, detected from the text (Excel in much of Europe saves `;`). */
export function readDelimited(file: string, text: string): { rows: string[][]; delimiter: string; issues: ValidationIssue[] } {
  const body = text.replace(/^\uFEFF/, "");
  const delimiter = detectDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const header = parsed.data[0] ?? [];
  // A broken quote swallows the rest of its row into one cell, the row's last: that cell's column is named.
  const columnOf = (row: number): string => {
    const i = Math.max(0, (parsed.data[row]?.length ?? 1) - 1);
    return (header[i] ? columnKey(header[i]) : "") || columnLetter(i);
  };
  const issues: ValidationIssue[] = parsed.errors.map((e) => ({ file, row: (e.row ?? 0) + 1, column: columnOf(e.row ?? 0), value: "", expected: `well-formed CSV (${e.message})` }));
  return { rows: parsed.data, delimiter, issues };
}

/**
 * The separator is read from the header, where it cannot hide inside a cell: themes such as
 * "readmission;asylum" would fool a guess made from the data rows. Ties go to the comma.
 */
export function detectDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|\r|$/));
  const unquoted = header.replace(/"[^"]*"/g, "");
  const count = (d: string) => unquoted.split(d).length - 1;
  return [",", ";", "\t"].reduce((best, d) => (count(d) > count(best) ? d : best), ",");
}

/** "Member State " → member_state: how a person may write a contract column's name. */
export const columnKey = (name: string) => name.trim().toLowerCase().replace(/[\s-]+/g, "_");

const columnLetter = (i: number): string => (i < 26 ? "" : columnLetter(Math.floor(i / 26) - 1)) + String.fromCharCode(65 + (i % 26));

export function tableFromRows(file: string, allRows: string[][], spec: TableSpec): { table: CsvTable; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const isBlank = (cells: string[]) => cells.every((c) => c.trim() === "");
  const [header = [], ...body] = allRows;
  const names = header.map(columnKey);
  if (isBlank(header)) {
    issues.push({ file, row: 1, column: "A", value: "", expected: `a header row naming the columns, at least ${spec.required.join(" and ")}` });
    return { table: { file, rows: [] }, issues };
  }
  for (const col of spec.required) {
    if (!names.includes(col)) issues.push({ file, row: 1, column: col, value: "", expected: `a column named "${col}"` });
  }
  const duplicated = new Set<string>();
  names.forEach((name, i) => {
    if (name === "") {
      if (body.some((cells) => (cells[i] ?? "").trim() !== "")) issues.push({ file, row: 1, column: columnLetter(i), value: "", expected: "a name for every column that holds data" });
      return;
    }
    const first = names.indexOf(name);
    if (first !== i) {
      duplicated.add(name);
      issues.push({ file, row: 1, column: name, value: header[i]?.trim() ?? name, expected: `each column once (columns ${columnLetter(first)} and ${columnLetter(i)} are both "${name}")` });
    } else if (!spec.columns.includes(name)) {
      issues.push({ file, row: 1, column: header[i]?.trim() ?? name, value: header[i]?.trim() ?? name, expected: `only the columns ${spec.columns.join(", ")}` });
    }
  });
  // With a column twice or a required one missing, no row can be read safely: none is.
  if (duplicated.size > 0 || spec.required.some((c) => !names.includes(c))) return { table: { file, rows: [] }, issues };

  const rows: CsvTable["rows"] = [];
  body.forEach((cells, i) => {
    if (isBlank(cells)) return;
    const line = i + 2;
    if (cells.length !== names.length) {
      const few = cells.length < names.length;
      issues.push({
        file, row: line, column: few ? (names[cells.length] || columnLetter(cells.length)) : columnLetter(names.length), value: few ? "" : cells.slice(names.length).join(","),
        expected: few ? `${names.length} cells, as many as the header has (this row has ${cells.length})` : `at most ${names.length} cells, as many as the header has (a separator inside a cell needs quotes)`,
      });
      return;
    }
    const long = cells.findIndex((c) => c.length > MAX_CELL);
    if (long >= 0) {
      issues.push({ file, row: line, column: names[long] ?? "", value: `${cells[long]?.slice(0, 40)}…`, expected: `a cell of at most ${MAX_CELL.toLocaleString("en")} characters (this one has ${cells[long]?.length.toLocaleString("en")})` });
      return;
    }
    const out: Record<string, string> = Object.fromEntries(spec.columns.map((c) => [c, ""]));
    // A cell written as text by an export (a leading apostrophe before = + - @) reads as it was.
    names.forEach((name, c) => { if (spec.columns.includes(name)) out[name] = unescapeFormula(cells[c] ?? ""); });
    rows.push({ line, cells: out });
  });
  return { table: { file, rows }, issues };
}

/** Delimited text to a checked table, in one step. */
export function parseCsv(file: string, text: string, spec: TableSpec): { table: CsvTable; issues: ValidationIssue[] } {
  const read = readDelimited(file, text);
  return withoutMalformed(read.issues, tableFromRows(file, read.rows, spec));
}

/**
 * A malformed row (an unterminated quote swallows the rows after it) is reported once, as
 * malformed, and left out: never read as a valid row with a strange cell.
 */
export function withoutMalformed(readIssues: ValidationIssue[], checked: { table: CsvTable; issues: ValidationIssue[] }): { table: CsvTable; issues: ValidationIssue[] } {
  if (readIssues.length === 0) return checked;
  const malformed = new Set(readIssues.map((i) => i.row));
  return {
    table: { ...checked.table, rows: checked.table.rows.filter((r) => !malformed.has(r.line)) },
    issues: [...readIssues, ...checked.issues.filter((i) => !malformed.has(i.row))],
  };
}
