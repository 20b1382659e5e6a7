/** One problem in a data file, precise enough for a policy officer to fix it in a spreadsheet. */
export interface ValidationIssue {
  file: string;
  /** 1-based row number as a spreadsheet shows it; the header is row 1. */
  row: number;
  column: string;
  value: string;
  expected: string;
}

export function formatIssue(issue: ValidationIssue): string {
  const where = `${issue.file} row ${issue.row}${issue.column ? `, column ${issue.column}` : ""}`;
  const value = issue.value === "" ? "(empty)" : JSON.stringify(issue.value.length > 80 ? `${issue.value.slice(0, 77)}...` : issue.value);
  return `${where}: ${value} — expected ${issue.expected}`;
}

export class DataValidationError extends Error {
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    super(`${issues.length} problem${issues.length === 1 ? "" : "s"} in the data:\n${issues.slice(0, 20).map(formatIssue).join("\n")}`);
    this.name = "DataValidationError";
    this.issues = issues;
  }
}
