/**
 * The first sheet of an .xlsx workbook as rows of text cells. read-excel-file is loaded only
 * here, when such a file is opened, so the atlas itself does not carry it.
 */
export async function readSpreadsheet(bytes: ArrayBuffer): Promise<string[][]> {
  const { readSheet } = await import("read-excel-file/universal");
  const rows = await readSheet(bytes);
  return rows.map((row) => row.map(cellText));
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  // A date cell is a partnership's start or end: the contract writes it as an ISO date.
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  if (typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean") return String(cell);
  // Anything else (a rich-text or error cell) has no text the contract can use.
  return "";
}
