/**
 * The matrix as a picture, for "Download PNG" in the matrix view: the same rows, columns, counts
 * and framework marks as on screen, drawn at the export's resolution. Columns that do not fit the
 * width are left out and said so, rather than drawn too small to read.
 */
import type { CrossTab } from "../data/crossTab.ts";

export function drawMatrix(
  tab: CrossTab,
  o: {
    width: number;
    height: number;
    scale: number;
    nameOf(id: string): string;
    colorOf(f: string): string;
    isTentative(s: string): boolean;
    ink: string;
    paper: string;
    line: string;
    font: string;
    moreColumns(n: number): string;
  },
): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(o.width * o.scale);
  canvas.height = Math.round(o.height * o.scale);
  const g = canvas.getContext("2d");
  if (!g) throw new Error("Canvas 2D is not available");
  g.scale(o.scale, o.scale);
  g.fillStyle = o.paper;
  g.fillRect(0, 0, o.width, o.height);
  const font = (px: number, weight = 400) => `${weight} ${px}px ${o.font}`;
  const ROW_HEAD = 170;
  const COL_HEAD = 130;
  const CELL = 30;
  const rowH = Math.max(16, Math.min(CELL, (o.height - COL_HEAD - 24) / Math.max(tab.rows.length, 1)));
  const fitColumns = Math.max(1, Math.floor((o.width - ROW_HEAD - 8) / CELL));
  const columns = tab.columns.slice(0, fitColumns);
  const rows = tab.rows.slice(0, Math.floor((o.height - COL_HEAD - 24) / rowH));
  g.fillStyle = o.ink;
  g.textBaseline = "middle";
  columns.forEach((c, i) => {
    g.save();
    g.translate(ROW_HEAD + i * CELL + CELL / 2 + 4, COL_HEAD - 6);
    g.rotate(-Math.PI / 2);
    g.font = font(13, 600);
    g.fillText(o.nameOf(c.id).slice(0, 20), 0, 0);
    g.restore();
  });
  rows.forEach((r, ri) => {
    const y = COL_HEAD + ri * rowH;
    g.strokeStyle = o.line;
    g.beginPath();
    g.moveTo(0, y + rowH);
    g.lineTo(ROW_HEAD + columns.length * CELL, y + rowH);
    g.stroke();
    g.fillStyle = o.ink;
    g.font = font(13, 600);
    g.fillText(o.nameOf(r.id).slice(0, 24), 6, y + rowH / 2);
    columns.forEach((c, ci) => {
      const cell = tab.cell(r.id, c.id);
      if (!cell) return;
      const x = ROW_HEAD + ci * CELL + 3;
      const w = 10 / cell.frameworks.length;
      cell.frameworks.forEach((f, k) => {
        g.fillStyle = cell.tentative ? o.paper : o.colorOf(f);
        g.fillRect(x + k * w, y + rowH / 2 - 5, w, 10);
      });
      if (cell.tentative) {
        g.setLineDash([3, 2]);
        g.strokeStyle = o.colorOf(cell.frameworks[0] ?? "");
        g.strokeRect(x, y + rowH / 2 - 5, 10, 10);
        g.setLineDash([]);
      }
      g.fillStyle = o.ink;
      g.font = font(12);
      g.fillText(String(cell.links.length), x + 13, y + rowH / 2);
    });
  });
  const hidden = tab.columns.length - columns.length;
  if (hidden > 0) {
    g.fillStyle = o.ink;
    g.font = font(13);
    g.fillText(o.moreColumns(hidden), 6, o.height - 12);
  }
  return canvas;
}
