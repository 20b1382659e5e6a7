/**
 * The links as a Member State × partner table: the matrix view and its CSV. Rows are the Member
 * States (and any EU-level origin) with links under the current filters, columns the partners
 * (countries and regions). Pure.
 */
import type { Link } from "./dataset.ts";
import { escapeFormula } from "./formulaCells.ts";

export type MatrixSort = "name" | "links";

export interface MatrixCell {
  links: Link[];
  /** Frameworks of the pair's links, each once, in the vocabulary's order: one mark, or a split one. */
  frameworks: string[];
  /** Every link of the pair is planned, negotiating or of interest: the mark is dashed. */
  tentative: boolean;
}

export interface CrossTab {
  rows: { id: string; count: number }[];
  columns: { id: string; count: number }[];
  cell(row: string, column: string): MatrixCell | undefined;
}

/** How to build the table: names, the order of rows and columns, and which statuses are tentative. */
export interface CrossTabOptions {
  nameOf(id: string): string;
  sort: MatrixSort;
  frameworkOrder: readonly string[];
  isTentative(status: string): boolean;
  locale: string;
}

/** What the matrix shows: its links and how to tabulate them, worked out where it is drawn or exported. */
export interface MatrixInput {
  links: readonly Link[];
  options: CrossTabOptions;
}

export function crossTab(links: readonly Link[], o: CrossTabOptions): CrossTab {
  const cells = new Map<string, Link[]>();
  const rowCount = new Map<string, number>();
  const colCount = new Map<string, number>();
  for (const l of links) {
    const key = `${l.member_state}\u0000${l.partner}`;
    const list = cells.get(key);
    if (list) list.push(l);
    else cells.set(key, [l]);
    rowCount.set(l.member_state, (rowCount.get(l.member_state) ?? 0) + 1);
    colCount.set(l.partner, (colCount.get(l.partner) ?? 0) + 1);
  }
  const collator = new Intl.Collator(o.locale);
  const order = (counts: Map<string, number>) =>
    [...counts]
      .map(([id, count]) => ({ id, count, name: o.nameOf(id) }))
      .sort((a, b) => (o.sort === "links" ? b.count - a.count : 0) || collator.compare(a.name, b.name))
      .map(({ id, count }) => ({ id, count }));
  const rank = (f: string) => {
    const i = o.frameworkOrder.indexOf(f);
    return i < 0 ? o.frameworkOrder.length : i;
  };
  return {
    rows: order(rowCount),
    columns: order(colCount),
    cell(row, column) {
      const list = cells.get(`${row}\u0000${column}`);
      if (!list) return undefined;
      const frameworks = [...new Set(list.map((l) => l.framework))].sort((a, b) => rank(a) - rank(b));
      return { links: list, frameworks, tentative: list.every((l) => o.isTentative(l.status)) };
    },
  };
}

/** "Download matrix (CSV)": Member State rows × partner columns, counts, names in the UI language. */
export function crossTabCsv(tab: CrossTab, nameOf: (id: string) => string, corner: string): string {
  const cell = (raw: string) => {
    const v = escapeFormula(raw);
    return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
  };
  const header = [corner, ...tab.columns.map((c) => `${nameOf(c.id)} (${c.id})`)];
  const lines = tab.rows.map((r) => [`${nameOf(r.id)} (${r.id})`, ...tab.columns.map((c) => String(tab.cell(r.id, c.id)?.links.length ?? 0))]);
  return `${[header, ...lines].map((line) => line.map(cell).join(",")).join("\n")}\n`;
}
