/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula:
 * a quote such as `=HYPERLINK(...)` in a downloaded CSV would become a live link or worse. Such a
 * cell is written with a leading apostrophe, the convention Excel and LibreOffice show as text,
 * and the importer takes the apostrophe off again, so a download loads back unchanged. Pure.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export const escapeFormula = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);

export const unescapeFormula = (cell: string): string => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell);
