import type { z } from "zod/mini";
import type { CsvTable } from "./parseCsv.ts";
import type { ValidationIssue } from "./validationIssue.ts";

export interface ValidRow<T> {
  line: number;
  value: T;
}

/** Runs a row schema over a parsed table; invalid rows become issues and are left out. */
export function validateRows<S extends z.ZodMiniType>(table: CsvTable, schema: S, onProgress?: (done: number) => void): { rows: ValidRow<z.output<S>>[]; issues: ValidationIssue[] } {
  const rows: ValidRow<z.output<S>>[] = [];
  const issues: ValidationIssue[] = [];
  table.rows.forEach(({ line, cells }, i) => {
    if (onProgress && i % 5000 === 0) onProgress(i);
    const result = schema.safeParse(cells);
    if (result.success) {
      rows.push({ line, value: result.data });
      return;
    }
    for (const issue of result.error.issues) {
      const column = String(issue.path[0] ?? "");
      const cell = cells[column] ?? "";
      // A list cell (themes, members) reports the offending item, not the whole cell.
      const item = typeof issue.path[1] === "number" ? cell.split(";").map((t) => t.trim()).filter(Boolean)[issue.path[1]] : undefined;
      issues.push({ file: table.file, row: line, column, value: item ?? cell, expected: issue.message });
    }
  });
  return { rows, issues };
}
